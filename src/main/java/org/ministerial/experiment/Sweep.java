package org.ministerial.experiment;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.BuildInfo;
import org.ministerial.batch.Execution;
import org.ministerial.batch.Fingerprints;
import org.ministerial.batch.Json;
import org.ministerial.batch.Manifest;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.Merge;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunSink;
import org.ministerial.batch.Shard;
import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A whole sweep, from experiment to finished results folder: the runs through {@link Execution} (parallel,
 * deterministic, resumable, shardable), then {@code design.csv}, {@code summary.json}, {@code points.csv} and
 * {@code manifest.json}.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * Runs the plan's runs of {@code shard} into {@code folder} and finishes it.
     *
     * @param threads  worker threads (the files do not depend on it)
     * @param progress makes the progress display
     * @param observer sees every run as it is written; may be null
     */
    public static Execution.Report run(SweepPlan plan, Shard shard, int threads, Path folder,
                                       Execution.ProgressFactory progress, RunSink observer, BatchRunner.Model model)
            throws IOException, InterruptedException {
        return run(plan, shard, threads, folder, progress, observer, model, false);
    }

    /** As above; {@code replace} allows a folder holding another plan's finished results to be written anew. */
    public static Execution.Report run(SweepPlan plan, Shard shard, int threads, Path folder,
                                       Execution.ProgressFactory progress, RunSink observer, BatchRunner.Model model,
                                       boolean replace) throws IOException, InterruptedException {
        CompletableFuture<String> git = BuildInfo.gitCommitInBackground(BuildInfo.home());
        String planId = planId(plan);
        Execution.Job job = new Execution.Job(plan, shard, planId, threads, model, true, replace);
        Experiment e = plan.experiment();
        return Execution.run(job, folder, progress, observer, (dir, timing) -> {
            DesignTable.write(dir, plan);
            SweepSummary.write(dir, e.name(), e.design().type(), e.replications());
            Map<String, Object> manifest = manifest(plan, git.join(), planId);
            manifest.put(ManifestKeys.SHARD, shard.toString());
            manifest.put(ManifestKeys.THREADS, threads);
            Manifest.timing(manifest, timing);
            manifest.put(ManifestKeys.RESOLVED, plan.bases().get(0).resolved());
            Json.write(dir.resolve(ResultsSchema.MANIFEST_FILE), manifest);
        });
    }

    /** Finishes a merged sweep: the summary from the merged runs (design.csv was copied), then the manifest. */
    public static void finishMerged(Path out, Merge.Merged merged) throws IOException {
        Map<String, Object> m = merged.manifest();
        @SuppressWarnings("unchecked")
        Map<String, Object> design = (Map<String, Object>) m.get(ManifestKeys.DESIGN);
        SweepSummary.write(out, String.valueOf(m.get(ManifestKeys.EXPERIMENT_NAME)),
                String.valueOf(design.get(ManifestKeys.Design.TYPE)),
                ((Number) m.get(ManifestKeys.REPLICATIONS)).intValue());
        Merge.writeManifest(out, merged);
    }

    /**
     * Everything that determines a sweep's files: program, and the contents of the experiment file and of every
     * scenario input (not their paths, so shards started from other folders still belong together).
     */
    static String planId(SweepPlan plan) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Manifest.programIdentity());
        tree.put(ManifestKeys.KIND, ManifestKeys.KIND_SWEEP);
        tree.put(ManifestKeys.INPUTS, new ArrayList<>(inputs(plan).values()));
        return Fingerprints.of(tree);
    }

    private static Map<String, String> inputs(SweepPlan plan) throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        Path file = plan.experiment().file();
        inputs.put(Fingerprints.displayPath(file), Fingerprints.sha256(file));
        for (Scenario s : plan.bases()) inputs.putAll(Manifest.inputs(s));
        return inputs;
    }

    private static Map<String, Object> manifest(SweepPlan plan, String git, String planId) throws IOException {
        Experiment e = plan.experiment();
        Map<String, Object> tree = Manifest.program(git);
        tree.put(ManifestKeys.KIND, ManifestKeys.KIND_SWEEP);
        tree.put(ManifestKeys.EXPERIMENT, e.file().toString());
        tree.put(ManifestKeys.EXPERIMENT_NAME, e.name());
        tree.put(ManifestKeys.INPUTS, inputs(plan));
        tree.put(ManifestKeys.SCENARIOS, e.labels());
        tree.put(ManifestKeys.SET, e.fixed());
        tree.put(ManifestKeys.DESIGN, design(e));
        tree.put(ManifestKeys.POINTS, plan.points().size());
        tree.put(ManifestKeys.REPLICATIONS, e.replications());
        tree.put(ManifestKeys.SEEDS, e.seeds().label());
        tree.put(ManifestKeys.BASE_SEED, e.seed());
        tree.put(ManifestKeys.RUNS, plan.size());
        tree.put(ManifestKeys.REFERENCE_COALITION, e.reference());
        tree.put(ManifestKeys.PLAN_ID, planId);
        return tree;
    }

    /** The design as the manifest records it: its type, options and factors (what sensitivity analysis reads). */
    static Map<String, Object> design(Experiment e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(ManifestKeys.Design.TYPE, e.design().type());
        if (e.design() instanceof Design.LatinHypercube l) {
            d.put(ManifestKeys.Design.SAMPLES, l.samples());
            d.put(ManifestKeys.Design.SEED, l.seed());
        } else if (e.design() instanceof Design.Saltelli s) {
            d.put(ManifestKeys.Design.BASE_SAMPLES, s.baseSamples());
        } else if (e.design() instanceof Design.Morris m) {
            d.put(ManifestKeys.Design.TRAJECTORIES, m.trajectories());
            d.put(ManifestKeys.Design.LEVELS, m.levels());
            d.put(ManifestKeys.Design.SEED, m.seed());
        }
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : e.factors()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(ManifestKeys.Factor.KEY, f.key());
            if (f.isRange()) {
                one.put(ManifestKeys.Factor.MIN, f.min());
                one.put(ManifestKeys.Factor.MAX, f.max());
                one.put(ManifestKeys.Factor.INTEGER, f.integer());
            } else {
                one.put(ManifestKeys.Factor.VALUES, f.values());
            }
            factors.add(one);
        }
        d.put(ManifestKeys.Design.FACTORS, factors);
        return d;
    }
}
