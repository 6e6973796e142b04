package org.ministerial.batch;

import org.ministerial.scenario.Scenario;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Streams the runs of a batch into a results folder: the three CSV tables row by row, and {@code summary.json} and
 * {@code manifest.json} at the end. Every file is published by an atomic rename only when the batch has finished;
 * closing without {@link #finish} leaves no partial files behind.
 */
public final class ResultsWriter implements RunSink, Closeable {
    /**
     * File names, in the order they are published (the manifest last, as the mark of a complete folder); scenarios
     * with a two-tier rule or a bilateral track add {@code commitments.csv} after {@code coalitions.csv}.
     */
    public static final List<String> FILES = List.of("runs.csv", "rounds.csv", "coalitions.csv", "summary.json",
            "manifest.json");

    private final Path folder;
    private final Scenario scenario;
    private final List<CsvTable> tables;
    private final Summary summary = new Summary();

    private ResultsWriter(Path folder, Scenario scenario, List<CsvTable> tables) {
        this.folder = folder;
        this.scenario = scenario;
        this.tables = tables;
    }

    /** Opens the writers in {@code folder}, creating it if needed. */
    public static ResultsWriter open(Path folder, Scenario scenario) throws IOException {
        Files.createDirectories(folder);
        RunsTable runs = new RunsTable(folder.resolve("runs.csv"), scenario.spec(), scenario.overrides());
        try {
            RoundsTable rounds = new RoundsTable(folder.resolve("rounds.csv"), scenario.spec());
            try {
                CoalitionsTable coalitions = new CoalitionsTable(folder.resolve("coalitions.csv"), scenario.spec());
                if (!CommitmentsTable.appliesTo(scenario.spec()))
                    return new ResultsWriter(folder, scenario, List.of(runs, rounds, coalitions));
                CommitmentsTable commitments = new CommitmentsTable(folder.resolve(CommitmentsTable.FILE),
                        scenario.spec());
                return new ResultsWriter(folder, scenario, List.of(runs, rounds, coalitions, commitments));
            } catch (IOException | RuntimeException e) {
                rounds.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            runs.close();
            throw e;
        }
    }

    @Override
    public void accept(CompletedRun run) throws IOException {
        for (CsvTable t : tables) t.write(run);
        summary.add(run);
    }

    /** The summary of the runs accepted so far. */
    public Summary summary() {
        return summary;
    }

    public Path folder() {
        return folder;
    }

    /** Publishes the tables and writes {@code summary.json} and then {@code manifest.json}. */
    public void finish(Map<String, Object> manifest) throws IOException {
        for (CsvTable t : tables) t.commit();
        Json.write(folder.resolve("summary.json"), SummaryJson.of(scenario.name(), summary));
        Json.write(folder.resolve("manifest.json"), manifest);
    }

    /** Deletes the temporary files of any table not yet published. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (CsvTable t : tables) {
            try {
                t.close();
            } catch (IOException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }
}
