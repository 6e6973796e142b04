package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A union speaks for its members (docs/scenarios.md, "Unions"), worked by hand on a small table: DEU (GDP 45, trade
 * 10, PSE 40) and FRA (GDP 17, trade 10, PSE 60) negotiate through the EC, JPN (GDP 30, trade 10) for itself. With
 * responsiveness {@code 0.2 + 0.5 x PSE / 100}, DEU's is 0.4 and FRA's 0.5; their capabilities are proportional to
 * sqrt(GDP x trade), so the EC's responsiveness, their capability-weighted mean, is
 * (sqrt(45) x 0.4 + sqrt(17) x 0.5) / (sqrt(45) + sqrt(17)).
 */
class UnionPoolingTest {
    @TempDir
    Path dir;

    private static final String COUNTRIES = """
            code,name,status,gdp_usd_bn,trade_usd_bn,pse_pct,negotiates_through
            DEU,Germany,developed,45,10,40,EC
            JPN,Japan,developed,30,10,,
            FRA,France,developed,17,10,60,EC
            """;

    private static final String YAML = """
            name: unions
            issues:
              - {id: farm, name: Farm support (1 = deepest cuts)}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              table: countries.csv
              capability: {gdp: gdp_usd_bn, trade: trade_usd_bn}
              defaults: {responsiveness: 0.9}
              preference_model:
                indicators:
                  support: {column: pse_pct, scale: 100, missing: 0}
                responsiveness: {intercept: 0.2, support: 0.5}
                issues:
                  farm: {position: {intercept: 0.5}, salience: {intercept: 0.5}}
            unions:
              - {id: EC, name: European Communities, status: developed%s}
            """;

    private NegotiationSpec load(String unionExtra) throws Exception {
        Files.writeString(dir.resolve("countries.csv"), COUNTRIES);
        Path file = dir.resolve("unions.yaml");
        Files.writeString(file, YAML.formatted(unionExtra));
        return ScenarioLoader.load(file, Map.of()).spec();
    }

    private static ActorSpec actor(NegotiationSpec spec, String code) {
        return spec.actors().get(spec.indexOfActor(code));
    }

    @Test
    void aUnionsResponsivenessIsItsMembersCapabilityWeightedMean() throws Exception {
        NegotiationSpec spec = load("");
        double expected = (Math.sqrt(45) * 0.4 + Math.sqrt(17) * 0.5) / (Math.sqrt(45) + Math.sqrt(17));
        assertEquals(expected, actor(spec, "EC").responsiveness(), 1e-12, "not the default 0.9");
        assertEquals(0.2, actor(spec, "JPN").responsiveness(), 1e-12, "a country without PSE: the intercept");
    }

    @Test
    void aUnionThatWritesItsResponsivenessKeepsIt() throws Exception {
        assertEquals(0.3, actor(load(", responsiveness: 0.3"), "EC").responsiveness(), 1e-12);
    }
}
