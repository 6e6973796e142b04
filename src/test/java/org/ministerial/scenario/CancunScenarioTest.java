package org.ministerial.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Cancún scenario against its sources: membership counts and the seed's NGO table. */
class CancunScenarioTest {
    private static final Path DIR = Path.of("scenarios/cancun-2003");
    private static NegotiationSpec spec;

    @BeforeAll
    static void load() throws Exception {
        spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
    }

    @Test
    void the146MembersOfSeptember2003WithTheEcSpeakingForFifteen() throws Exception {
        int states = 0;
        ActorSpec ec = null;
        for (ActorSpec a : spec.actors()) {
            states += a.members().isEmpty() ? 1 : a.members().size();
            if (a.code().equals("EC")) ec = a;
        }
        long memberRows = 0;
        try (Reader r = Files.newBufferedReader(DIR.resolve("countries.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r))
                if (rec.get("wto_member_2003").equals("1")) memberRows++;
        }
        assertEquals(memberRows, states);
        assertEquals(146, states + 1, "WTO's count of 146 includes the European Communities");
        assertEquals(15, ec.members().size());
    }

    @Test
    void ngoCountsPerRegionEqualTheSeedTable() throws Exception {
        Map<String, Integer> expectedRegion = new HashMap<>(), expectedHome = new HashMap<>();
        try (Reader r = Files.newBufferedReader(DIR.resolve("ngo-regions.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                int n = Integer.parseInt(rec.get("count"));
                expectedRegion.merge(rec.get("region"), n, Integer::sum);
                if (!rec.get("country").isEmpty()) expectedHome.put(rec.get("country"), n);
            }
        }
        Map<String, Integer> region = new HashMap<>(), home = new HashMap<>();
        for (NgoSpec n : spec.ngos()) {
            region.merge(n.region(), 1, Integer::sum);
            if (n.homeActor() >= 0) home.merge(spec.actors().get(n.homeActor()).code(), 1, Integer::sum);
        }
        assertEquals(expectedRegion, region);
        for (Map.Entry<String, Integer> e : expectedHome.entrySet())
            assertEquals(e.getValue(), home.get(e.getKey()), "organisations at home in " + e.getKey());
        assertEquals(961, spec.ngos().size());
    }

    @Test
    void theGroupOfTwentyOneIsAnObservationTargetNotAGroup() {
        assertEquals(1, spec.references().size());
        assertEquals(20, spec.references().get(0).members().length);
        assertTrue(spec.groups().stream().noneMatch(g -> g.id().matches("(?i)G2[01]|G21|G33|G90")));
    }
}
