package org.ministerial.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends}: a scenario names a parent file (relative to itself) and overrides parts of it. Mappings
 * merge key by key, recursively; anything else in the child replaces the parent's value. Cycles are errors. The one
 * key not inherited is {@code label}, the scenario's short display label: a counterfactual is not its parent, and an
 * inherited label would put the parent's name on the counterfactual's row of a figure.
 */
final class Resolution {
    /** The top-level key of a scenario's display label (docs/scenarios.md). */
    static final String DISPLAY_LABEL = "label";

    private Resolution() {
    }

    static Tree.Mapping resolve(Path file, List<Path> inputs) throws ScenarioException {
        return resolve(file, new ArrayList<>(), inputs);
    }

    static String label(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static Tree.Mapping resolve(Path file, List<Path> chain, List<Path> inputs) throws ScenarioException {
        Path abs = file.toAbsolutePath().normalize();
        String label = label(abs);
        Tree tree = YamlFiles.read(abs, label);
        if (!(tree instanceof Tree.Mapping child))
            throw new ScenarioException(tree.location().problem("a scenario must be a mapping of keys to values"));
        inputs.add(abs);
        Tree parentRef = child.get("extends");
        if (parentRef == null) return child;
        if (!(parentRef instanceof Tree.Scalar ref))
            throw new ScenarioException(parentRef.location().problem("'extends' must name one scenario file"));
        Path parent = abs.getParent().resolve(ref.value()).normalize();
        List<Path> next = new ArrayList<>(chain);
        next.add(abs);
        if (next.contains(parent)) {
            StringBuilder cycle = new StringBuilder();
            for (Path p : next.subList(next.indexOf(parent), next.size())) cycle.append(label(p)).append(" -> ");
            cycle.append(label(parent));
            throw new ScenarioException(child.keyLocation("extends").problem("cyclic extends: " + cycle));
        }
        if (!parent.toFile().isFile())
            throw new ScenarioException(child.keyLocation("extends").problem(
                    "extends '" + ref.value() + "': no such file (" + label(parent) + ")"));
        Tree.Mapping base = withoutKey(resolve(parent, next, inputs), DISPLAY_LABEL);
        LinkedHashMap<String, Tree> own = new LinkedHashMap<>(child.entries());
        own.remove("extends");
        return merge(base, new Tree.Mapping(own, child.keyLocations(), child.location()));
    }

    private static Tree.Mapping withoutKey(Tree.Mapping m, String key) {
        if (!m.entries().containsKey(key)) return m;
        LinkedHashMap<String, Tree> entries = new LinkedHashMap<>(m.entries());
        entries.remove(key);
        Map<String, Tree.Location> keys = new LinkedHashMap<>(m.keyLocations());
        keys.remove(key);
        return new Tree.Mapping(entries, keys, m.location());
    }

    static Tree.Mapping merge(Tree.Mapping base, Tree.Mapping over) {
        LinkedHashMap<String, Tree> out = new LinkedHashMap<>(base.entries());
        Map<String, Tree.Location> keys = new LinkedHashMap<>(base.keyLocations());
        for (Map.Entry<String, Tree> e : over.entries().entrySet()) {
            Tree old = out.get(e.getKey());
            Tree value = old instanceof Tree.Mapping om && e.getValue() instanceof Tree.Mapping nm ? merge(om, nm)
                    : e.getValue();
            out.put(e.getKey(), value);
            keys.put(e.getKey(), over.keyLocation(e.getKey()));
        }
        return new Tree.Mapping(out, keys, over.location());
    }
}
