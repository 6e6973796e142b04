package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Homes, sectors, activity and stances of generated organisations, worked by hand on a small table (docs/scenarios.md,
 * "NGOs"; docs/data.md, "Homes of the generated organisations").
 *
 * <p>Region {@code north} holds DEU, JPN, FRA, KEN with population = GDP = 45, 30, 17, 8, so their home weights
 * sqrt(population x GDP) are 45, 30, 17, 8 (sum 100); DEU and FRA negotiate through the EC; DEU (PSE 40) and FRA (60)
 * are above 31. Ten organisations, sectors peasant 0.6, business 0.4 and a farm lobby with 0.2 of {@code north} only,
 * homed where PSE > 31:
 * <ul>
 * <li>sectors: farm lobby 0.2; the others fill 0.8 in proportion: peasant 0.48, business 0.32; of 10: 4.8, 2, 3.2 -&gt;
 * floors 4, 2, 3 and the one left to the largest remainder (peasant .8): 5, 2, 3;</li>
 * <li>farm lobby over DEU and FRA by weight: 2 x 45/62 = 1.45, 2 x 17/62 = 0.55 -&gt; 1 and 0, remainder to FRA (.55):
 * DEU 1, FRA 1;</li>
 * <li>the other 8 by weight: 3.6, 2.4, 1.36, 0.64 -&gt; 3, 2, 1, 0, the two left to KEN (.64) and DEU (.6): DEU 4,
 * JPN 2, FRA 1, KEN 1;</li>
 * <li>dealt sequence for peasant 5, business 3 (each step the sector furthest behind its share, ties to the first):
 * P B P P B P B P; DEU takes P B P P, JPN B P, FRA B, KEN P.</li>
 * </ul>
 * So DEU 3 peasant, 1 farm lobby, 1 business; JPN 1 peasant, 1 business; FRA 1 farm lobby, 1 business; KEN 1
 * peasant. Region {@code south} names BRA: 2 organisations, peasant 1.2 and business 0.8 -&gt; 1 and 1 (the farm lobby
 * has no home there). One {@code unassigned} organisation: a peasant without a home.
 */
class NgoHomesTest {
    @TempDir
    Path dir;

    static final String COUNTRIES = """
            code,name,region,status,population_m,gdp_usd_bn,trade_usd_bn,pse_pct,groups,negotiates_through
            DEU,Germany,north,developed,45,45,10,40,,EC
            JPN,Japan,north,developed,30,30,10,,,
            FRA,France,north,developed,17,17,10,60,,EC
            KEN,Kenya,north,ldc,8,8,10,,X,
            BRA,Brazil,south,developing,100,100,10,,,
            """;

    static final String REGIONS = """
            region,country,count,source
            north,,10,test
            south,BRA,2,test
            unassigned,,1,test
            """;

    static final String YAML = """
            name: homes
            issues:
              - {id: farm, name: Farm support (1 = deepest cuts)}
              - {id: rules, name: Rules (1 = full agreement)}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              table: countries.csv
              capability: {gdp: gdp_usd_bn, trade: trade_usd_bn}
              preference_model:
                indicators:
                  developed: {column: status, equals: developed}
                issues:
                  farm: {position: {intercept: 0.5}, salience: {intercept: 0.5}}
                  rules: {position: {intercept: 0.5, developed: 0.3}, salience: {intercept: 0.5}}
            unions:
              - {id: EC, name: European Communities, status: developed}
            groups:
              - {id: X, name: A group}
            ngos:
              regions: regions.csv
              home_weight: {population_m: 0.5, gdp_usd_bn: 0.5}
              sectors:
                peasant:
                  share: 0.6
                  inside: 0.1
                  both: 0.4
                  resources: 0.2
                  stance: {farm: 1, rules: -1}
                  stance_by_home:
                    - {when: {pse_pct: {above: 31}}, stance: {farm: -1}, source: test}
                    - {when: {groups: X}, stance: {rules: 0}, source: test}
                    - {when: {region: south}, stance: {rules: 1}, source: test}
                farm_lobby:
                  share: 0
                  share_by_region: {north: 0.2}
                  home_when: {pse_pct: {above: 31}}
                  inside: 1
                  resources: 0.5
                  stance: {farm: -1}
                business: {share: 0.4, inside: 1, resources: 0.5, stance: {rules: 1}}
            """;

    NegotiationSpec load(String yaml, String countries, String regions) throws Exception {
        Files.writeString(dir.resolve("countries.csv"), countries);
        Files.writeString(dir.resolve("regions.csv"), regions);
        Path file = dir.resolve("homes.yaml");
        Files.writeString(file, yaml);
        return ScenarioLoader.load(file, Map.of()).spec();
    }

    private static Map<String, Integer> countBy(NegotiationSpec spec, String country) {
        Map<String, Integer> out = new TreeMap<>();
        for (NgoSpec g : spec.ngos()) if (g.country().equals(country)) out.merge(g.sector(), 1, Integer::sum);
        return out;
    }

