package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every concrete command the README and docs show (a {@code bin/ministerial} line without placeholders such as
 * SCENARIO or [--seed N]) names a command and options that exist, and the scenario and experiment files it names
 * exist: a renamed option or a moved file breaks this test, not a reader's first try.
 */
class DocumentedCommandsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[|\\.\\.\\.|\\$|\\b[A-Z]{2,}\\b|<");

    static List<String> commands() throws Exception {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int at = line.indexOf("bin/ministerial ");
                if (at != 0) continue;
                StringBuilder command = new StringBuilder(line);
                while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                    command.setLength(command.length() - 1);
                    command.append(lines.get(++i).strip());
                }
                String c = command.toString().replaceAll("\\s+#.*$", "").strip();
                if (c.endsWith("`") || c.contains("`")) continue; // inline code in prose
                // single-quoted values (--set 'k=[a, b]') are literal; anything else in capitals, brackets or $ is a placeholder
                if (PLACEHOLDER.matcher(c.replaceAll("'[^']*'", "")).find()) continue;
                out.add(f + ": " + c);
            }
        }
        return out;
    }

    @Test
    void everyConcreteDocumentedCommandParsesAndNamesFilesThatExist() throws Exception {
        List<String> commands = commands();
        assertTrue(commands.size() >= 15, "the docs show concrete commands: " + commands);
        for (String entry : commands) {
            String c = entry.substring(entry.indexOf(": ") + 2);
            List<String> args = words(c.substring("bin/ministerial ".length()));
            if (args.get(0).equals("bench")) continue; // JMH's own options, parsed by JMH
            try {
                CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
                assertTrue(parsed.hasSubcommand(), entry);
            } catch (CommandLine.ParameterException e) {
                fail(entry + ": " + e.getMessage());
            }
            for (String a : args)
                if (a.endsWith(".yaml") && !a.contains("=")) assertTrue(Files.exists(Path.of(a)), entry + ": no " + a);
        }
    }

    /** Words as a shell splits them, quotes removed. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(s);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return out;
    }
}
