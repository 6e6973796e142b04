package org.ministerial.scenario;

import org.ministerial.model.Parameter;
import org.ministerial.files.Problem;

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
                String key = o.getKey(), text = o.getValue().strip();
                if (key.endsWith("+")) {
                    // KEY+=VALUE appends VALUE to the list at KEY (one more event, one more issue off the table)
                    String list = key.substring(0, key.length() - 1);
                    out = (Tree.Mapping) setPath(out, list.split("\\."), 0, list,
                            YamlFiles.parse(o.getValue(), SOURCE + " " + key), Edit.APPEND);
                } else if (text.equals("null") || text.equals("~")) {
                    // KEY=null removes the entry: an optional key takes its default
                    out = (Tree.Mapping) setPath(out, key.split("\\."), 0, key, null, Edit.REMOVE);
                } else {
                    out = set(out, key, YamlFiles.parse(o.getValue(), SOURCE + " " + key));
                }
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
        if (key.startsWith(Parameter.SET_PREFIX)) {
            String name = Parameter.bareKey(key);
            if (Parameter.byKey(name) == null) {
                throw new IllegalArgumentException("unknown key '" + key + "': no model parameter '" + name
                        + "'" + ParametersSection.didYouMean(name, Parameter.SET_PREFIX)
                        + " (the parameter table is in docs/ODD.md)");
            }
            Tree params = root.get("parameters");
            Tree.Mapping pm = params instanceof Tree.Mapping m ? m
                    : new Tree.Mapping(new LinkedHashMap<>(), Map.of(), root.location());
            return with(root, "parameters", with(pm, name, value));
        }
        return (Tree.Mapping) setPath(root, key.split("\\."), 0, key, value, Edit.SET);
    }

    /** What an override does at its path: set a value, append to a list, or remove an entry. */
    private enum Edit { SET, APPEND, REMOVE }

    private static Tree setPath(Tree node, String[] path, int at, String key, Tree value, Edit edit) {
        if (at == path.length) {
            if (edit != Edit.APPEND) return value;
            if (!(node instanceof Tree.Sequence s))
                throw new IllegalArgumentException("--set " + key + "+=...: '" + key + "' is not a list");
            List<Tree> items = new ArrayList<>(s.items());
            items.add(value);
            return new Tree.Sequence(items, s.location());
        }
        String segment = path[at];
        boolean last = at == path.length - 1;
        if (node instanceof Tree.Mapping m && last && edit == Edit.REMOVE) {
            if (m.get(segment) == null)
                throw new IllegalArgumentException("--set " + key + "=null: the scenario has no entry '" + key
                        + "' to remove");
            LinkedHashMap<String, Tree> out = new LinkedHashMap<>(m.entries());
            out.remove(segment);
            Map<String, Tree.Location> keys = new LinkedHashMap<>(m.keyLocations());
            keys.remove(segment);
            return new Tree.Mapping(out, keys, m.location());
        }
        if (node instanceof Tree.Mapping m && last && edit == Edit.SET && m.get(segment) == null)
            // an optional entry the file does not write: added, and checked like any other key of its section
            return with(m, segment, value);
        if (node instanceof Tree.Mapping m) {
            Tree child = m.get(segment);
            if (child == null) {
                throw new IllegalArgumentException("unknown key '" + key + "': the scenario has no entry '"
                        + String.join(".", java.util.Arrays.copyOf(path, at + 1)) + "'"
                        + Spelling.didYouMean(segment, m.entries().keySet()));
            }
            return with(m, segment, setPath(child, path, at + 1, key, value, edit));
        }
        if (node instanceof Tree.Sequence s) {
            int index;
            try {
                index = Integer.parseInt(segment);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unknown key '" + key + "': '" + segment
                        + "' must be a list index");
            }
            if (index < 0 || index >= s.items().size())
                throw new IllegalArgumentException("unknown key '" + key + "': index " + index
                        + " outside the list of " + s.items().size());
            List<Tree> items = new ArrayList<>(s.items());
            if (at == path.length - 1 && edit == Edit.REMOVE) items.remove(index);
            else items.set(index, setPath(items.get(index), path, at + 1, key, value, edit));
            return new Tree.Sequence(items, s.location());
        }
        throw new IllegalArgumentException("unknown key '" + key + "': '"
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
