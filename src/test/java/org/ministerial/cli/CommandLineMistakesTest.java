package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees after a mistake on the command line or with an output path: a short message in words, no Java
 * class names, no screenful of help, and the exit code the README gives (2 for the command line, 1 otherwise).
 */
class CommandLineMistakesTest {
    private static final String TEXTBOOK = "scenarios/textbook.yaml";

    @TempDir
    Path tmp;

    /** Runs {@code args} in a fresh harness, returning it to read what was printed. */
    private static CliHarness run(int expectedExit, String... args) {
        CliHarness cli = new CliHarness();
        int code = cli.run(args);
        assertEquals(expectedExit, code, String.join(" ", args) + "\n" + cli.out + cli.err);
        return cli;
    }

    /** A one-point experiment on the textbook scenario; {@code set} is its {@code set:} section, or "". */
    private Path experiment(String name, String set) throws IOException {
        return Files.writeString(tmp.resolve(name + ".yaml"), """
                name: %s
                scenario: %s
                %s
                seed: 1
                replications: 1
                parameters:
                  parameters.chair.agenda_power: [0.5]
                """.formatted(name, Path.of(TEXTBOOK).toAbsolutePath(), set));
    }

    /** A small finished batch in {@code tmp/batch}. */
    private Path finishedBatch() {
        Path folder = tmp.resolve("batch");
        run(0, "batch", TEXTBOOK, "--runs", "3", "--out", folder.toString());
        return folder;
    }

    @Test
    void anEmptyPathIsAUsageErrorForEveryCommand() throws IOException {
        Path table = Files.writeString(tmp.resolve("t.csv"), "Actor,Capability,Position,Salience\nA,1,0,1\nB,1,100,1\n");
        Path sweep = experiment("e", "");
        List<List<String>> commands = List.of(
                List.of("batch", TEXTBOOK, "--runs", "2", "--out", ""),
                List.of("run", TEXTBOOK, "--out", ""),
                List.of("sweep", sweep.toString(), "--out", ""),
                List.of("compare", TEXTBOOK, "--runs", "2", "--out", ""),
                List.of("import", table.toString(), "--out", ""),
                List.of("merge", tmp.toString(), "--out", ""),
                List.of("plot", tmp.toString(), "--out", ""),
                List.of("validate", ""));
        for (List<String> args : commands) {
            CliHarness cli = run(2, args.toArray(String[]::new));
            assertTrue(cli.err.toString().contains("an empty path names no file or folder"), args + ": " + cli.err);
        }
        // nothing was written where an empty --out would have put it, the current folder
        assertFalse(Files.exists(Path.of("runs.csv")));
        assertFalse(Files.exists(Path.of("manifest.json")));
    }

