package org.ministerial.cli;

import org.ministerial.batch.BatchSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Options shared by the study commands: batch size, seed, threads, overrides and the study folder. */
public final class StudyOptions {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "runs per batch (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = SeedConverter.class, description = "base seed of every batch (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "K", description = ExecutionOptions.THREADS)
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "study folder: one results folder per batch, plus study.csv and study.md")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", converter = Setting.Converter.class,
            description = "override applied to every batch (repeatable)")
    List<Setting> settings = new ArrayList<>();

    @Option(names = "--force", description = "replace batches in the study folder that hold the finished results "
            + "of a different command (without it such a folder is refused)")
    boolean force;

    /** The settings of each batch; {@code --runs} or {@code --threads} below 1 is a usage error. */
    BatchSettings batch(CommandSpec spec) {
        if (runs < 1) throw new ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
        return new BatchSettings(runs, seed, ExecutionOptions.checkedThreads(spec, threads),
                org.ministerial.batch.Shard.ALL, true, force);
    }

    Map<String, String> overrides() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting s : settings) map.put(s.key(), s.value());
        return map;
    }

    /**
     * Refuses, before any batch runs, a study folder that would lose or mix what it holds: a file of that name (as a
     * batch refuses it), a results folder (a batch's or another command's, which holds a {@code manifest.json}), or
     * the folder of another study (its {@code study.md} made by another command), unless {@code --force}.
     *
     * @param command the study's command as its {@code study.md} records it
     */
    void checkOut(String command) throws java.io.IOException, UserInputException {
        if (java.nio.file.Files.isRegularFile(out)) throw new java.nio.file.FileAlreadyExistsException(out.toString());
        if (java.nio.file.Files.exists(out.resolve(org.ministerial.batch.ResultsSchema.MANIFEST_FILE)))
            throw new UserInputException(out + " holds the results of a batch or another command (its manifest.json):"
                    + " a study writes a folder per batch and its tables into a folder of its own; give another --out");
        Path table = out.resolve(org.ministerial.batch.AnalysisSchema.Study.MARKDOWN_FILE);
        if (!java.nio.file.Files.isRegularFile(table)) return;
        String made;
        try (var lines = java.nio.file.Files.lines(table)) {
            made = lines.findFirst().orElse("");
        }
        if (made.equals(StudyOutput.madeBy(command))) return;
        if (!force)
            throw new UserInputException(out + " holds another study (" + made + "): give another --out, or --force"
                    + " to replace it (its tables, figures and batches)");
        // replaced whole: no batch, table or figure of the other study is left to be read as this one's
        org.ministerial.batch.StudyFolder.remove(out);
    }
}
