package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts {@code ministerial slurm} writes, run as Slurm would run them (bash, with the array variables set),
 * give the same files as the sweep run locally. (.ci/run checks the same on a real single-node Slurm cluster.)
 */
class SlurmCommandTest {
    private static final String TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int main(String... args) {
        return cli.run(args);
    }

    private Path executable(String name, String text) throws IOException {
        Path f = Files.writeString(tmp.resolve(name), text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }

    private Path experiment() throws IOException {
        return Files.writeString(tmp.resolve("exp.yaml"), """
                name: slurm-test
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.05}
                replications: 5
                parameters:
                  parameters.chair.agenda_power: [0.5, 1]
                """.replace("TEXTBOOK", TEXTBOOK));
    }

    /** A launcher that runs this build's classes, as bin/ministerial would run the jar. */
    private Path launcher() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return executable("ministerial", "#!/bin/sh\nexec '" + java + "' -Djava.awt.headless=true -cp '"
                + System.getProperty("java.class.path") + "' org.ministerial.cli.Main \"$@\"\n");
    }

    private static void bash(Path script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void theArrayAndMergeScriptsReproduceTheLocalSweep() throws Exception {
        Path exp = experiment();
        Path merged = tmp.resolve("merged");
        assertEquals(0, main("slurm", exp.toString(), "--shards", "3", "--cpus", "2", "--time", "00:10:00",
                "--launcher", launcher().toString(), "--out", merged.toString()), err.toString());
        Path array = merged.resolve("slurm/sweep.sbatch");
        String text = Files.readString(array);
        assertTrue(text.contains("#SBATCH --array=0-2") && text.contains("#SBATCH --cpus-per-task=2")
                && text.contains("#SBATCH --time=00:10:00") && text.contains("--shard \"$shard\""), text);
        for (int i = 0; i < 3; i++)
            bash(array, Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(i), "SLURM_ARRAY_TASK_COUNT", "3",
                    "SLURM_CPUS_PER_TASK", "2"));
        bash(merged.resolve("slurm/merge.sbatch"), Map.of());
        Path local = tmp.resolve("local");
        assertEquals(0, main("sweep", exp.toString(), "--out", local.toString()), err.toString());
        for (String f : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "design.csv", "points.csv",
                "summary.json"))
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
    }

    @Test
    void submitsTheArrayThenTheMergeAfterIt() throws Exception {
        Path log = tmp.resolve("sbatch.log");
        Path sbatch = executable("sbatch", "#!/bin/sh\necho \"$@\" >> '" + log + "'\n"
                + "if grep -q merge.sbatch '" + log + "'; then echo 102; else echo '101;cluster'; fi\n");
        assertEquals(0, main("slurm", experiment().toString(), "--shards", "4", "--launcher", launcher().toString(),
                "--out", tmp.resolve("r").toString(), "--submit", "--sbatch", sbatch.toString()), err.toString());
        List<String> calls = Files.readAllLines(log);
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).startsWith("--parsable ") && calls.get(0).endsWith("sweep.sbatch"), calls.get(0));
        assertTrue(calls.get(1).startsWith("--parsable --dependency=afterok:101 --kill-on-invalid-dep=yes ")
                && calls.get(1).endsWith("merge.sbatch"), calls.get(1));
        assertTrue(out.toString().contains("submitted job array 101 (4 tasks) and merge job 102"), out.toString());
    }

    @Test
    void noMoreShardsThanRunsAndAClearErrorWithoutALauncher() throws Exception {
        Path exp = experiment();
        assertEquals(0, main("slurm", exp.toString(), "--shards", "50", "--launcher", launcher().toString(),
                "--out", tmp.resolve("r").toString()));
        assertTrue(Files.readString(tmp.resolve("r/slurm/sweep.sbatch")).contains("--array=0-9"));
        assertEquals(1, main("slurm", exp.toString(), "--launcher", tmp.resolve("nothing").toString()));
        assertTrue(err.toString().contains("cannot find the ministerial launcher"), err.toString());
    }

    @Test
    void pathsWithSpacesQuotesDollarsAndBackticksReachTheScriptsIntactAndThePrintedLinePastes() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("a b 'q' $HOME `touch pwned` x"));
        Path exp = Files.copy(experiment(), odd.resolve("exp $1.yaml"));
        Path merged = odd.resolve("merged `x` $(y)");
        Path log = tmp.resolve("sbatch.log");
        Path sbatch = executable("sbatch", "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\" >> '" + log + "'; done\necho 7\n");
        assertEquals(0, main("slurm", exp.toString(), "--shards", "2", "--launcher", launcher().toString(),
                "--out", merged.toString(), "--sbatch", sbatch.toString()), err.toString());
        Path array = merged.resolve("slurm/sweep.sbatch");
        assertTrue(Files.readString(array).contains("#SBATCH --output=\"" + merged.resolve("slurm/logs") + "/shard-%a.out\""));
        for (int i = 0; i < 2; i++)
            bash(array, Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(i), "SLURM_CPUS_PER_TASK", "1"));
        bash(merged.resolve("slurm/merge.sbatch"), Map.of());
        assertTrue(Files.exists(merged.resolve("manifest.json")));
        assertTrue(!Files.exists(Path.of("pwned")) && !Files.exists(odd.resolve("pwned")), "a backtick ran");
        // the printed submit line, pasted into a shell, passes each script path as one word
        String line = out.toString().lines().filter(l -> l.startsWith("submit with: ")).findFirst().orElseThrow();
        Path paste = Files.writeString(tmp.resolve("paste.sh"), line.substring("submit with: ".length()) + "\n");
        bash(paste, Map.of());
        List<String> args = Files.readAllLines(log);
        assertEquals(List.of("--parsable", array.toString(), "--dependency=afterok:7", "--kill-on-invalid-dep=yes",
                merged.resolve("slurm/merge.sbatch").toString()), args);
    }

    @Test
    void valuesThatWouldAddALineToAScriptAreRefusedByName() throws Exception {
        Path exp = experiment();
        String launcher = launcher().toString();
        String[][] cases = {
                {"--time", "1:00:00\ntouch pwned", "--time '1:00:00?touch pwned' is not a Slurm time limit"},
                {"--time", "1:00:00; touch pwned", "is not a Slurm time limit"},
                {"--partition", "main\n#SBATCH --mem=1", "--partition 'main?#SBATCH --mem=1' may hold only"},
                {"--out", tmp.resolve("r\ntouch pwned").toString(), "holds a control character"},
                {"--out", tmp.resolve("say \"hi\"").toString(), "holds a double quote"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            List<String> args = new java.util.ArrayList<>(List.of("slurm", exp.toString(), "--launcher", launcher,
                    c[0], c[1]));
            if (!c[0].equals("--out")) args.addAll(List.of("--out", tmp.resolve("r").toString()));
            assertEquals(1, main(args.toArray(new String[0])), c[1]);
            assertTrue(err.toString().contains(c[2]), err.toString());
            assertTrue(!Files.exists(tmp.resolve("r/slurm/sweep.sbatch")), "no script is written: " + c[1]);
        }
        Path newline = Files.createDirectories(tmp.resolve("exp\ndir"));
        assertEquals(1, main("slurm", Files.copy(exp, newline.resolve("e.yaml")).toString(), "--launcher", launcher,
                "--out", tmp.resolve("r").toString()));
        assertTrue(err.toString().contains("holds a control character"), err.toString());
    }
}
