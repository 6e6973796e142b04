package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the runs of a plan into a results folder, resumably: the engine under {@code batch} and {@code sweep}.
 *
 * <p>A folder is in one of three states. <em>Empty</em> (or holding finished results of something else, which only a
 * job that may replace them writes over): the runs start from the first. <em>Unfinished</em>, with a {@link Journal}:
 * if the journal names the same command (the same plan identity and shard) the runs continue after the last
 * committed one, and the final files are byte-identical to those of an uninterrupted run; if not (or if the folder
 * holds an unfinished calibration), the folder is refused with a {@link ResultsFolderException}.
 * <em>Complete</em>, with a {@code manifest.json} of the same plan and shard: nothing is run again.
 *
 * <p>Once every run is written the tables are published, then the {@link Finisher} writes the summary (from the
 * published {@code runs.csv}) and the manifest, and only then is the journal deleted. A crash at any point of that
 * sequence is finished by the next start.
 */
public final class Execution {
    /**
     * What a command writes after its tables: {@code summary.json} and any other derived file, then
     * {@code manifest.json} last.
     */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path folder, Timing timing) throws IOException;
    }

    /** Makes the progress display once the number of runs already written is known. */
    @FunctionalInterface
    public interface ProgressFactory {
        ProgressReporter open(int alreadyDone, int total);
    }

    /**
     * When the runs were made, for the manifest.
     *
     * @param started   when this process started on the folder
     * @param finished  when the last file but the manifest was written
     * @param resumedAt the number of runs already written at each restart, oldest first (empty if never interrupted)
     */
    public record Timing(OffsetDateTime started, OffsetDateTime finished, List<Integer> resumedAt) {
        public Timing {
            resumedAt = List.copyOf(resumedAt);
        }
    }

    /**
     * A command's runs.
     *
     * @param plan    the whole run list
     * @param shard   the share of it to make
     * @param planId  identity of everything that determines the results (inputs, seeds, program version), the same
     *                for every shard
     * @param threads worker threads
     * @param model   the model
     * @param resume  whether to continue unfinished results and keep finished ones; if false the job's own results
     *                (finished or not) are written anew, as {@code run} does
     * @param replace whether finished results of a different plan may be replaced; if not, such a folder is refused,
     *                so that a finished batch is never lost to a typo in a command. Unfinished results of a different
     *                plan are always refused: they are kept for the command that can resume them
     */
    public record Job(RunPlan plan, Shard shard, String planId, int threads, BatchRunner.Model model,
                      boolean resume, boolean replace) {
        /** A job that refuses to replace another plan's finished results. */
        public Job(RunPlan plan, Shard shard, String planId, int threads, BatchRunner.Model model, boolean resume) {
            this(plan, shard, planId, threads, model, resume, false);
        }
    }

    /**
     * What happened.
     *
     * @param runs            runs of the shard
     * @param resumedFrom     runs already written when this process started (0 for a fresh start)
     * @param alreadyComplete whether the folder was complete and nothing was run
     */
    public record Report(int runs, int resumedFrom, boolean alreadyComplete) {
    }

    private Execution() {
    }

    /** Makes the job's runs into {@code folder} and finishes it. */
    public static Report run(Job job, Path folder, ProgressFactory progress, RunSink observer, Finisher finisher)
            throws IOException, InterruptedException {
        return run(job, folder, progress, observer, finisher, ResultsWriter.COMMIT_MILLIS);
    }

    /** As {@link #run(Job, Path, ProgressFactory, RunSink, Finisher)}, committing every {@code commitMillis}. */
    static Report run(Job job, Path folder, ProgressFactory progress, RunSink observer, Finisher finisher,
                      long commitMillis) throws IOException, InterruptedException {
        try (FolderLock lock = lockUnlessDone(job, folder)) {
            if (lock == null) {
                int total = job.shard().size(job.plan().size());
                return new Report(total, total, true);
            }
            return runLocked(job, folder, progress, observer, finisher, commitMillis);
        } catch (IOException e) {
            throw ResultsFolder.explainFullDisk(e, folder, "the results",
                    "the runs written so far are kept: free some space and run the same command again to resume");
        }
    }

    /**
     * The folder's lock; or null when it cannot be taken, the folder being one this user cannot write in (read-only,
     * another user's), but it holds this very job's finished results, which need no writing: such a folder is
     * reported complete, as a writable one would be, rather than refused for its lock file.
     */
    private static FolderLock lockUnlessDone(Job job, Path folder) throws IOException {
        try {
            return FolderLock.acquire(folder);
        } catch (java.nio.file.FileSystemException e) {
            boolean done;
            try {
                done = job.resume() && Journal.read(folder).isEmpty() && isComplete(folder, job.planId(), job.shard());
            } catch (IOException unreadable) {
                done = false;
            }
            if (done) return null;
            throw e;
        }
    }

    private static Report runLocked(Job job, Path folder, ProgressFactory progress, RunSink observer,
                                    Finisher finisher, long commitMillis) throws IOException, InterruptedException {
        OffsetDateTime started = OffsetDateTime.now();
        String identity = job.planId() + " shard " + job.shard();
        int total = job.shard().size(job.plan().size());
        ResultsFolder.refuseUnfinishedCalibration(folder);
        ResultsFolder.refuseStudyFolder(folder);
        Optional<Journal> found = Journal.read(folder);
        if (found.isPresent() && !found.get().identity().equals(identity)) {
            // the journal keeps only a fingerprint of the stopped plan; the command noted beside it says what it was
            String startedBy = noteOf(folder);
            throw ResultsFolder.unfinishedOfAnother(folder,
                    "a batch or sweep, stopped before its last run, of other inputs, seed, runs, shard or program version"
                            + (startedBy == null ? "" : "; it was started by `" + startedBy + "`, which resumes it"));
        }
        if (found.isPresent() && !job.resume()) {
            // this very plan, stopped: a job that does not resume starts it afresh
            ResultsWriter.discard(folder);
            found = Optional.empty();
        }
        boolean same = found.isEmpty() && isComplete(folder, job.planId(), job.shard());
        if (same && job.resume()) return new Report(total, total, true);
        if (found.isEmpty() && !same && !job.replace() && Files.exists(folder.resolve(ResultsSchema.MANIFEST_FILE)))
            throw ResultsFolder.finishedOfAnother(folder);
        if (found.isEmpty() && !job.replace()) ResultsFolder.refuseForeignTables(folder);
        Journal journal;
        if (found.isPresent()) {
            Journal j = found.get();
            List<Integer> resumes = new ArrayList<>(j.resumedAt());
            resumes.add(j.committed());
            journal = new Journal(j.identity(), j.committed(), j.lengths(), j.metrics(), j.complete(), resumes);
        } else {
            // finished results are being replaced: no file of theirs (a sweep's design, a calibration's posterior,
            // figures plotted from them) may be left beside the new ones to be read as theirs
            if (Files.exists(folder.resolve(ResultsSchema.MANIFEST_FILE))) WrittenFiles.remove(folder);
            journal = Journal.fresh(identity);
        }
        if (journal.complete()) {
            ResultsWriter.publishRest(folder, journal);
        } else {
            try (ResultsWriter out = ResultsWriter.open(folder, job.plan(), journal, job.resume(), commitMillis)) {
                RunSink sink = observer == null ? out : run -> {
                    out.accept(run);
                    observer.accept(run);
                };
                try (ProgressReporter p = progress.open(journal.committed(), total)) {
                    new BatchRunner(job.plan(), job.shard(), journal.committed(), job.threads(), job.model())
                            .encodingWith(out::encode).run(sink, p);
                }
                out.publishTables();
            }
        }
        finisher.finish(folder, new Timing(started, OffsetDateTime.now(), journal.resumedAt()));
        Journal.delete(folder);
        return new Report(total, journal.committed(), false);
    }

    /**
     * The runs an unfinished folder keeps for a resume (its journal's committed count), or empty if it holds no
     * unfinished batch or sweep (or its journal cannot be read).
     */
    public static java.util.OptionalInt runsKept(Path folder) {
        try {
            return Journal.read(folder).map(j -> java.util.OptionalInt.of(j.committed()))
                    .orElse(java.util.OptionalInt.empty());
        } catch (IOException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /**
     * Notes the command line that writes an unfinished folder, for {@link #unfinished}; called while the command
     * holds the folder's lock. Best effort: without the note, the advice is to run the same command again.
     */
    public static void noteCommand(Path folder, String command) {
        try {
            Files.writeString(folder.resolve(WorkingFiles.Progress.COMMAND_FILE), command + "\n");
        } catch (IOException e) {
            // the note only improves a message
        }
    }

    /**
     * If {@code folder} holds the results of a stopped batch or sweep, what to tell a command that needs finished
     * results: {@code FOLDER: the batch or sweep writing it was stopped after N runs; to resume, run} and the command
     * that resumes it (the one the stop itself printed), on the next line.
     */
    public static Optional<String> unfinished(Path folder) {
        java.util.OptionalInt kept = runsKept(folder);
        boolean calibration = Files.isRegularFile(folder.resolve(WorkingFiles.AbcState.FOLDER)
                .resolve(WorkingFiles.AbcState.JOURNAL_FILE));
        if (kept.isEmpty() && !calibration) return Optional.empty();
        String command = noteOf(folder);
        String stopped = kept.isEmpty()
                ? folder + ": the calibration writing it was stopped before it finished, so it holds no posterior yet; "
                : folder + ": the batch or sweep writing it was stopped after " + kept.getAsInt()
                        + " runs, so it holds no finished results; ";
        return Optional.of(command == null || command.isEmpty()
                ? stopped + "to resume, run the command that made it again, with the same --out"
                : stopped + "to resume, run\n  " + command);
    }

    /** The command line {@link #noteCommand} noted in an unfinished folder, or null if there is none to read. */
    public static String noteOf(Path folder) {
        try {
            Path note = folder.resolve(WorkingFiles.Progress.COMMAND_FILE);
            String command = Files.isRegularFile(note) ? Files.readString(note).strip() : "";
            return command.isEmpty() ? null : command;
        } catch (IOException e) {
            return null; // no note: the general advice
        }
    }

    /** Whether {@code folder} holds the finished results of this plan and shard. */
    static boolean isComplete(Path folder, String planId, Shard shard) throws IOException {
        Path manifest = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!Files.exists(manifest)) return false;
        for (String table : ResultsWriter.TABLES) if (!Files.exists(folder.resolve(table))) return false;
        if (!Files.exists(folder.resolve(ResultsSchema.Groups.FILE))) return false;
        try {
            JsonNode m = new ObjectMapper().readTree(manifest.toFile());
            return planId.equals(m.path(ManifestKeys.PLAN_ID).asText(null))
                    && shard.toString().equals(m.path(ManifestKeys.SHARD).asText(null));
        } catch (IOException e) {
            return false;
        }
    }
}
