package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ministerial.model.Parameter.CHAIR_AGENDA_POWER;

/** Each documented kind of bad input gives one clear message naming file, line and what is wrong. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String VALID = """
            name: tiny
            issues:
              - {id: a}
              - {id: b}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              entries:
                - code: USA
                  capability: 1
                  position: {a: 0.2, b: 0.4}
                  salience: {a: 0.5, b: 0.5}
                - code: BRA
                  capability: 1
                  position: {a: 0.9, b: 0.1}
                  salience: {a: 0.7, b: 0.3}
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Problem onlyProblem(Path file, Map<String, String> overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, overrides));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void validFileLoads() throws Exception {
        Scenario s = ScenarioLoader.load(write("ok.yaml", VALID), Map.of());
        assertEquals(2, s.spec().actors().size());
        assertEquals(0.7, s.spec().actors().get(1).salience()[0], 1e-12);
    }

    @Test
    void malformedYamlNamesFileAndLine() throws Exception {
        Path f = write("broken.yaml", VALID.replace("  - {id: b}", "  - {id: b"));
        Problem p = onlyProblem(f, Map.of());
        assertTrue(p.file().endsWith("broken.yaml"));
        assertTrue(p.line() >= 4 && p.line() <= 5, p.toString());
        assertTrue(p.message().startsWith("malformed YAML"), p.message());
    }

    @Test
    void unknownCountryCode() throws Exception {
        Path f = write("code.yaml", VALID.replace("code: BRA", "code: BRZ"));
        Problem p = onlyProblem(f, Map.of());
        assertEquals(12, p.line());
        assertTrue(p.message().contains("unknown country code 'BRZ'"), p.message());
    }

    @Test
    void salienceOutsideUnitInterval() throws Exception {
        Path f = write("sal.yaml", VALID.replace("salience: {a: 0.7, b: 0.3}", "salience: {a: 1.7, b: 0.3}"));
        Problem p = onlyProblem(f, Map.of());
        assertEquals(15, p.line());
        assertTrue(p.message().contains("salience of BRA on 'a' = 1.7 is outside [0, 1]"), p.message());
    }

    @Test
    void issueMissingFromPositions() throws Exception {
        Path f = write("missing.yaml", VALID.replace("position: {a: 0.9, b: 0.1}", "position: {a: 0.9}"));
        Problem p = onlyProblem(f, Map.of());
        assertEquals(14, p.line());
        assertTrue(p.message().contains("issue 'b' is missing from the position of BRA"), p.message());
    }

    @Test
    void misspeltTopLevelKeyNamesTheKeyItMeant() throws Exception {
        Path f = write("typo.yaml", VALID + "decison_rule: {type: qualified_majority}\n");
        Problem p = onlyProblem(f, Map.of());
        assertEquals(16, p.line());
        assertTrue(p.message().contains("unknown key 'decison_rule' in the scenario (did you mean 'decision_rule'?)"),
                p.message());
        Problem parent = onlyProblem(write("child.yaml", "extend: ok.yaml\n" + VALID), Map.of());
        assertTrue(parent.message().contains("(did you mean 'extends'?)"), parent.message());
    }

    @Test
    void aThresholdOfZeroNamesTheOpenRangeItMustLieIn() throws Exception {
        for (String threshold : new String[] {"0", "1.5"}) {
            Path f = write("rule.yaml", VALID + "decision_rule: {type: qualified_majority, threshold: " + threshold
                    + "}\n");
            Problem p = onlyProblem(f, Map.of());
            assertEquals(16, p.line());
            assertEquals("'threshold' = " + threshold + " is outside (0, 1]", p.message());
        }
        Path small = write("small.yaml", VALID + "decision_rule: {type: qualified_majority, threshold: 1e-12}\n");
        assertEquals(1e-12, ((org.ministerial.model.QualifiedMajorityRule) ScenarioLoader.load(small, Map.of())
                .spec().rule()).threshold(), 0);
    }

    @Test
    void cyclicExtends() throws Exception {
        write("one.yaml", "extends: two.yaml\nname: one\n");
        write("two.yaml", "name: two\nextends: one.yaml\n");
        Problem p = onlyProblem(dir.resolve("one.yaml"), Map.of());
        assertTrue(p.message().startsWith("cyclic extends"), p.message());
        assertTrue(p.message().contains("one.yaml -> ") && p.message().contains("two.yaml"), p.message());
        assertEquals(2, p.line());
        assertTrue(p.file().endsWith("two.yaml"));
    }

    @Test
    void cyclicPrecedent() throws Exception {
        write("a.yaml", VALID.replace("name: tiny", "name: a\nprecedent: b.yaml"));
        write("b.yaml", VALID.replace("name: tiny", "name: b\nprecedent: a.yaml"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml"), Map.of()));
        assertTrue(e.getMessage().contains("cyclic precedent"), e.getMessage());
        assertTrue(e.problems().get(0).file().endsWith("b.yaml"), e.getMessage());
        assertEquals(2, e.problems().get(0).line());
    }

    @Test
    void precedentNoneRemovesAnInheritedOne() throws Exception {
        write("before.yaml", VALID);
        write("with.yaml", VALID.replace("name: tiny", "name: with\nprecedent: before.yaml"));
        Path without = write("without.yaml", "extends: with.yaml\nprecedent: none\n");
        assertTrue(ScenarioLoader.load(dir.resolve("with.yaml"), Map.of()).spec().context().precedent() != null);
        assertEquals(null, ScenarioLoader.load(without, Map.of()).spec().context().precedent());
    }

    @Test
    void unknownSetKey() throws Exception {
        Path f = write("ok.yaml", VALID);
        // a key the section does not know is added, then refused like a misspelt key in the file, named by its --set
        Problem p = onlyProblem(f, Map.of("calendar.weeks", "3"));
        assertEquals("--set calendar.weeks", p.file());
        assertTrue(p.message().contains("unknown key 'weeks' in 'calendar'"), p.message());
        Problem deep = onlyProblem(f, Map.of("calendar.weeks.first", "3"));
        assertTrue(deep.message().contains("unknown key 'calendar.weeks.first'"), deep.message());
        Problem q = onlyProblem(f, Map.of("parameters.chair.charisma", "3"));
        assertTrue(q.message().contains("no model parameter 'chair.charisma'"), q.message());
    }

    /** A refused calendar length is the one problem: Cancún's events on days 2 to 4 are not blamed for it. */
    @Test
    void aRefusedCalendarDrawsNoFollowOnProblemsFromTheEvents() {
        for (String days : new String[]{"0", "abc"}) {
            Problem p = onlyProblem(Path.of("scenarios/cancun-2003.yaml"), Map.of("calendar.days", days));
            assertEquals("--set calendar.days", p.file());
        }
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws Exception {
        Path f = write("many.yaml", VALID.replace("code: BRA", "code: BRZ").replace("days: 1", "days: 0"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Map.of()));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void extendsOverridesOnlyWhatItNames() throws Exception {
        write("base.yaml", VALID);
        Path child = write("child.yaml", "extends: base.yaml\nname: child\ncalendar: {days: 3}\n");
        Scenario s = ScenarioLoader.load(child, Map.of());
        assertEquals("child", s.name());
        assertEquals(3, s.spec().calendar().days());
        assertEquals(2, s.spec().calendar().sessionsPerDay());
        assertEquals(List.of(child.toAbsolutePath().normalize(), dir.resolve("base.yaml").toAbsolutePath().normalize()),
                s.inputs());
    }

    @Test
    void setOverridesAParameterAndAValue() throws Exception {
        Scenario s = ScenarioLoader.load(write("ok.yaml", VALID),
                Map.of("parameters.chair.agenda_power", "0.9", "countries.entries.0.capability", "3"));
        assertEquals(0.9, s.spec().parameters().get(CHAIR_AGENDA_POWER));
        assertEquals(3, s.spec().actors().get(0).capability());
    }

    @Test
    void yamlTagsAreRefusedByNameAndNeverInstantiateTypes() throws Exception {
        Path f = write("evil.yaml", VALID + "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        // only the composer runs, so nothing could be constructed; and a tag is refused rather than ignored
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Map.of()));
        assertTrue(e.getMessage().contains("evil.yaml:16: tag '!!javax.script.ScriptEngineManager' is not allowed"),
                e.getMessage());
    }

    /** Hostile YAML is refused quickly and by name, whatever its shape. */
    @Test
    void hostileYamlIsRefusedQuicklyAndByName() throws Exception {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x]\n");
        for (int i = 1; i < 16; i++)
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append("]\n");
        String[][] cases = {
                {bomb.toString(), "expands to more than 200000 entries"},
                {"name: t\nnotes: &r [*r]\n", "nested more than 100 levels deep"},
                {"name: t\nnotes: " + "[".repeat(2000) + "]".repeat(2000) + "\n", "nested too deeply"},
                {"name: !!java/object:java.io.File x\n", "tag '!!java/object:java.io.File' is not allowed"},
                {"name: !custom x\n", "tag '!custom' is not allowed"},
                {"name: " + "x".repeat(YamlFiles.MAX_CHARS) + "\n", "may have at most 524288"},
        };
        for (String[] c : cases) {
            long start = System.nanoTime();
            Path f = write("hostile.yaml", c[0]);
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f, Map.of()));
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertTrue(e.getMessage().contains("hostile.yaml"), e.getMessage());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused in reasonable time: " + c[1]);
        }
    }

    @Test
    void aMemberOfAnUndeclaredUnionIsAProblemNotACrash() throws Exception {
        Path f = write("union.yaml", VALID.replace("- code: USA\n", "- code: USA\n      negotiates_through: EC\n"));
        Problem p = onlyProblem(f, Map.of());
        assertTrue(p.message().contains("USA negotiates through 'EC', which is not a declared union"), p.toString());
    }

    @Test
    void aFolderGivenAsTheScenarioIsNamed() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir, Map.of()));
        assertTrue(e.getMessage().contains(": is a folder; give the YAML file itself"), e.getMessage());
    }
}
