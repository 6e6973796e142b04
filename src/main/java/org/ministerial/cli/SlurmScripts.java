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
        lines.add("#SBATCH --output=" + folder().resolve("logs") + "/shard-%a.out");
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
        lines.add("#SBATCH --output=" + folder().resolve("logs") + "/merge.out");
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
