package org.ministerial.batch;

import org.ministerial.scenario.Scenario;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the runs of a batch into the CSV tables of a results folder, row by row, under hidden temporary
 * names; {@link #publishTables()} renames them into place when every run is written. Closing without publishing
 * leaves no partial files behind, unless the writer is resumable: then the temporary files and the
 * {@link Journal} stay, and a restarted batch continues after the last committed run. The summary and manifest are
 * written afterwards by {@link Execution}, from the published {@code runs.csv}.
 *
 * <p>A resumable writer commits (forces the tables to disk and records their lengths in the journal) about every
 * {@link #COMMIT_MILLIS} ms, so a crash costs at most that much work plus the runs in flight.
 */
public final class ResultsWriter implements RunSink, Closeable {
    /**
     * File names, in the order they are published (the manifest last, as the mark of a complete folder; groups.csv
     * first, before the tables are renamed into place); scenarios with a two-tier rule or a bilateral track add
     * {@code commitments.csv.gz} after the tables, and a batch recorded with {@code --record actors} adds
     * {@code actors.csv.gz} after those.
     */
    public static final List<String> FILES = List.of(ResultsSchema.Runs.FILE, ResultsSchema.Rounds.FILE,
            ResultsSchema.Coalitions.FILE, ResultsSchema.Rejections.FILE, ResultsSchema.Groups.FILE,
            ResultsSchema.SUMMARY_FILE, ResultsSchema.MANIFEST_FILE);
    /** The tables written run by run, in the order they are published. */
    static final List<String> TABLES = FILES.subList(0, 4);
    /**
     * Longest time between two commits of a resumable writer, in milliseconds: 1000, or the system property
     * {@code ministerial.commit.millis} (commit less often on a slow network file system, more often in tests).
     */
    static final long COMMIT_MILLIS = Math.max(0, Long.getLong("ministerial.commit.millis", 1000));

    private final Path folder;
    private final RunPlan plan;
    private final RunsTable runs;
    private final List<CsvTable> tables;
    private final Journal start;
    private final boolean resumable;
    private final long commitNanos;
    private int accepted;
    private boolean published;
    private long lastCommit = System.nanoTime();

    private ResultsWriter(Path folder, RunPlan plan, RunsTable runs, List<CsvTable> tables, Journal start, boolean resumable,
                          long commitMillis) {
        this.commitNanos = commitMillis * 1_000_000;
        this.folder = folder;
        this.plan = plan;
        this.runs = runs;
        this.tables = tables;
        this.start = start;
        this.resumable = resumable;
        this.accepted = start.committed();
    }

    /** Opens fresh, non-resumable writers in {@code folder}, creating it if needed. */
    public static ResultsWriter open(Path folder, Scenario scenario) throws IOException {
        RunPlan plan = new ScenarioPlan(scenario.spec(), 0, 0, scenario.overrides());
        return open(folder, plan, Journal.fresh(""), false, COMMIT_MILLIS);
    }

    /**
     * Opens the writers of {@code plan} in {@code folder}, continuing the unfinished tables {@code journal} describes
     * (or starting them, for a fresh journal). A resumable writer records the journal at once, and again whenever
     * {@code commitMillis} have passed since.
     */
    static ResultsWriter open(Path folder, RunPlan plan, Journal journal, boolean resumable, long commitMillis)
            throws IOException {
        Files.createDirectories(folder);
        List<CsvTable> opened = new ArrayList<>();
        try {
            RunsTable runs = new RunsTable(folder.resolve(TABLES.get(0)), plan, journal.length(TABLES.get(0)),
                    journal.metrics());
            opened.add(runs);
            opened.add(new RoundsTable(folder.resolve(TABLES.get(1)), plan.issues(), journal.length(TABLES.get(1))));
            opened.add(new CoalitionsTable(folder.resolve(TABLES.get(2)), journal.length(TABLES.get(2))));
            opened.add(new RejectionsTable(folder.resolve(TABLES.get(3)), plan.issues(),
                    journal.length(TABLES.get(3))));
            if (CommitmentsTable.appliesTo(plan))
                opened.add(new CommitmentsTable(folder.resolve(ResultsSchema.Commitments.FILE), plan,
                        journal.length(ResultsSchema.Commitments.FILE)));
            if (plan instanceof ActorsTable.Recording recording)
                opened.add(new ActorsTable(folder.resolve(ResultsSchema.Actors.FILE), recording,
                        journal.length(ResultsSchema.Actors.FILE)));
            else if (journal.committed() == 0) Files.deleteIfExists(folder.resolve(ResultsSchema.Actors.FILE));
            ResultsWriter writer = new ResultsWriter(folder, plan, runs, List.copyOf(opened), journal, resumable,
                    commitMillis);
            if (resumable) writer.commit(false);
            return writer;
        } catch (IOException | RuntimeException e) {
            for (CsvTable t : opened) t.release();
            throw e;
        }
    }

    /**
     * The run with its rows of every table encoded: thread-safe, called by the worker that made the run so that the
     * writer thread only appends bytes.
     */
    public CompletedRun encode(CompletedRun run) {
        byte[][] encoded = new byte[tables.size()][];
        for (int t = 0; t < encoded.length; t++) encoded[t] = tables.get(t).encode(run);
        return run.with(new EncodedRows(this, encoded));
    }

    @Override
    public void accept(CompletedRun run) throws IOException {
        for (int t = 0; t < tables.size(); t++)
            tables.get(t).write(run, run.rows() == null ? null : run.rows().table(this, t));
        accepted++;
        if (resumable && System.nanoTime() - lastCommit >= commitNanos) commit(false);
    }

    public Path folder() {
        return folder;
    }

    /** Runs of the shard whose rows are durable (resumable writers) or written. */
    int committed() {
        return accepted - runs.heldBack();
    }

    private void commit(boolean complete) throws IOException {
        Map<String, Long> lengths = new LinkedHashMap<>();
        for (CsvTable t : tables) lengths.put(t.target().getFileName().toString(), t.sync());
        new Journal(start.identity(), committed(), lengths, runs.metrics(), complete, start.resumedAt())
                .write(folder);
        lastCommit = System.nanoTime();
    }

    /**
     * Writes the header if no run succeeded and {@code groups.csv}, then renames the tables into place. A resumable writer first records
     * that every run is written, so that a crash during the renames is finished by {@link #publishRest}.
     */
    public void publishTables() throws IOException {
        runs.flushHeldBack();
        GroupsFile.write(folder, plan);
        if (resumable) commit(true);
        for (CsvTable t : tables) t.commit();
        published = true;
    }

    /** Renames the tables a crashed publication left under their temporary names. */
    static void publishRest(Path folder, Journal journal) throws IOException {
        List<String> names = new ArrayList<>(TABLES);
        if (journal.length(ResultsSchema.Commitments.FILE) > 0) names.add(ResultsSchema.Commitments.FILE);
        if (journal.length(ResultsSchema.Actors.FILE) > 0) names.add(ResultsSchema.Actors.FILE);
        for (String name : names) {
            Path target = folder.resolve(name);
            Path temp = AtomicFile.tempOf(target);
            if (Files.exists(temp)) {
                new AtomicFile(target, journal.length(name)).commit();
            } else if (!Files.exists(target) || Files.size(target) != journal.length(name)) {
                throw new IOException(folder + ": " + name + " is missing or damaged after an interrupted"
                        + " publication; delete the folder to start over");
            }
        }
    }

    /** Deletes the temporary tables and the journal of an unfinished folder. */
    static void discard(Path folder) throws IOException {
        for (String name : TABLES) Files.deleteIfExists(AtomicFile.tempOf(folder.resolve(name)));
        Files.deleteIfExists(AtomicFile.tempOf(folder.resolve(ResultsSchema.Commitments.FILE)));
        Files.deleteIfExists(AtomicFile.tempOf(folder.resolve(ResultsSchema.Actors.FILE)));
        Journal.delete(folder);
    }

    /**
     * Closes the tables. Unpublished temporary files are deleted, except by a resumable writer, which keeps them and
     * its journal for a restart. (It does not commit here: after a failed write the tables may end in a partial run,
     * and the last commit is the consistent state to resume from.)
     */
    @Override
    public void close() throws IOException {
        if (published) return;
        IOException first = null;
        for (CsvTable t : tables) {
            try {
                if (resumable) t.release();
                else t.close();
            } catch (IOException e) {
                if (first == null) first = e;
                else first.addSuppressed(e);
            }
        }
        if (first != null) throw first;
    }
}
