package org.ministerial.batch;

import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A whole batch, from scenario to finished results folder: the one entry point the command line (and any other
 * front end) needs. A single run is a batch of one, so {@code run} and {@code batch} produce the same files and
 * {@code run --seed S} reproduces run 0 of {@code batch --seed S}.
 */
public final class Batch {
    private Batch() {
    }

    /**
     * Runs the batch and writes its results folder.
     *
     * @param folder   the results folder (created if missing; files of the same names are replaced)
     * @param progress told after each run is written
     * @param observer also sees every run, in order, after it is written (e.g. to print a single run); may be null
     * @return the summary of the batch
     */
    public static Summary execute(Scenario scenario, BatchSettings settings, Path folder, ProgressListener progress,
                                  RunSink observer) throws IOException, InterruptedException {
        return execute(scenario, settings, folder, progress, observer,
                new BatchRunner(scenario.spec(), settings.runs(), settings.baseSeed(), settings.threads()));
    }

    /** As {@link #execute(Scenario, BatchSettings, Path, ProgressListener, RunSink)}, with another model. */
    public static Summary execute(Scenario scenario, BatchSettings settings, Path folder, ProgressListener progress,
                                  RunSink observer, BatchRunner.Model model) throws IOException, InterruptedException {
        return execute(scenario, settings, folder, progress, observer, new BatchRunner(scenario.spec(),
                settings.runs(), settings.baseSeed(), settings.threads(), model));
    }

    private static Summary execute(Scenario scenario, BatchSettings settings, Path folder, ProgressListener progress,
                                   RunSink observer, BatchRunner runner) throws IOException, InterruptedException {
        OffsetDateTime started = OffsetDateTime.now();
        try (ResultsWriter out = ResultsWriter.open(folder, scenario)) {
            RunSink sink = observer == null ? out : run -> {
                out.accept(run);
                observer.accept(run);
            };
            runner.run(sink, progress == null ? ProgressListener.NONE : progress);
            out.finish(Manifest.of(scenario, settings, started, OffsetDateTime.now()));
            return out.summary();
        }
    }
}