    @Test
    void anOutputPathTakenByAFileIsNamedInWords() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "not a folder\n");
        Path table = Files.writeString(tmp.resolve("t.csv"),
                "Actor,Capability,Position,Salience\nUSA,1,0,1\nBRA,1,100,1\n");
        List<List<String>> commands = List.of(
                List.of("batch", TEXTBOOK, "--runs", "2", "--out", file.toString()),
                List.of("batch", TEXTBOOK, "--runs", "2", "--out", file.resolve("sub").toString()),
                List.of("run", TEXTBOOK, "--out", file.toString()),
                List.of("sweep", experiment("e", "").toString(), "--out", file.toString()),
                List.of("compare", TEXTBOOK, "--runs", "2", "--out", file.toString()),
                List.of("robustness", TEXTBOOK, "--parameters", "chair.patience", "--runs", "2", "--out", file.toString()),
                List.of("import", table.toString(), "--out", file.resolve("x.yaml").toString()),
                List.of("plot", finishedBatch().toString(), "--out", file.toString()));
        for (List<String> args : commands) {
            String err = run(1, args.toArray(String[]::new)).err.toString();
            assertEquals("error: " + file + ": is a file, not a folder", err.strip(), args.toString());
        }
        String err = run(1, "import", table.toString(), "--out", tmp.resolve("no/such/x.yaml").toString()).err.toString();
        assertEquals("error: " + tmp.resolve("no/such/x.yaml") + ": no such file or folder", err.strip());
        Path folder = Files.createDirectory(tmp.resolve("a-folder"));
        err = run(1, "import", table.toString(), "--out", folder.toString()).err.toString();
        assertEquals("error: " + folder + ": is a folder, not a file", err.strip());
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithItsFolder() throws IOException {
        // the tests may run as root, whom permissions do not stop: the exceptions are made here as the JDK makes them
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        assertEquals("cannot write in " + ro + ": permission denied",
                ErrorHandler.describe(new AccessDeniedException(ro.resolve(".lock").toString())));
        Path existing = Files.writeString(ro.resolve("outcomes.svg"), "<svg/>");
        assertEquals("cannot write " + existing + ": permission denied",
                ErrorHandler.describe(new AccessDeniedException(existing.toString())));
    }

    @Test
    void aFinishedBatchInAFolderWhoseLockCannotBeTakenIsReportedComplete() throws IOException {
        Path folder = finishedBatch();
        String[] batch = {"batch", TEXTBOOK, "--runs", "3", "--out", folder.toString()};
        // a read-only folder refuses the lock file; root may write anyway, so a folder named .lock stands in its way
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.createDirectory(folder.resolve(".lock"));
        try {
            CliHarness again = run(0, batch);
            assertTrue(again.out.toString().contains("already complete: " + folder), again.out.toString());
            // a different batch is not complete there: it is refused on the lock, in words
            String err = run(1, "batch", TEXTBOOK, "--runs", "4", "--out", folder.toString()).err.toString();
            assertTrue(err.startsWith("error: " + folder.resolve(".lock")), err);
            assertFalse(err.contains("Exception"), err);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aUsageErrorIsAShortMessageAndWhereTheHelpIs() {
        for (String[] args : List.of(new String[]{"batch", TEXTBOOK, "--runs", "0"},
                new String[]{"batch", TEXTBOOK, "--threads", "0"}, new String[]{"compare", TEXTBOOK, "--threads", "0",
                        "--out", tmp.toString()})) {
            List<String> lines = run(2, args).err.toString().lines().toList();
            assertEquals(2, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).contains("must be at least 1, got 0"), lines.get(0));
            assertEquals("see 'bin/ministerial " + args[0] + " --help'", lines.get(1));
        }
        String err = run(2, "batch", TEXTBOOK, "--rnus", "10").err.toString();
        assertTrue(err.contains("Unknown options: '--rnus', '10'"), err);
        assertTrue(err.contains("Did you mean: --runs?"), err);
        assertFalse(err.contains("Usage:"), err);
        err = run(2).err.toString();
        assertTrue(err.contains("see 'bin/ministerial --help'"), err);
    }

    @Test
    void anUnknownSetKeyIsAUsageErrorWithItsSuggestion() throws IOException {
        String err = run(2, "validate", TEXTBOOK, "--set", "parameters.chair.agenda_powr=0.5").err.toString();
        assertTrue(err.contains("did you mean 'parameters.chair.agenda_power'?"), err);
        assertTrue(err.contains("see 'bin/ministerial validate --help'"), err);
        err = run(2, "batch", TEXTBOOK, "--set", "nonsense=1", "--out", tmp.resolve("b").toString()).err.toString();
        assertTrue(err.contains("--set nonsense: unknown key 'nonsense'"), err);
        assertFalse(Files.exists(tmp.resolve("b")));
        // a value out of its range is checked where the file's are, and is as much a slip on the command line
        err = run(2, "validate", TEXTBOOK, "--set", "parameters.chair.agenda_power=7").err.toString();
        assertTrue(err.contains("parameter 'chair.agenda_power' = 7 is outside [0, 1]"), err);
        // the chair's parameters written as if they were the chair's section: pointed to where they belong
        err = run(2, "validate", TEXTBOOK, "--set", "chair.agenda_power=0.3").err.toString();
        assertTrue(err.contains("'agenda_power' is a model parameter, not a key of 'chair': set it under parameters"
                + " (--set parameters.chair.agenda_power=...)"), err);
        // the same key in an experiment file's set: is a problem of that file
        err = run(1, "sweep", experiment("bad-set", "set: {nonsense: 1}").toString(), "--out", tmp.resolve("s").toString())
                .err.toString();
        assertTrue(err.contains("bad-set.yaml"), err);
    }

    @Test
    void aMisspeltParameterInAScenarioFileGetsTheSuggestionSetGives() throws IOException {
        Path typo = Files.writeString(tmp.resolve("typo.yaml"),
                BadInputTableTest.VALID + "parameters:\n  coalitions:\n    similarty: 0.5\n");
        String err = run(1, "validate", typo.toString()).err.toString();
        assertTrue(err.contains("unknown parameter 'coalitions.similarty' (did you mean 'coalitions.similarity'?)"),
                err);
    }
}
