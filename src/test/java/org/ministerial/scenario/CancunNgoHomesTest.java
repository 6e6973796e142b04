package org.ministerial.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Cancún organisations' homes and stances against the documented rule (docs/data.md, "Homes of the generated
 * organisations"): each region's generated organisations go to its member countries in proportion to
 * sqrt(population x GDP) from countries.csv, by largest remainder; named organisations keep their seats.
 */
class CancunNgoHomesTest {
    private static final Path DIR = Path.of("scenarios/cancun-2003");
    private static NegotiationSpec spec;
    /** Member rows of countries.csv by code, in table order. */
    private static final Map<String, CSVRecord> members = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        try (Reader r = Files.newBufferedReader(DIR.resolve("countries.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r))
                if (rec.get("wto_member_2003").equals("1")) members.put(rec.get("code"), rec);
        }
    }

    private static double weight(CSVRecord c) {
        return Math.sqrt(Double.parseDouble(c.get("population_m")) * Double.parseDouble(c.get("gdp_usd_bn")));
    }

    private static boolean highSupport(CSVRecord c) {
        return !c.get("pse_pct").isEmpty() && Double.parseDouble(c.get("pse_pct")) > 31;
    }

    /** Largest remainder, ties to the first listed: written again here so that the test does not trust the loader. */
    private static Map<String, Integer> largestRemainder(int n, Map<String, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Double> rest = new LinkedHashMap<>();
        int given = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double exact = n * e.getValue() / total;
            out.put(e.getKey(), (int) Math.floor(exact));
            rest.put(e.getKey(), exact - Math.floor(exact));
            given += (int) Math.floor(exact);
        }
        List<String> order = new ArrayList<>(weights.keySet());
        order.sort((a, b) -> Double.compare(rest.get(b), rest.get(a)));   // stable: ties keep table order
        for (int i = 0; i < n - given; i++) out.merge(order.get(i), 1, Integer::sum);
        return out;
    }

