package org.ministerial.scenario;

import org.ministerial.model.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set key=value} overrides to a resolved scenario tree. A key is a dotted path to an entry that
 * exists in the scenario (list items by index), or {@code parameters.<name>} for any model parameter. Values are
 * read as YAML, so {@code --set chair.agenda=[a,b]} sets a list.
 */
final class Overrides {
    static final String SOURCE = "--set";

    private Overrides() {
    }

    /** Flattens {@code parameters:} to dotted keys so nested and dotted spellings mean the same. */
    static Tree.Mapping flattenParameters(Tree.Mapping root) {
        Tree params = root.get("parameters");
        if (!(params instanceof Tree.Mapping pm)) return root;
        LinkedHashMap<String, Tree> flat = new LinkedHashMap<>();
        Map<String, Tree.Location> keys = new LinkedHashMap<>();
        flatten("", pm, flat, keys);
        LinkedHashMap<String, Tree> out = new LinkedHashMap<>(root.entries());
        out.put("parameters", new Tree.Mapping(flat, keys, pm.location()));
        return new Tree.Mapping(out, root.keyLocations(), root.location());
    }

    private static void flatten(String prefix, Tree.Mapping m, Map<String, Tree> flat, Map<String, Tree.Location> keys) {
        for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Tree.Mapping child) flatten(key + ".", child, flat, keys);
            else {
                flat.put(key, e.getValue());
                keys.put(key, m.keyLocation(e.getKey()));
            }
        }
    }

    static Tree.Mapping apply(Tree.Mapping root, Map<String, String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Tree.Mapping out = root;
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            try {
                Tree value = YamlFiles.parse(o.getValue(), SOURCE + " " + o.getKey());
                out = set(out, o.getKey(), value);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(SOURCE, 0, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return out;
    }

    private static Tree.Mapping set(Tree.Mapping root, String key, Tree value) {
        if (key.startsWith("parameters.")) {
            String name = key.substring("parameters.".length());
            if (Parameters.definition(name) == null) {
                String near = Spelling.closest(name,
                        Parameters.DEFINITIONS.stream().map(org.ministerial.model.ParameterDef::key).toList());
                throw new IllegalArgumentException("unknown --set key '" + key + "': no model parameter '" + name
                        + "'" + (near == null ? "" : " (did you mean 'parameters." + near + "'?)")
                        + " (the parameter table is in docs/ODD.md)");
            }
            Tree params = root.get("parameters");
            Tree.Mapping pm = params instanceof Tree.Mapping m ? m
                    : new Tree.Mapping(new LinkedHashMap<>(), Map.of(), root.location());
            return with(root, "parameters", with(pm, name, value));
        }
        return (Tree.Mapping) setPath(root, key.split("\\."), 0, key, value);
    }

    private static Tree setPath(Tree node, String[] path, int at, String key, Tree value) {
        if (at == path.length) return value;
        String segment = path[at];
        if (node instanceof Tree.Mapping m) {
            Tree child = m.get(segment);
            if (child == null) {
                String near = Spelling.closest(segment, m.entries().keySet());
                throw new IllegalArgumentException("unknown --set key '" + key + "': the scenario has no entry '"
                        + String.join(".", java.util.Arrays.copyOf(path, at + 1)) + "'"
                        + (near == null ? "" : " (did you mean '" + near + "'?)"));
            }
            return with(m, segment, setPath(child, path, at + 1, key, value));
        }
        if (node instanceof Tree.Sequence s) {
            int index;
            try {
                index = Integer.parseInt(segment);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown --set key '" + key + "': '" + segment
                        + "' must be a list index");
            }
            if (index < 0 || index >= s.items().size())
                throw new IllegalArgumentException("unknown --set key '" + key + "': index " + index
                        + " outside the list of " + s.items().size());
            List<Tree> items = new ArrayList<>(s.items());
            items.set(index, setPath(items.get(index), path, at + 1, key, value));
            return new Tree.Sequence(items, s.location());
        }
        throw new IllegalArgumentException("unknown --set key '" + key + "': '"
                + String.join(".", java.util.Arrays.copyOf(path, at)) + "' is a single value");
    }

    private static Tree.Mapping with(Tree.Mapping m, String key, Tree value) {
        LinkedHashMap<String, Tree> out = new LinkedHashMap<>(m.entries());
        out.put(key, value);
        Map<String, Tree.Location> keys = new LinkedHashMap<>(m.keyLocations());
        keys.putIfAbsent(key, value.location());
        return new Tree.Mapping(out, keys, m.location());
    }
}