    private static NgoSpec byId(NegotiationSpec spec, String id) {
        return spec.ngos().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void homesSectorsAndActivityAsWorkedByHand() throws Exception {
        NegotiationSpec spec = load(YAML, COUNTRIES, REGIONS);
        assertEquals(13, spec.ngos().size());
        assertEquals(Map.of("peasant", 3, "farm_lobby", 1, "business", 1), countBy(spec, "DEU"));
        assertEquals(Map.of("peasant", 1, "business", 1), countBy(spec, "JPN"));
        assertEquals(Map.of("farm_lobby", 1, "business", 1), countBy(spec, "FRA"));
        assertEquals(Map.of("peasant", 1), countBy(spec, "KEN"));
        assertEquals(Map.of("peasant", 1, "business", 1), countBy(spec, "BRA"));
        // a member state's organisations press its union; the seat is still the member state
        int ec = spec.indexOfActor("EC");
        for (NgoSpec g : spec.ngos()) {
            if (g.country().equals("DEU") || g.country().equals("FRA")) assertEquals(ec, g.homeActor(), g.id());
            if (g.country().equals("KEN")) assertEquals(spec.indexOfActor("KEN"), g.homeActor(), g.id());
        }
        NgoSpec homeless = byId(spec, "GEN-UNASSIGNED-PEASANT-1");
        assertEquals(-1, homeless.homeActor());
        assertEquals("", homeless.country());
        // DEU's 3 peasants: inside .3, both 1.2, outside 1.5 -> 0, 1, 1 and the remainder to outside (.5)
        assertTrue(byId(spec, "GEN-DEU-PEASANT-1").inside() && byId(spec, "GEN-DEU-PEASANT-1").outside());
        assertFalse(byId(spec, "GEN-DEU-PEASANT-2").inside());
        assertFalse(byId(spec, "GEN-DEU-PEASANT-3").inside());
        assertTrue(byId(spec, "GEN-DEU-BUSINESS-1").inside() && !byId(spec, "GEN-DEU-BUSINESS-1").outside());
    }

    @Test
    void stancesFollowTheHomeCountryInOrder() throws Exception {
        NegotiationSpec spec = load(YAML, COUNTRIES, REGIONS);
        // DEU: PSE 40 > 31 turns farm to -1; JPN (no PSE) keeps the template; KEN (group X): rules 0; BRA (south): +1
        assertArrayEquals(new double[]{-1, -1}, byId(spec, "GEN-DEU-PEASANT-1").stance());
        assertArrayEquals(new double[]{1, -1}, byId(spec, "GEN-JPN-PEASANT-1").stance());
        assertArrayEquals(new double[]{1, 0}, byId(spec, "GEN-KEN-PEASANT-1").stance());
        assertArrayEquals(new double[]{1, 1}, byId(spec, "GEN-BRA-PEASANT-1").stance());
        assertArrayEquals(new double[]{1, -1}, byId(spec, "GEN-UNASSIGNED-PEASANT-1").stance());
        assertArrayEquals(new double[]{-1, 0}, byId(spec, "GEN-FRA-FARM_LOBBY-1").stance());
    }

    @Test
    void aRowNamingACountryHomesItsNamedOrganisationsFirst() throws Exception {
        String yaml = YAML.replace("  regions: regions.csv", """
                  regions: regions.csv
                  entries:
                    - {id: MST, name: Landless Movement, home: BRA, region: south, activity: outside, sector: peasant}
                """.stripTrailing());
        NegotiationSpec spec = load(yaml, COUNTRIES, REGIONS);
        // BRA's row counts 2, one of them named: one generated, a peasant (1.2 -> 0.6 of 1: largest share)
        assertEquals(Map.of("peasant", 2), countBy(spec, "BRA"));
        assertEquals(spec.indexOfActor("BRA"), byId(spec, "MST").homeActor());
    }

    @Test
    void generationIsTheSameEveryTime() throws Exception {
        List<String> first = load(YAML, COUNTRIES, REGIONS).ngos().stream()
                .map(g -> g.id() + g.homeActor() + Arrays.toString(g.stance())).toList();
        List<String> second = load(YAML, COUNTRIES, REGIONS).ngos().stream()
                .map(g -> g.id() + g.homeActor() + Arrays.toString(g.stance())).toList();
        assertEquals(first, second);
    }

    @Test
    void theDealtSequenceKeepsEverySectorNearItsShare() {
        // peasant 5, farm lobby 0, business 3 as in the class comment: P B P P B P B P
        assertArrayEquals(new int[]{0, 2, 0, 0, 2, 0, 2, 0}, Apportion.dealSequence(new int[]{5, 0, 3}, 8));
        // peasant 6, business 4: P B P B P P B P B P
        assertArrayEquals(new int[]{0, 1, 0, 1, 0, 0, 1, 0, 1, 0}, Apportion.dealSequence(new int[]{6, 4}, 10));
    }
}
