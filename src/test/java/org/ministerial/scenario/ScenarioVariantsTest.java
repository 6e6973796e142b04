package org.ministerial.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.NegotiationSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ministerial.model.Parameter.CHAIR_MEDIATION;
import static org.ministerial.model.Parameter.NOISE_EXPONENT;

/**
 * A scenario derived from one load for overrides of model parameters is the one loading the overrides gives: the same
 * spec (compared as serialised bytes, drawn inputs included), the same errors, the same recorded scenario, while the
 * files are loaded once per structure.
 */
class ScenarioVariantsTest {
    @TempDir
    Path dir;

    private final List<Map<String, String>> loads = new ArrayList<>();

    private Scenario counted(Path file, Map<String, String> overrides) throws ScenarioException {
        loads.add(overrides);
        return ScenarioLoader.load(file, overrides);
    }

    /** The textbook scenario with a posterior over two parameters, one of which the overrides below set. */
    private Path scenario(String posterior) throws IOException {
        Files.writeString(dir.resolve("posterior.csv"), posterior);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/textbook.yaml"))
                + "\nparameter_uncertainty: {posterior: posterior.csv}\n");
        return file;
    }

    private static final String POSTERIOR = """
            particle,parameters.chair.mediation,parameters.noise.exponent,weight
            0,0.1,0.5,1
            1,0.4,0.7,3
            2,0.2,0.1,2
            """;

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    static byte[] bytes(NegotiationSpec spec) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(spec);
        }
        return out.toByteArray();
    }

    private static void assertSameSpec(NegotiationSpec expected, NegotiationSpec actual) throws IOException {
        assertArrayEquals(bytes(expected), bytes(actual));
        for (long seed = 0; seed < 20; seed++)
            assertArrayEquals(bytes(expected.withInputsDrawn(seed)), bytes(actual.withInputsDrawn(seed)),
                    "inputs drawn with seed " + seed);
    }

    @Test
    void parameterOverridesDeriveFromOneLoadAndMatchALoad() throws Exception {
        Path file = scenario(POSTERIOR);
        ScenarioVariants variants = ScenarioVariants.of(file, this::counted);
        Map<String, String> fixed = map("parameters.noise.position", "0.05", "chair.name", "Chair");
        variants.load(fixed);
        List<Map<String, String>> sets = List.of(
                map("parameters.noise.position", "0.05", "chair.name", "Chair", "parameters.chair.mediation", "0.25"),
                // the fixed parameter overridden, a flag written as a word, a whole number as a decimal
                map("parameters.noise.position", "0.1", "chair.name", "Chair", "parameters.chair.drop_issues", "yes",
                        "parameters.chair.patience", "4.0"),
                // both posterior columns held: the posterior draws nothing and is dropped
                map("parameters.noise.position", "0.05", "chair.name", "Chair", "parameters.noise.exponent", "0.3",
                        "parameters.chair.mediation", "0"),
                // a number in exponent notation
                map("parameters.noise.position", "0.05", "chair.name", "Chair", "parameters.noise.exponent", "1e-1"));
        for (Map<String, String> set : sets) {
            NegotiationSpec derived = variants.spec(set);
            NegotiationSpec loaded = ScenarioLoader.load(file, set).spec();
            assertSameSpec(loaded, derived);
            Scenario s = variants.scenario(set), l = ScenarioLoader.load(file, set);
            assertEquals(l.resolved(), s.resolved());
            assertEquals(l.inputs(), s.inputs());
            assertEquals(List.copyOf(l.overrides().entrySet()), List.copyOf(s.overrides().entrySet()));
            assertEquals(l.file(), s.file());
        }
        assertEquals(List.of(fixed), loads, "one load, with the fixed overrides");
        // a held parameter is held in every draw, the other still drawn
        NegotiationSpec held = variants.spec(sets.get(0));
        java.util.Set<Double> exponents = new java.util.HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(0.25, held.withInputsDrawn(seed).parameters().get(CHAIR_MEDIATION));
            exponents.add(held.withInputsDrawn(seed).parameters().get(NOISE_EXPONENT));
        }
        assertEquals(java.util.Set.of(0.5, 0.7, 0.1), exponents);
        assertFalse(variants.spec(sets.get(2)).inputsVary());
    }

    @Test
    void aBadParameterValueFailsWithTheLoadersMessage() throws Exception {
        Path file = scenario(POSTERIOR);
        ScenarioVariants variants = ScenarioVariants.of(file, this::counted);
        variants.load(Map.of());
        for (Map<String, String> bad : List.of(map("parameters.chair.mediation", "1.5"),
                map("parameters.chair.drop_issues", "maybe", "parameters.chair.mediation", "x"),
                map("parameters.chair.mediation", "[0.1, 0.2]"),
                map("parameters.chair.mediation", "{a: b"))) {
            ScenarioException loaded = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, bad));
            ScenarioException derived = assertThrows(ScenarioException.class, () -> variants.spec(bad));
            assertEquals(loaded.problems(), derived.problems());
            assertEquals(loaded.getMessage(), derived.getMessage());
        }
        assertEquals(1, loads.size());
    }

    @Test
    void unusualSpellingsGiveWhatALoadGives() throws Exception {
        Path file = scenario(POSTERIOR);
        ScenarioVariants variants = ScenarioVariants.of(file, this::counted);
        variants.load(Map.of());
        for (Map<String, String> set : List.of(map("parameters.chair.mediation", "null"),
                map("parameters.noise.position", "~"), map("parameters.chair.mediation", " 0.3 "),
                map("parameters", "{chair.mediation: 0.2}", "parameters.noise.exponent", "0.3"),
                map("parameters.noise.exponent", "0.3", "parameters", "{chair.mediation: 0.2}"),
                map("parameters.chair.mediation+", "0.2"), map("parameters.chair.charisma", "1"))) {
            NegotiationSpec loaded = null, derived = null;
            ScenarioException loadError = null, deriveError = null;
            try {
                loaded = ScenarioLoader.load(file, set).spec();
            } catch (ScenarioException e) {
                loadError = e;
            }
            try {
                derived = variants.spec(set);
            } catch (ScenarioException e) {
                deriveError = e;
            }
            if (loadError != null) {
                assertTrue(deriveError != null, set + " loads with an error, derived without: " + loadError);
                assertEquals(loadError.problems(), deriveError.problems(), set.toString());
            } else {
                assertTrue(deriveError == null, set + ": " + deriveError);
                assertSameSpec(loaded, derived);
            }
        }
    }

    @Test
    void aSetThatChangesDataOrStructureIsLoaded() throws Exception {
        Path file = scenario(POSTERIOR);
        ScenarioVariants variants = ScenarioVariants.of(file, this::counted);
        variants.load(Map.of());
        Map<String, String> days = map("calendar.days", "2");
        Map<String, String> daysAndParameter = map("calendar.days", "2", "parameters.chair.mediation", "0.3");
        Map<String, String> noPosterior = map("parameter_uncertainty", "none", "parameters.chair.mediation", "0.3");
        for (Map<String, String> set : List.of(days, daysAndParameter, noPosterior))
            assertSameSpec(ScenarioLoader.load(file, set).spec(), variants.spec(set));
        // a structure is loaded once, without its parameters; the parameters derive from it
        assertEquals(List.of(Map.of(), days, Map.of("parameter_uncertainty", "none")), loads);
        assertEquals(2, variants.spec(daysAndParameter).calendar().days());
        assertNotEquals(ScenarioLoader.load(file, Map.of()).spec().calendar().days(), 2);
        assertFalse(variants.spec(noPosterior).inputsVary());
    }

    @Test
    void aStructureThatOnlyLoadsWithItsParametersHeldIsLoadedWhole() throws Exception {
        // the posterior's mediation column is out of range: a load fails unless it holds mediation
        Path file = scenario("""
                particle,parameters.chair.mediation,parameters.noise.exponent,weight
                0,7,0.5,1
                1,8,0.7,3
                """);
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, Map.of()));
        ScenarioVariants variants = ScenarioVariants.of(file, this::counted);
        Map<String, String> set = map("parameters.chair.mediation", "0.3");
        assertSameSpec(ScenarioLoader.load(file, set).spec(), variants.spec(set));
        Map<String, String> other = map("parameters.chair.mediation", "0.4");
        assertSameSpec(ScenarioLoader.load(file, other).spec(), variants.spec(other));
        // the structure alone was tried once; each set was then loaded whole
        assertEquals(List.of(Map.of(), set, other), loads);
    }

    @Test
    void reloadingLoadsEverySet() throws Exception {
        Path file = scenario(POSTERIOR);
        ScenarioVariants variants = ScenarioVariants.reloading(file, this::counted);
        variants.load(Map.of());
        Map<String, String> set = map("parameters.chair.mediation", "0.3");
        variants.spec(set);
        variants.spec(set);
        assertEquals(3, loads.size());
        assertTrue(ScenarioVariants.isParameter("parameters.chair.mediation"));
        assertFalse(ScenarioVariants.isParameter("parameters.chair.charisma"));
        assertFalse(ScenarioVariants.isParameter("parameters.chair.mediation+"));
        assertFalse(ScenarioVariants.isParameter("chair.mediation"));
    }
}
