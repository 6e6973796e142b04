package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.Problem;
import org.ministerial.model.Issue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code policy_space:}: the GUI's display axes, declared by the scenario, defaulted when absent, checked at load. */
class PolicySpaceTest {
    @TempDir
    Path dir;

    private static final String TINY = """
            name: tiny
            issues:
              - {id: tariffs, group: market}
              - {id: quotas, group: market}
              - {id: rules, group: rules}
              - {id: health, group: health}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              entries:
                - code: USA
                  capability: 1
                  position: {tariffs: 0.2, quotas: 0.2, rules: 0.4, health: 0.1}
                  salience: {tariffs: 0.25, quotas: 0.25, rules: 0.25, health: 0.25}
            """;

    private Scenario load(String text) throws Exception {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, text);
        return ScenarioLoader.load(p, Map.of());
    }

    private Problem onlyProblem(String text) throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p, Map.of()));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void anAxisIsAGroupOrAListOfIssues() throws Exception {
        PolicySpaceAxes axes = load(TINY + "policy_space: {x: market, y: [health, rules]}\n").policySpace();
        assertEquals("market", axes.x().group());
        assertEquals(List.of("tariffs", "quotas"), axes.x().issues());
        assertEquals("", axes.y().group());
        assertEquals(List.of("rules", "health"), axes.y().issues(), "in the scenario's issue order");
    }

    @Test
    void withoutTheEntryTheFirstTwoGroupsAreShown() throws Exception {
        PolicySpaceAxes axes = load(TINY).policySpace();
        assertEquals("market", axes.x().group());
        assertEquals("rules", axes.y().group());
        assertEquals(List.of("rules"), axes.y().issues());
    }

    @Test
    void withFewerThanTwoGroupsTheIssuesAreSplitInHalves() {
        List<Issue> ungrouped = List.of(new Issue("a", null, ""), new Issue("b", null, "g"), new Issue("c", null, ""));
        PolicySpaceAxes halves = PolicySpaceAxes.byDefault(ungrouped);
        assertEquals(List.of("a"), halves.x().issues());
        assertEquals(List.of("b", "c"), halves.y().issues());
        PolicySpaceAxes single = PolicySpaceAxes.byDefault(List.of(new Issue("only", null, "")));
        assertEquals(List.of("only"), single.x().issues());
        assertEquals(List.of("only"), single.y().issues());
        assertThrows(IllegalArgumentException.class, () -> PolicySpaceAxes.byDefault(List.of()));
    }

    @Test
    void aMisspeltGroupIsNamedWithItsLineAndTheGroupMeant() throws Exception {
        Problem p = onlyProblem(TINY + "policy_space:\n  x: markt\n  y: rules\n");
        assertTrue(p.file().endsWith("bad.yaml"), p.toString());
        assertEquals(15, p.line(), p.toString());
        assertTrue(p.message().contains("policy_space.x: no issue group 'markt' (did you mean 'market'?)"),
                p.message());
        assertTrue(p.message().contains("groups: market, rules, health"), p.message());
    }

    @Test
    void anIssueWhereAGroupIsExpectedIsExplained() throws Exception {
        Problem p = onlyProblem(TINY + "policy_space: {x: market, y: quotas}\n");
        assertTrue(p.message().contains("'quotas' is an issue: write [quotas]"), p.message());
    }

    @Test
    void unknownIssuesAndKeysAreReported() throws Exception {
        Problem issue = onlyProblem(TINY + "policy_space: {x: market, y: [rules, helth]}\n");
        assertTrue(issue.message().contains("policy_space.y: no issue 'helth' (did you mean 'health'?)"),
                issue.message());
        Problem key = onlyProblem(TINY + "policy_space: {x: market, y: rules, z: health}\n");
        assertTrue(key.message().contains("unknown key 'z' in 'policy_space'"), key.message());
        Problem missing = onlyProblem(TINY + "policy_space: {x: market}\n");
        assertTrue(missing.message().contains("'policy_space' needs 'y'"), missing.message());
        Problem empty = onlyProblem(TINY + "policy_space: {x: market, y: []}\n");
        assertTrue(empty.message().contains("policy_space.y lists no issue"), empty.message());
    }

    @Test
    void aScenarioInheritsItsParentsAxes() throws Exception {
        Files.writeString(dir.resolve("parent.yaml"), TINY + "policy_space: {x: health, y: market}\n");
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: parent.yaml\nname: child\n");
        PolicySpaceAxes axes = ScenarioLoader.load(child, Map.of()).policySpace();
        assertEquals("health", axes.x().group());
        assertEquals("market", axes.y().group());
    }
}