    private static Map<String, Double> weightsOf(String region, boolean onlyHighSupport) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (CSVRecord c : members.values())
            if (c.get("region").equals(region) && (!onlyHighSupport || highSupport(c))) w.put(c.get("code"), weight(c));
        return w;
    }

    private static Map<String, Integer> generatedBy(String region, String sector) {
        Map<String, Integer> out = new HashMap<>();
        for (NgoSpec g : spec.ngos())
            if (g.id().startsWith("GEN-") && g.region().equals(region) && (sector == null || g.sector().equals(sector)))
                out.merge(g.country(), 1, Integer::sum);
        return out;
    }

    private static long named(String region) {
        return spec.ngos().stream().filter(g -> !g.id().startsWith("GEN-") && g.region().equals(region)).count();
    }

    @Test
    void africasSixtyThreeFollowTheRuleCountryByCountry() {
        // no named organisation and no high-support member in Africa: the 63 go by sqrt(population x GDP) alone;
        // by hand from countries.csv (weights sum to 622.5): Nigeria sqrt(132.0 x 108.8) = 119.8 -> 12.13 -> 12;
        // South Africa sqrt(47.6 x 175.3) = 91.4 -> 9.25 -> 9; Egypt sqrt(74.0 x 74.1) = 74.0 -> 7.49 -> 7, and one
        // of the largest remainders (.49)
        Map<String, Integer> expected = largestRemainder(63, weightsOf("africa", false));
        Map<String, Integer> actual = generatedBy("africa", null);
        for (String code : expected.keySet())
            assertEquals(expected.get(code), actual.getOrDefault(code, 0), "organisations at home in " + code);
        assertEquals(63, actual.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(12, actual.get("NGA"));
        assertEquals(9, actual.get("ZAF"));
        assertEquals(8, actual.get("EGY"));
    }

    @Test
    void europeAndAsiaSplitTheFarmLobbyOverHighSupportMembersAndTheRestOverAll() {
        for (String region : List.of("europe", "asia")) {
            int rest = (int) (spec.ngos().stream().filter(g -> g.region().equals(region)).count() - named(region));
            int farm = generatedBy(region, "farm_lobby").values().stream().mapToInt(Integer::intValue).sum();
            // 8% of the generated: 0.08 x 327 = 26.2 -> 26 in Europe, 0.08 x 38 = 3.04 -> 3 in Asia
            assertEquals(Math.round(0.08 * rest), farm, region);
            Map<String, Integer> expectedFarm = largestRemainder(farm, weightsOf(region, true));
            Map<String, Integer> expectedRest = largestRemainder(rest - farm, weightsOf(region, false));
            Map<String, Integer> actual = generatedBy(region, null);
            for (String code : expectedRest.keySet())
                assertEquals(expectedRest.get(code) + expectedFarm.getOrDefault(code, 0),
                        actual.getOrDefault(code, 0), region + ": organisations at home in " + code);
        }
        // the farm lobby of Asia: Japan sqrt(128.1 x 4,445.7) = 754.6 and Korea sqrt(48.3 x 680.5) = 181.2 share 3:
        // 2.42 and 0.58 -> 2 and 0, the one left to Korea's larger remainder
        Map<String, Integer> asia = generatedBy("asia", "farm_lobby");
        assertEquals(Map.of("JPN", 2, "KOR", 1), asia);
    }

    @Test
    void namedOrganisationsKeepTheirSeats() {
        Map<String, String> seats = Map.of("KCTU", "KOR", "KOPA", "KOR", "RMALC", "MEX", "UNORCA", "MEX",
                "VIA_CAMPESINA", "HND", "NFU_CANADA", "CAN", "TWN", "MYS", "PUBLIC_CITIZEN", "USA");
        for (Map.Entry<String, String> e : seats.entrySet()) {
            NgoSpec g = spec.ngos().stream().filter(n -> n.id().equals(e.getKey())).findFirst().orElseThrow();
            assertEquals(e.getValue(), g.country(), e.getKey());
            assertEquals(spec.indexOfActor(e.getValue()), g.homeActor(), e.getKey());
        }
        // EU member states' organisations press the European Communities
        int ec = spec.indexOfActor("EC");
        for (NgoSpec g : spec.ngos())
            if (Set.of("GBR", "FRA", "NLD", "DEU", "ITA", "ESP").contains(g.country()))
                assertEquals(ec, g.homeActor(), g.id());
        // the Holy See is not in the room: Caritas keeps its seat but presses every delegation
        NgoSpec caritas = spec.ngos().stream().filter(n -> n.id().equals("CARITAS")).findFirst().orElseThrow();
        assertEquals("VAT", caritas.country());
        assertEquals(-1, caritas.homeActor());
    }

    @Test
    void allButTheUnassignedAndTheHolySeePressAGovernmentAtHome() {
        long homed = spec.ngos().stream().filter(g -> g.homeActor() >= 0).count();
        assertEquals(961 - 100 - 1, homed);
        assertTrue(spec.ngos().stream().filter(g -> g.region().equals("unassigned")).allMatch(g -> g.homeActor() < 0));
        // least-developed members with organisations of their own: 15 in Africa and Bangladesh
        Set<String> ldcs = new TreeSet<>();
        for (NgoSpec g : spec.ngos())
            if (members.containsKey(g.country()) && members.get(g.country()).get("status").equals("ldc"))
                ldcs.add(g.country());
        assertEquals(Set.of("AGO", "BEN", "BFA", "COD", "GIN", "MDG", "MLI", "MOZ", "MWI", "NER", "SEN", "TCD", "TZA",
                "UGA", "ZMB", "BGD"), ldcs);
    }

    @Test
    void regionalStancesComeFromTheScenarioFile() {
        int dom = 0, exportSubsidies = 1, marketAccess = 2, cotton = 8;
        assertEquals("cotton", spec.issues().get(cotton).id());
        int peasants = 0, farmLobbies = 0;
        for (NgoSpec g : spec.ngos()) {
            if (!g.id().startsWith("GEN-") || g.country().isEmpty()) continue;
            CSVRecord home = members.get(g.country());
            double[] s = g.stance();
            if (g.sector().equals("peasant")) {
                peasants++;
                if (home.get("region").equals("africa")) assertEquals(1, s[cotton], g.id());
                else assertEquals(0, s[cotton], g.id());
                if (highSupport(home)) assertEquals(-1, s[dom], g.id() + ": defends support above the OECD average");
                else if (home.get("region").equals("oceania") && home.get("status").equals("developed"))
                    assertEquals(1, s[marketAccess], g.id() + ": the Cairns farm leaders' line");
                else if (home.get("status").equals("developed")) assertEquals(0, s[dom], g.id());
                else {
                    assertEquals(1, s[dom], g.id() + ": Southern peasants want Northern support cut");
                    assertEquals(-1, s[marketAccess], g.id() + ": and no cut in their own tariffs");
                }
            }
            if (g.sector().equals("farm_lobby")) {
                farmLobbies++;
                assertTrue(highSupport(home), g.id());
                assertEquals(-1, s[dom], g.id());
                assertEquals(-1, s[marketAccess], g.id());
                assertEquals(home.get("region").equals("asia") ? 0 : -1, s[exportSubsidies], g.id());
            }
        }
        assertEquals(29, farmLobbies);
        assertTrue(peasants > 100, "peasants: " + peasants);
    }
}
