package org.ministerial.scenario;

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

    static Tree read(Path file, String label) throws ScenarioException {
        return toTree(compose(readText(file, label), label), label);
    }

    static Tree parse(String text, String label) throws ScenarioException {
        return toTree(compose(text, label), label);
    }

    /**
     * Composes a YAML file into snakeyaml nodes that keep their marks (for other file formats of the project, such
     * as experiment files); null for an empty file.
     *
     * @throws ScenarioException if the file is missing, unreadable or malformed, located by line
     */
    public static Node compose(Path file, String label) throws ScenarioException {
        return compose(readText(file, label), label);
    }

    private static String readText(Path file, String label) throws ScenarioException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(label, 0, "file not found"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static Node compose(String text, String label) throws ScenarioException {
        LoadSettings settings = LoadSettings.builder().setLabel(label).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            return composer.getSingleNode().orElse(null);
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
        Tree tree = convert(root, label, problems);
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return tree;
    }

    private static Tree convert(Node node, String label, List<Problem> problems) {
        Tree.Location at = new Tree.Location(label, node.getStartMark().map(Mark::getLine).orElse(-1) + 1);
        if (node instanceof ScalarNode s) return new Tree.Scalar(s.getValue(), at);
        if (node instanceof SequenceNode seq) {
            List<Tree> items = new ArrayList<>();
            for (Node n : seq.getValue()) items.add(convert(n, label, problems));
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
            entries.put(key.getValue(), convert(t.getValueNode(), label, problems));
            keys.put(key.getValue(), keyAt);
        }
        return new Tree.Mapping(entries, keys, at);
    }
}
