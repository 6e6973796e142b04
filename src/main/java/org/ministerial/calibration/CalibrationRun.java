package org.ministerial.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.BuildInfo;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.Execution;
import org.ministerial.batch.Fingerprints;
import org.ministerial.batch.FolderLock;
import org.ministerial.batch.Json;
import org.ministerial.batch.Manifest;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ResultsFolder;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Calibrations;
import org.ministerial.batch.WrittenFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A whole calibration, from plan to finished results folder, with the results-folder conventions of batches and
 * sweeps (docs/results.md): one writer at a time ({@link FolderLock}); an unfinished calibration of the same plan is
 * continued, of another plan refused; a finished one of the same plan is left as it is, of another plan refused
 * unless {@code replace}; files appear complete or not at all, and {@code manifest.json} comes last.
 */
public final class CalibrationRun {
    /** Longest silence within a generation before a progress line says how far it has got. */
    static final long QUIET_SECONDS = 30;

    private CalibrationRun() {
    }

    /**
     * What happened.
     *
     * @param alreadyComplete whether the folder held this calibration's results and nothing was run
     * @param resumedFrom     generations finished by earlier attempts (0 for a fresh start)
     */
    public record Report(boolean alreadyComplete, int resumedFrom) {
    }

    /**
     * Runs (or continues) the calibration into {@code folder}.
     *
     * @param threads  worker threads (the files do not depend on it)
     * @param model    the model ({@code Negotiation::runToEnd}; tests substitute others)
     * @param replace  whether the finished results of another plan may be replaced
     * @param progress where a line per generation goes
     */
    public static Report run(CalibrationPlan plan, int threads, Path folder, BatchRunner.Model model, boolean replace,
                             PrintWriter progress)
            throws IOException, InterruptedException, CalibrationException {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        String planId = planId(plan);
        try (FolderLock lock = FolderLock.acquire(folder)) {
            OffsetDateTime started = OffsetDateTime.now();
            Calibration c = plan.calibration();
            CalibrationState state = new CalibrationState(folder, c);
            ResultsFolder.refuseUnfinishedRuns(folder);
            Optional<CalibrationState.Journal> found = state.journal();
            if (found.isEmpty() && !start(folder, state, planId, replace)) return new Report(true, 0);
            if (found.isPresent() && !found.get().identity().equals(planId))
                throw ResultsFolder.unfinishedOfAnother(folder, "other experiment, scenario or program version");
            List<Generation> finished = state.generations();
            List<Integer> resumedAt = new ArrayList<>();
            if (found.isPresent()) {
                resumedAt.addAll(found.get().resumedAt());
                resumedAt.add(finished.size());
                state.write(new CalibrationState.Journal(planId, resumedAt));
                progress.printf("resuming %s: %d generation(s) already finished%n", folder, finished.size());
            }
            AbcSmc abc = new AbcSmc(plan, new Simulations(plan, threads, model), state, threads,
                    new ProgressLines(progress));
            AbcSmc.Result result = abc.run(finished);
            CalibrationFiles.write(folder, c, result);
            Map<String, Object> manifest = manifest(plan, planId, result);
            manifest.put(ManifestKeys.THREADS, threads);
            Manifest.timing(manifest, new Execution.Timing(started, OffsetDateTime.now(), resumedAt));
            manifest.put(ManifestKeys.RESOLVED, plan.base().resolved());
            Json.write(folder.resolve(ResultsSchema.MANIFEST_FILE), manifest);
            state.delete();
            return new Report(false, finished.size());
        }
    }

    /**
     * Starts a folder without an unfinished calibration: false if it already holds this calibration's results;
     * refused if it holds another command's, unless {@code replace}.
     */
    private static boolean start(Path folder, CalibrationState state, String planId, boolean replace)
            throws IOException {
        if (isComplete(folder, planId)) return false;
        if (Files.exists(folder.resolve(ResultsSchema.MANIFEST_FILE)) && !replace)
            throw ResultsFolder.finishedOfAnother(folder);
        // no file of the results being replaced (a batch's tables, figures plotted from them) may be left beside
        // the new ones to be read as theirs
        if (Files.exists(folder.resolve(ResultsSchema.MANIFEST_FILE))) WrittenFiles.remove(folder);
        state.start(planId);
        return true;
    }

    /**
     * A line per generation, and within a long generation a line every {@value #QUIET_SECONDS} seconds at most, so
     * that a log (a Slurm output file) shows that the calibration is alive.
     */
    private static final class ProgressLines implements AbcSmc.Listener {
        private final PrintWriter out;
        private long last = System.nanoTime();

        ProgressLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void generation(Generation g, boolean earlier, double seconds) {
            print(line(g, earlier, seconds));
        }

        @Override
        public void block(int generation, int accepted, int proposals) {
            if (System.nanoTime() - last >= QUIET_SECONDS * 1_000_000_000L)
                print("generation " + generation + ": " + accepted + " accepted of " + proposals + " proposals so far");
        }

        private void print(String line) {
            out.println(line);
            out.flush();
            last = System.nanoTime();
        }
    }

    /** The progress line of a generation. */
    static String line(Generation g, boolean earlier, double seconds) {
        return String.format(Locale.ROOT,
                "generation %d: tolerance %s, %d accepted of %d proposals (%.1f%%), ESS %.1f%s",
                g.index(), Double.isInfinite(g.tolerance()) ? "inf (prior)" : Decimals.format(g.tolerance()),
                g.particles().size(), g.proposals(), 100 * g.acceptanceRate(), g.effectiveSampleSize(),
                earlier ? " (finished by an earlier attempt)" : String.format(Locale.ROOT, ", %.1f s", seconds));
    }

    /**
     * Everything that determines a calibration's files: the program, and the contents of the experiment file and of
     * every scenario input (not their paths, as for sweeps).
     */
    static String planId(CalibrationPlan plan) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Manifest.programIdentity());
        tree.put(ManifestKeys.KIND, ManifestKeys.KIND_CALIBRATION);
        tree.put(ManifestKeys.INPUTS, new ArrayList<>(inputs(plan).values()));
        return Fingerprints.of(tree);
    }

    private static Map<String, String> inputs(CalibrationPlan plan) throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        Path file = plan.calibration().file();
        inputs.put(Fingerprints.displayPath(file), Fingerprints.sha256(file));
        inputs.putAll(Manifest.inputs(plan.base()));
        return inputs;
    }

    private static Map<String, Object> manifest(CalibrationPlan plan, String planId, AbcSmc.Result result)
            throws IOException {
        Calibration c = plan.calibration();
        Map<String, Object> m = Manifest.program(BuildInfo.gitCommit(BuildInfo.home()));
        m.put(ManifestKeys.KIND, ManifestKeys.KIND_CALIBRATION);
        m.put(ManifestKeys.EXPERIMENT, c.file().toString());
        m.put(ManifestKeys.EXPERIMENT_NAME, c.name());
        m.put(ManifestKeys.INPUTS, inputs(plan));
        m.put(ManifestKeys.SCENARIO, c.label());
        m.put(ManifestKeys.SET, c.fixed());
        m.put(ManifestKeys.BASE_SEED, c.seed());
        List<Map<String, Object>> priors = new ArrayList<>();
        for (Prior p : c.priors()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(ManifestKeys.Factor.KEY, p.key());
            one.put(ManifestKeys.Factor.MIN, Decimals.round(p.min()));
            one.put(ManifestKeys.Factor.MAX, Decimals.round(p.max()));
            one.put(ManifestKeys.Factor.INTEGER, p.integer());
            priors.add(one);
        }
        m.put(ManifestKeys.PRIORS, priors);
        m.put(ManifestKeys.TARGETS, targets(c.targets()));
        m.put(ManifestKeys.HOLDOUT, targets(c.holdout()));
        m.put(ManifestKeys.SETTINGS, CalibrationFiles.settings(c.settings()));
        m.put(ManifestKeys.GENERATIONS, result.generations().size());
        m.put(ManifestKeys.STOP, result.stop().label());
        m.put(ManifestKeys.PLAN_ID, planId);
        return m;
    }

    private static List<Map<String, Object>> targets(List<Target> targets) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(ManifestKeys.Target.MEASURE, t.measure());
            one.put(ManifestKeys.Target.OBSERVED, Decimals.round(t.observed()));
            one.put(ManifestKeys.Target.SCALE, Decimals.round(t.scale()));
            one.put(ManifestKeys.Target.MISSING, t.fillsMissing() ? Decimals.round(t.missing()) : null);
            out.add(one);
        }
        return out;
    }

    /** Whether {@code folder} holds the finished results of this calibration. */
    static boolean isComplete(Path folder, String planId) throws IOException {
        Path manifest = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!Files.exists(manifest) || !Files.exists(folder.resolve(Calibrations.POSTERIOR_FILE))) return false;
        try {
            JsonNode m = Json.read(manifest);
            return ManifestKeys.KIND_CALIBRATION.equals(m.path(ManifestKeys.KIND).asText())
                    && planId.equals(m.path(ManifestKeys.PLAN_ID).asText(null));
        } catch (ResultsFolderException e) {
            return false;
        }
    }
}
