package org.ministerial.cli;

import org.ministerial.batch.ResultsFolder;
import org.ministerial.scenario.Scenario;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Where a command writes its results folder. */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "results folder (default: results/<scenario-name>/<yyyyMMdd-HHmmss>/)")
    Path out;

    /** The folder to write to, created if needed: {@code --out} as given, or a new timestamped folder. */
    public Path folder(Scenario scenario) throws IOException {
        if (out != null) return Files.createDirectories(out);
        return ResultsFolder.create(ResultsFolder.DEFAULT_BASE, scenario.name(), LocalDateTime.now());
    }
}
