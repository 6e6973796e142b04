package org.ministerial.scenario;

import org.ministerial.files.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario file as plain data: maps, lists and scalar strings, each remembering the file and line it came
 * from so every later error can point at it. Nothing here ever instantiates a type named by the file.
 */
public sealed interface Tree {

    /** Where a node came from. */
    record Location(String file, int line) implements java.io.Serializable {
        Problem problem(String message) {
            return new Problem(file, line, message);
        }
    }

    Location location();

    /**
     * The node as plain Java data for manifests: maps in file order, lists and strings, none of them modifiable (a
     * daemon keeps a loaded scenario, and its resolved tree, between commands: {@link KeptScenarios}).
     */
    Object plain();

    record Scalar(String value, Location location) implements Tree {
        @Override
        public Object plain() {
            return value;
        }
    }

    record Sequence(List<Tree> items, Location location) implements Tree {
        @Override
        public Object plain() {
            List<Object> out = new ArrayList<>();
            for (Tree t : items) out.add(t.plain());
            return java.util.Collections.unmodifiableList(out);
        }
    }

    record Mapping(LinkedHashMap<String, Tree> entries, Map<String, Location> keyLocations, Location location)
            implements Tree {
        public Tree get(String key) {
            return entries.get(key);
        }

        public Location keyLocation(String key) {
            Location l = keyLocations.get(key);
            return l == null ? location : l;
        }

        @Override
        public Object plain() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Tree> e : entries.entrySet()) out.put(e.getKey(), e.getValue().plain());
            return java.util.Collections.unmodifiableMap(out);
        }
    }
}
