package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.Problem;
import org.ministerial.model.IssueMap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The precedent's issue map as a scenario declares it (docs/scenarios.md, "Precedent"): read when it is right, and
 * every kind of mistake refused as {@code file:line: message}. The precedent, first.yaml, negotiates issues a and b;
 * the meeting that follows negotiates c and a, so that an issue with the precedent's id exists and must still not
 * carry unless mapped.
 */
class PrecedentIssueMapTest {
    @TempDir
    Path dir;

    private static String meeting(String first, String second) {
        return """
                issues:
                  - {id: %s}
                  - {id: %s}
                calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
                countries:
                  entries:
                    - {code: USA, capability: 1, position: {%s: 0.2, %s: 0.4}, salience: {%s: 0.5, %s: 0.5}}
                    - {code: BRA, capability: 1, position: {%s: 0.9, %s: 0.1}, salience: {%s: 0.7, %s: 0.3}}
                """.formatted(first, second, first, second, first, second, first, second, first, second);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** first.yaml, and second.yaml with the given precedent section after its 8 lines of meeting. */
    private Path second(String precedent) throws IOException {
        write("first.yaml", "name: first\n" + meeting("a", "b"));
        return write("second.yaml", meeting("c", "a") + precedent);
    }

    private List<Problem> problems(Path file) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, Map.of())).problems();
    }

    private static void assertOne(List<Problem> problems, int line, String text) {
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.toString().contains("second.yaml:" + line + ": "), p.toString());
        assertTrue(p.message().contains(text), p.message());
    }

    @Test
    void aMapIsReadPrecedentIssueToOwnIssue() throws Exception {
        Scenario s = ScenarioLoader.load(second("""
                precedent:
                  scenario: first.yaml
                  issues: {a: c}
                """), Map.of());
        assertEquals("first", s.spec().context().precedent().name());
        assertEquals(Map.of("a", "c"), s.spec().context().precedentIssues().pairs());
    }

    @Test
    void aPrecedentNamedByItsFileAloneCarriesNothingOnTheIssues() throws Exception {
        Scenario s = ScenarioLoader.load(second("precedent: first.yaml\n"), Map.of());
        assertEquals("first", s.spec().context().precedent().name());
        assertEquals(IssueMap.NONE, s.spec().context().precedentIssues());
    }

    @Test
    void anIssueThePrecedentLacksIsRefused() throws Exception {
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issues:
                    cotton: c
                """)), 12, "precedent issue 'cotton' is not an issue of first");
    }

    @Test
    void anIssueThisScenarioLacksIsRefused() throws Exception {
        // 'b' is the precedent's; this scenario has c and a
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issues:
                    a: b
                """)), 12, "maps to 'b', which is not an issue of this scenario");
    }

    @Test
    void twoPrecedentIssuesOntoOneAreRefused() throws Exception {
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issues:
                    a: c
                    b: c
                """)), 13, "issue 'c' is already the image of precedent issue 'a'");
    }

    @Test
    void aPrecedentIssueNamedTwiceIsRefused() throws Exception {
        List<Problem> found = problems(second("""
                precedent:
                  scenario: first.yaml
                  issues:
                    a: c
                    a: a
                """));
        assertOne(found, 13, "duplicate key 'a'");
    }

    @Test
    void aValueThatIsNotOneIssueIsRefused() throws Exception {
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issues:
                    a: [c, a]
                """)), 12, "must map to one issue id of this scenario");
    }

    @Test
    void issuesThatAreNotAMappingAreRefused() throws Exception {
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issues: [a, c]
                """)), 11, "'precedent.issues' must be a mapping");
    }

    @Test
    void anUnknownKeyOrAMissingScenarioIsRefused() throws Exception {
        assertOne(problems(second("""
                precedent:
                  scenario: first.yaml
                  issue: {a: c}
                """)), 11, "unknown key 'issue' in 'precedent'");
        assertOne(problems(second("""
                precedent:
                  issues: {a: c}
                """)), 10, "'precedent' needs 'scenario'");
    }

    @Test
    void aScenarioThatExtendsAnotherInheritsTheMapAndMayDropAPair() throws Exception {
        Path parent = second("""
                precedent:
                  scenario: first.yaml
                  issues: {a: c, b: a}
                """);
        Path child = write("child.yaml", "extends: " + parent.getFileName() + "\n"
                + "precedent: {scenario: first.yaml, issues: {b: none}}\n");
        assertEquals(Map.of("a", "c"), ScenarioLoader.load(child, Map.of()).spec().context().precedentIssues().pairs());
        assertEquals(Map.of("a", "c", "b", "a"),
                ScenarioLoader.load(parent, Map.of()).spec().context().precedentIssues().pairs());
    }
}
