package org.ministerial.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.ministerial.model.NegotiationSpec;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Miami scenario against the seed's checks: 34 governments, about 800 million people and US$13 trillion. */
class MiamiScenarioTest {
    @Test
    void thirtyFourGovernmentsWithinTenPercentOfTheSeedsTotals() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec();
        assertEquals(34, spec.actors().size());
        assertEquals(-1, spec.indexOfActor("CUB"));
        double population = 0, gdp = 0;
        try (Reader r = Files.newBufferedReader(Path.of("scenarios/ftaa-miami-2003/countries.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                population += Double.parseDouble(rec.get("population_m"));
                gdp += Double.parseDouble(rec.get("gdp_usd_bn"));
            }
        }
        assertTrue(Math.abs(population / 800 - 1) <= 0.10, "population " + population + " million");
        assertTrue(Math.abs(gdp / 13_000 - 1) <= 0.10, "GDP US$" + gdp + " bn");
    }

    @Test
    void cancunRunsFirstAndTheUnitedStatesAndBrazilCoChair() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec();
        assertNotNull(spec.context().precedent());
        assertEquals("cancun-2003", spec.context().precedent().name());
        assertEquals(2, spec.chair().coChairs().length);
        assertEquals("flexible", spec.rule().name());
        assertEquals(spec.indexOfActor("USA"), spec.context().bilateral().offerer());
        assertTrue(spec.groups().stream().noneMatch(g -> g.id().matches("(?i)G2[01]")));
    }

    @Test
    void theUnitedStatesOffersNoAgreementToItsFreeTradePartnersAndValuesTimeLimitedPreferences() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec();
        var track = spec.context().bilateral();
        for (String partner : new String[]{"CAN", "MEX", "CHL"})
            assertTrue(!track.offered()[spec.indexOfActor(partner)], partner + " already has an FTA with the US");
        assertTrue(track.offered()[spec.indexOfActor("COL")]);
        // Colombia (46% of exports to the US, ATPDEA) and Venezuela (58%, no time-limited preferences): the scenario's
        // fitted weights give the market share none and 0.6 to preferences that end unless made permanent
        assertEquals(0.6, track.access()[spec.indexOfActor("COL")], 1e-12);
        assertEquals(0, track.access()[spec.indexOfActor("VEN")], 1e-12);
        // with a market weight, W x share of exports to the US is added
        var weighted = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"),
                Map.of("bilateral.access.market.weight", "0.2")).spec();
        assertEquals(0.2 * 0.46 + 0.6, weighted.context().bilateral().access()[weighted.indexOfActor("COL")], 1e-12);
        assertEquals(0.2 * 0.58, weighted.context().bilateral().access()[weighted.indexOfActor("VEN")], 1e-12);
    }

    @Test
    void anExceptionOnAColumnTheTableLacksIsRefused() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"),
                        Map.of("bilateral.except_when", "{us_fta: \"1\"}")));
        assertTrue(e.getMessage().contains("'except_when' names column 'us_fta'"), e.getMessage());
    }

    @Test
    void aMisspeltAccessKeyOrAnExceptionMatchingNobodyIsRefused() {
        for (String[] c : new String[][]{
                {"bilateral.access.preferences_at_risk", "{column: us_preferences_expiring, scale: 1, wieght: 0.2}", "unknown key 'wieght' in an access term"},
                {"bilateral.except_when", "{us_fta_2003: \"yes\"}", "no country has us_fta_2003 = 'yes'"}}) {
            ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of(c[0], c[1])));
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
    }
}
