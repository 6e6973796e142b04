package org.ministerial.cli;

import org.ministerial.batch.BuildInfo;
import org.ministerial.batch.ResultsFolder;
import org.ministerial.experiment.Experiment;
import org.ministerial.experiment.ExperimentReader;
import org.ministerial.experiment.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code ministerial slurm}: writes the Slurm batch scripts of a sweep (a job array, one task per shard, and a merge
 * job) and, with {@code --submit}, submits both, the merge to start when every shard has succeeded.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write sbatch scripts that run an experiment as a Slurm job array (one task per shard) and "
                + "merge the parts; --submit submits them.",
                "Layout: OUT/slurm/ (scripts, logs), OUT/parts/shard-I/ (each task's part), OUT/ (the merged "
                        + "results)."})
public final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment file (YAML)")
    Path file;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "10",
            description = "array tasks, one shard each (default: ${DEFAULT-VALUE}, at most the number of runs)")
    int shards;

    @Option(names = "--cpus", paramLabel = "K", defaultValue = "1",
            description = "CPUs per task, used as worker threads (default: ${DEFAULT-VALUE})")
    int cpus;

    @Option(names = "--time", paramLabel = "LIMIT", description = "time limit per task, as sbatch --time takes it")
    String time;

    @Option(names = "--partition", paramLabel = "NAME", description = "the partition to submit to")
    String partition;

    @Option(names = "--out", paramLabel = "DIR",
            description = "the merged results folder (default: results/<experiment-name>/)")
    Path out;

    @Option(names = "--launcher", paramLabel = "PATH",
            description = "the ministerial launcher the tasks run (default: bin/ministerial of this installation)")
    Path launcher;

    @Option(names = "--submit", description = "submit the array and the merge job with sbatch")
    boolean submit;

    @Option(names = "--sbatch", paramLabel = "CMD", defaultValue = "sbatch",
            description = "the sbatch command (default: ${DEFAULT-VALUE})")
    String sbatch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (shards < 1) throw new ParameterException(spec.commandLine(), "--shards must be at least 1");
        if (cpus < 1) throw new ParameterException(spec.commandLine(), "--cpus must be at least 1");
        Experiment experiment = ExperimentReader.read(file);
        SweepPlan plan = SweepPlan.of(experiment);
        int n = Math.min(shards, plan.size());
        Path self = launcher != null ? launcher
                : BuildInfo.home() == null ? null : BuildInfo.home().resolve("bin").resolve("ministerial");
        if (self == null || !Files.isExecutable(self))
            throw new UserInputException("cannot find the ministerial launcher" + (self == null ? "" : " " + self)
                    + "; run this command through bin/ministerial or give --launcher PATH");
        Path folder = (out != null ? out : ResultsFolder.DEFAULT_BASE.resolve(ResultsFolder.safe(experiment.name())))
                .toAbsolutePath().normalize();
        SlurmScripts scripts;
        try {
            scripts = new SlurmScripts(experiment.name(), file.toAbsolutePath().normalize(),
                    self.toAbsolutePath().normalize(), Path.of("").toAbsolutePath(), folder, n, cpus, time, partition);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Files.createDirectories(scripts.folder().resolve("logs"));
        Files.writeString(scripts.arrayScript(), scripts.array(), StandardCharsets.UTF_8);
        Files.writeString(scripts.mergeScript(), scripts.merge(), StandardCharsets.UTF_8);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("experiment: %s, %d runs in %d shards of about %d runs%n", experiment.name(), plan.size(), n,
                (plan.size() + n - 1) / n);
        o.println("wrote " + scripts.arrayScript());
        o.println("wrote " + scripts.mergeScript());
        if (!submit) {
            // quoted, so that the line can be pasted into a shell whatever the paths hold
            String q = SlurmScripts.quote(sbatch);
            o.println("submit with: jobid=$(" + q + " --parsable " + SlurmScripts.quote(scripts.arrayScript().toString())
                    + ") && " + q + " --dependency=afterok:\"$jobid\" --kill-on-invalid-dep=yes "
                    + SlurmScripts.quote(scripts.mergeScript().toString()));
        } else {
            String array = submit(List.of(sbatch, "--parsable", scripts.arrayScript().toString()));
            String merge = submit(List.of(sbatch, "--parsable", "--dependency=afterok:" + array,
                    "--kill-on-invalid-dep=yes", scripts.mergeScript().toString()));
            o.println("submitted job array " + array + " (" + n + " tasks) and merge job " + merge);
            o.println("watch with: squeue -j " + array + "," + merge);
        }
        o.println("results (after the merge job): " + folder);
        o.flush();
        return 0;
    }

    /** Runs sbatch and returns the job id it prints ({@code --parsable}: {@code id} or {@code id;cluster}). */
    private static String submit(List<String> command) throws IOException, InterruptedException, UserInputException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UserInputException("cannot run " + command.get(0) + " (" + e.getMessage() + "); submit the "
                    + "scripts on a machine with Slurm");
        }
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new UserInputException(String.join(" ", command) + " failed: " + output);
        String id = output.lines().reduce((a, b) -> b).orElse("").split(";")[0].strip();
        if (!id.matches("\\d+(_\\d+)?"))
            throw new UserInputException(command.get(0) + " printed no job id: " + output);
        return id;
    }
}
