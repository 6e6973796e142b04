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

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            // JMH's own options, parsed by JMH; the launcher's daemon control (.ci/daemon-check.sh runs it)
            if (args.get(0).equals("bench") || args.get(0).equals("daemon")) continue;
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

    /**
     * Every concrete documented command runs to the end and exits 0, in the order the docs give them (a sweep before
     * the sensitivity analysis of its folder), writing below a temporary folder instead of {@code results/}. Left
     * out, each covered elsewhere: {@code bench} (JMH; CI builds the benchmarks), {@code gui} (needs a screen: the
     * GUI acceptance test opens it), {@code daemon} (the launcher's, not the program's: .ci/daemon-check.sh runs it),
     * {@code calibrate} (86,000 runs; CalibrationTest runs the method, and its
     * record's figures are drawn from results/validation/cancun-abc instead of the folder it would write).
     */
    @Test
    void everyConcreteDocumentedCommandRuns(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        java.util.Set<String> done = new java.util.HashSet<>();
        int ran = 0;
        for (String entry : commands()) {
            String c = entry.substring(entry.indexOf(": ") + 2);
            List<String> args = new ArrayList<>(words(c.substring("bin/ministerial ".length())));
            String command = args.get(0);
            if (command.equals("bench") || command.equals("gui") || command.equals("calibrate")
                    || command.equals("daemon")) continue;
            if (!done.add(String.join(" ", args))) continue; // the same command shown in two documents
            if (command.equals("plot") && args.get(1).equals("results/cancun-abc"))
                args.set(1, "results/validation/cancun-abc");
            int out = args.indexOf("--out");
            for (int i = 1; i < args.size(); i++)
                if (args.get(i).startsWith("results/") && !args.get(i).startsWith("results/validation/cancun-abc"))
                    args.set(i, tmp.resolve(args.get(i)).toString());
            if (out < 0 && !command.equals("sensitivity")) { // sensitivity writes into the sweep's folder
                String name = command.equals("sweep") ? "results/" + Path.of(args.get(1)).getFileName().toString()
                        .replace(".yaml", "") : "out-" + ran;
                args.addAll(List.of("--out", tmp.resolve(name).toString()));
            }
            CliHarness h = new CliHarness();
            assertEquals(0, h.run(args.toArray(String[]::new)), entry + "\n" + h.err);
            ran++;
        }
        assertTrue(ran >= 8, "the docs' concrete commands that can run here: " + ran);
    }

    /** Words as a shell splits them, quotes removed. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(s);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return out;
    }
}
