package org.ministerial.scenario;

import org.ministerial.files.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario files (YAML with CSV tables beside them) into a {@link Scenario}: resolves {@code extends},
 * applies {@code --set} overrides, reads the tables and checks everything, reporting every problem with its file
 * and line. The format is documented in docs/scenarios.md.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /**
     * Loads a scenario, resolving {@code extends} and applying overrides. In a daemon that keeps scenarios between
     * commands, the one an earlier command loaded, while every file it was read from is unchanged.
     *
     * @param file      the scenario file
     * @param overrides dotted keys to values (as YAML scalars), applied in order
     * @throws ScenarioException listing every problem found, each with file and line
     */
    public static Scenario load(Path file, Map<String, String> overrides) throws ScenarioException {
        return KeptScenarios.load(file, overrides);
    }

    /** Reads the scenario from its files, whether or not this JVM keeps scenarios ({@link KeptScenarios}). */
    static Scenario fresh(Path file, Map<String, String> overrides) throws ScenarioException {
        CHAIN.get().clear();
        return loadChecked(file, overrides);
    }

    /** Scenarios being loaded on this thread, to catch a chain of precedents that returns to itself. */
    private static final ThreadLocal<java.util.Deque<Path>> CHAIN = ThreadLocal.withInitial(java.util.ArrayDeque::new);

    /** Loads a scenario named as another's precedent, reporting a cycle at the reference. */
    static Scenario loadAsPrecedent(Path file, Tree.Location reference) throws ScenarioException {
        Path abs = file.toAbsolutePath().normalize();
        if (CHAIN.get().contains(abs))
            throw new ScenarioException(reference.problem("cyclic precedent: " + Resolution.label(abs)
                    + " is already being loaded"));
        return loadChecked(abs, Map.of());
    }

    private static Scenario loadChecked(Path file, Map<String, String> overrides) throws ScenarioException {
        java.util.Deque<Path> chain = CHAIN.get();
        Path abs = file.toAbsolutePath().normalize();
        chain.push(abs);
        try {
            return read(file, overrides);
        } finally {
            chain.remove(abs);
        }
    }

    private static Scenario read(Path file, Map<String, String> overrides) throws ScenarioException {
        List<Path> inputs = new ArrayList<>();
        Tree.Mapping tree = Overrides.flattenParameters(Resolution.resolve(file, inputs));
        tree = Overrides.apply(tree, overrides);
        String fallback = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try {
            SpecBuilder builder = new SpecBuilder();
            var spec = builder.build(tree, fallback, inputs, overrides.keySet());
            @SuppressWarnings("unchecked")
            Map<String, Object> resolved = (Map<String, Object>) tree.plain();
            return new Scenario(spec, file, resolved, inputs.stream().distinct().toList(), new LinkedHashMap<>(overrides),
                    builder.policySpace());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new Problem(Resolution.label(file), 0, e.getMessage()));
        }
    }
}
