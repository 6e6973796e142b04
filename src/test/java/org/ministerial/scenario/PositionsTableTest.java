package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes a researcher makes in a {@code countries.positions} table of their own, written beside a scenario
 * that extends Cancún: each is refused at its line with what is wrong, none passes silently.
 */
class PositionsTableTest {
    @TempDir
    Path dir;

    private Path scenario(String positionsCsv) throws IOException {
        Files.writeString(dir.resolve("positions.csv"), positionsCsv);
        return Files.writeString(dir.resolve("counterfactual.yaml"), "extends: "
                + Path.of("scenarios/cancun-2003.yaml").toAbsolutePath() + "\nname: counterfactual\n"
                + "countries:\n  positions: positions.csv\n");
    }

    private Problem onlyProblem(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, Map.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aCountryAndIssueWrittenTwiceIsRefusedNamingTheFirstLine() throws Exception {
        Problem p = onlyProblem(scenario("code,issue,position,salience,source\n"
                + "IND,dom_support,0.95,0.3,survey wave 1\n"
                + "IND,market_access,0.05,0.4,survey wave 1\n"
                + "IND,dom_support,0.5,0.3,survey wave 2\n"));
        assertTrue(p.file().endsWith("positions.csv"), p.toString());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("IND on 'dom_support' is already set on line 2"), p.message());
    }

    @Test
    void aDecimalCommaIsNoNumberRatherThanOutOfRange() throws Exception {
        Problem p = onlyProblem(scenario("code,issue,position,salience,source\nIND,dom_support,\"0,95\",0.3,survey\n"));
        assertEquals(2, p.line());
        assertTrue(p.message().contains("position '0,95' is not a number"), p.message());
        assertFalse(p.message().contains("outside"), p.message());
    }

    @Test
    void aNumberAboveOneIsStillOutOfRange() throws Exception {
        Problem p = onlyProblem(scenario("code,issue,position,salience,source\nIND,dom_support,0.5,1.3,survey\n"));
        assertTrue(p.message().contains("salience '1.3' is outside [0, 1]"), p.message());
    }

    @Test
    void aMisspeltIssueOrCountryCodeNamesTheOneMostLikelyMeant() throws Exception {
        Problem issue = onlyProblem(scenario("code,issue,position,salience,source\nIND,market_acess,0.5,0.3,survey\n"));
        assertTrue(issue.message().contains("unknown issue 'market_acess' (did you mean 'market_access'?)"),
                issue.message());
        Problem country = onlyProblem(scenario("code,issue,position,salience,source\nINF,market_access,0.5,0.3,s\n"));
        assertTrue(country.message().startsWith("unknown country 'INF' (did you mean '"), country.message());
        // a code far from every country's is named without a guess
        Problem far = onlyProblem(scenario("code,issue,position,salience,source\nXXXXXX,market_access,0.5,0.3,s\n"));
        assertEquals("unknown country 'XXXXXX'", far.message());
    }

    @Test
    void oneRowPerIssueOfOneCountryLoads() throws Exception {
        Scenario s = ScenarioLoader.load(scenario("code,issue,position,salience,source\n"
                + "IND,dom_support,0.95,0.3,survey\nIND,market_access,0.05,0.4,survey\n"
                + "BRA,dom_support,0.95,0.3,survey\n"), Map.of());
        assertTrue(s.spec().actors().size() > 100);
    }
}
