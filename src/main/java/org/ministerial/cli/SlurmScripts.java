package org.ministerial.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two batch scripts of a sweep on Slurm: a job array with one task per shard, each running
 * {@code ministerial sweep EXPERIMENT --shard $SLURM_ARRAY_TASK_ID/N} into its own part folder (N is written into the
 * script: {@code SLURM_ARRAY_TASK_COUNT} would be 1 for a single task resubmitted with {@code --array=I}), and a
 * merge job that joins the parts (submitted to start after the array succeeds). A task that is requeued or
 * resubmitted resumes its shard, since it runs the same command on the same folder.
 *
 * @param name       the experiment's name (for job names)
 * @param experiment the experiment file, absolute
 * @param launcher   the {@code ministerial} launcher, absolute
 * @param workdir    the folder the jobs run in (where {@code slurm} was called)
 * @param out        the merged results folder; parts go to {@code out/parts}, scripts and logs to {@code out/slurm}
 * @param shards     number of shards (array tasks)
 * @param cpus       CPUs per task, and worker threads of each shard
 * @param time       a time limit per task ({@code --time}), or null
 * @param partition  a partition ({@code --partition}), or null
 */
record SlurmScripts(String name, Path experiment, Path launcher, Path workdir, Path out, int shards, int cpus,
                    String time, String partition) {
    /** sbatch's time formats: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS, or UNLIMITED. */
    private static final java.util.regex.Pattern TIME =
            java.util.regex.Pattern.compile("\\d+(-\\d+)?(:\\d+){0,2}|UNLIMITED|unlimited|INFINITE|infinite");
    private static final java.util.regex.Pattern PARTITION = java.util.regex.Pattern.compile("[A-Za-z0-9._,-]+");

    /**
     * Every value that reaches a script is checked here, so that none can add a line to it: no control characters
     * anywhere, and {@code --time} and {@code --partition} in the forms sbatch takes. Paths are quoted for the
     * shell where they are words of a command, and written between double quotes in {@code #SBATCH} lines, which
     * sbatch reads without a shell (so a path holding {@code "} is refused there).
     */
    SlurmScripts {
        for (Path p : new Path[]{experiment, launcher, workdir, out}) requirePrintable(p.toString(), "path " + p);
        requirePrintable(name, "experiment name");
        if (time != null && !TIME.matcher(time).matches())
            throw new IllegalArgumentException("--time '" + printable(time) + "' is not a Slurm time limit "
                    + "(minutes, HH:MM:SS, D-HH:MM:SS or UNLIMITED)");
        if (partition != null && !PARTITION.matcher(partition).matches())
            throw new IllegalArgumentException("--partition '" + printable(partition) + "' may hold only letters, "
                    + "digits and . _ , -");
        if (out.toString().contains("\""))
            throw new IllegalArgumentException("the results folder " + out + " holds a double quote, which an "
                    + "#SBATCH --output line cannot carry; choose another --out");
    }

    private static void requirePrintable(String s, String what) {
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f))
            throw new IllegalArgumentException(what.replaceAll("\\p{Cntrl}", "?") + " holds a control character "
                    + "(a line break or tab), which must not reach a batch script");
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }

    Path folder() {
        return out.resolve("slurm");
    }

    Path arrayScript() {
        return folder().resolve("sweep.sbatch");
    }

    Path mergeScript() {
        return folder().resolve("merge.sbatch");
    }

    Path part(int shard) {
        return out.resolve("parts").resolve("shard-" + shard);
    }

    String array() {
        List<String> lines = header("ministerial-" + name, "sweep.sbatch: one array task per shard");
        lines.add("#SBATCH --array=0-" + (shards - 1));
        lines.add("#SBATCH --cpus-per-task=" + cpus);
        lines.add("#SBATCH --output=\"" + folder().resolve("logs").toString().replace("%", "%%") + "/shard-%a.out\"");
        options(lines);
        lines.add("set -euo pipefail");
        lines.add("cd " + quote(workdir.toString()));
        // the count is written here rather than read from SLURM_ARRAY_TASK_COUNT, which is 1 when a single failed
        // task is resubmitted with sbatch --array=I
        lines.add("# shard I of " + shards + "; fixed here so that resubmitting one task (sbatch --array=I) keeps it");
        lines.add("shard=\"${SLURM_ARRAY_TASK_ID}/" + shards + "\"");
        lines.add("exec " + quote(launcher.toString()) + " sweep " + quote(experiment.toString())
                + " --shard \"$shard\" --threads \"${SLURM_CPUS_PER_TASK:-" + cpus + "}\" --out "
                + quote(out.resolve("parts") + "/shard-") + "\"${SLURM_ARRAY_TASK_ID}\"");
        return String.join("\n", lines) + "\n";
    }

    String merge() {
        List<String> lines = header("ministerial-" + name + "-merge", "merge.sbatch: joins the shards' parts");
        lines.add("#SBATCH --cpus-per-task=1");
        lines.add("#SBATCH --output=\"" + folder().resolve("logs").toString().replace("%", "%%") + "/merge.out\"");
        options(lines);
        lines.add("set -euo pipefail");
        lines.add("cd " + quote(workdir.toString()));
        StringBuilder command = new StringBuilder("exec " + quote(launcher.toString()) + " merge");
        for (int i = 0; i < shards; i++) command.append(" \\\n  ").append(quote(part(i).toString()));
        command.append(" \\\n  --out ").append(quote(out.toString()));
        lines.add(command.toString());
        return String.join("\n", lines) + "\n";
    }

    private List<String> header(String job, String what) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("# " + what + ", written by `ministerial slurm` for the experiment " + experiment);
        lines.add("#SBATCH --job-name=" + job.replaceAll("[^A-Za-z0-9._-]", "_"));
        return lines;
    }

    private void options(List<String> lines) {
        if (time != null) lines.add("#SBATCH --time=" + time);
        if (partition != null) lines.add("#SBATCH --partition=" + partition);
    }

    /** A word for the shell, in single quotes. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
