package org.ministerial.scenario;

import org.ministerial.files.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a {@link Tree}. Only the composer runs (no constructor), so tags can never instantiate classes;
 * duplicate keys and non-scalar keys are errors.
 */
public final class YamlFiles {
    private YamlFiles() {
    }

    /** The file's tree; its nodes are located by {@code label} and line. */
    public static Tree read(Path file, String label) throws ScenarioException {
        return toTree(compose(readText(file, label), label), label);
    }

    static Tree parse(String text, String label) throws ScenarioException {
        return toTree(compose(text, label), label);
    }

    private static String readText(Path file, String label) throws ScenarioException {
        if (Files.isDirectory(file))
            throw new ScenarioException(new Problem(label, 0, "is a folder; give the YAML file itself"));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(label, 0, "file not found"));
        } catch (java.nio.charset.CharacterCodingException e) {
            int line;
            try {
                line = org.ministerial.files.Utf8.firstBadLine(Files.readAllBytes(file));
            } catch (IOException unreadable) {
                line = 0;
            }
            throw new ScenarioException(new Problem(label, line, "not valid UTF-8 text (save the file as UTF-8)"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, 0, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Limits that keep a hostile or broken file cheap to refuse: a scenario or experiment file is a few kilobytes,
     * so these are far above any real one and far below what exhausts time or memory.
     */
    static final int MAX_CHARS = 512 * 1024, MAX_DEPTH = 100, MAX_NODES = 200_000;
    /** The tags the core schema resolves by itself; any other tag written in a file is refused. */
    private static final java.util.Set<String> CORE_TAGS = java.util.Set.of("str", "int", "float", "bool", "null",
            "map", "seq").stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toSet());

    private static Node compose(String text, String label) throws ScenarioException {
        if (text.length() > MAX_CHARS)
            throw new ScenarioException(new Problem(label, 0, "the file has " + text.length() + " characters; a "
                    + "scenario or experiment file may have at most " + MAX_CHARS));
        LoadSettings settings = LoadSettings.builder().setLabel(label).setCodePointLimit(MAX_CHARS + 1)
                .setAllowRecursiveKeys(false).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            return composer.getSingleNode().orElse(null);
        } catch (StackOverflowError e) {
            // the composer descends once per level of nesting: thousands of nested brackets exhaust the stack
            throw new ScenarioException(new Problem(label, 0, "malformed YAML: nested too deeply (at most "
                    + MAX_DEPTH + " levels)"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ScenarioException(new Problem(label, line, "malformed YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ScenarioException(new Problem(label, 0, "malformed YAML: " + e.getMessage()));
        }
    }

    private static Tree toTree(Node root, String label) throws ScenarioException {
        if (root == null) return new Tree.Mapping(new LinkedHashMap<>(), Map.of(), new Tree.Location(label, 1));
        List<Problem> problems = new ArrayList<>();
        Tree tree;
        try {
            tree = convert(root, label, problems, 0, new int[1]);
        } catch (LimitException e) {
            throw new ScenarioException(e.problem);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return tree;
    }

    /**
     * Converts a node, refusing explicit tags, nesting deeper than {@link #MAX_DEPTH} (a recursive alias such as
     * {@code &r [*r]} is infinitely deep) and more than {@link #MAX_NODES} nodes in all (aliases are expanded here,
     * so a few nested aliases can stand for billions of nodes).
     */
    private static Tree convert(Node node, String label, List<Problem> problems, int depth, int[] count) {
        Tree.Location at = new Tree.Location(label, node.getStartMark().map(Mark::getLine).orElse(-1) + 1);
        if (depth > MAX_DEPTH)
            throw new LimitException(at.problem("nested more than " + MAX_DEPTH + " levels deep (a recursive alias?)"));
        if (++count[0] > MAX_NODES)
            throw new LimitException(at.problem("the document expands to more than " + MAX_NODES
                    + " entries (aliases that repeat aliases?)"));
        String tag = node.getTag().getValue();
        if (!CORE_TAGS.contains(tag)) {
            problems.add(at.problem("tag '" + tag.replace("tag:yaml.org,2002:", "!!") + "' is not allowed: a "
                    + "scenario is plain data"));
            return new Tree.Scalar("", at);
        }
        if (node instanceof ScalarNode s) return new Tree.Scalar(s.getValue(), at);
        if (node instanceof SequenceNode seq) {
            List<Tree> items = new ArrayList<>();
            for (Node n : seq.getValue()) items.add(convert(n, label, problems, depth + 1, count));
            return new Tree.Sequence(items, at);
        }
        MappingNode map = (MappingNode) node;
        LinkedHashMap<String, Tree> entries = new LinkedHashMap<>();
        Map<String, Tree.Location> keys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Tree.Location keyAt = new Tree.Location(label,
                    t.getKeyNode().getStartMark().map(Mark::getLine).orElse(-1) + 1);
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                problems.add(keyAt.problem("a key must be a plain name"));
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                problems.add(keyAt.problem("duplicate key '" + key.getValue() + "' (first on line "
                        + keys.get(key.getValue()).line() + ")"));
                continue;
            }
            entries.put(key.getValue(), convert(t.getValueNode(), label, problems, depth + 1, count));
            keys.put(key.getValue(), keyAt);
        }
        return new Tree.Mapping(entries, keys, at);
    }

    /** Stops a conversion that went past a limit; carries the problem out of the recursion. */
    private static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        LimitException(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
