package org.ministerial.experiment;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.BuildInfo;
import org.ministerial.batch.Execution;
import org.ministerial.batch.Fingerprints;
import org.ministerial.batch.Json;
import org.ministerial.batch.Manifest;
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

/**
 * A whole sweep, from experiment to finished results folder: the runs through {@link Execution} (parallel,
 * deterministic, resumable, shardable), then {@code design.csv}, {@code summary.json}, {@code points.csv} and
 * {@code manifest.json}.
 */
public final class Sweep {
    /** The value of the manifest's {@code kind}. */
    public static final String KIND = "sweep";

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
        String git = BuildInfo.gitCommit(BuildInfo.home());
        String planId = planId(plan);
        Execution.Job job = new Execution.Job(plan, shard, planId, threads, model, true, replace);
        Experiment e = plan.experiment();
        return Execution.run(job, folder, progress, observer, (dir, timing) -> {
            DesignTable.write(dir, plan);
            SweepSummary.write(dir, e.name(), e.design().type(), e.replications());
            Map<String, Object> manifest = manifest(plan, git, planId);
            manifest.put(Execution.SHARD, shard.toString());
            manifest.put("threads", threads);
            Manifest.timing(manifest, timing);
            manifest.put("resolved", plan.bases().get(0).resolved());
            Json.write(dir.resolve(ResultsSchema.MANIFEST_FILE), manifest);
        });
    }

    /** Finishes a merged sweep: the summary from the merged runs (design.csv was copied), then the manifest. */
    public static void finishMerged(Path out, Merge.Merged merged) throws IOException {
        Map<String, Object> m = merged.manifest();
        @SuppressWarnings("unchecked")
        Map<String, Object> design = (Map<String, Object>) m.get("design");
        SweepSummary.write(out, String.valueOf(m.get("experiment_name")), String.valueOf(design.get("type")),
                ((Number) m.get("replications")).intValue());
        Merge.writeManifest(out, merged);
    }

    /**
     * Everything that determines a sweep's files: program, and the contents of the experiment file and of every
     * scenario input (not their paths, so shards started from other folders still belong together).
     */
    static String planId(SweepPlan plan) throws IOException {
        Map<String, Object> tree = new LinkedHashMap<>(Manifest.programIdentity());
        tree.put("kind", KIND);
        tree.put("inputs", new ArrayList<>(inputs(plan).values()));
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
        tree.put("kind", KIND);
        tree.put("experiment", e.file().toString());
        tree.put("experiment_name", e.name());
        tree.put("inputs", inputs(plan));
        tree.put("scenarios", e.labels());
        tree.put("set", e.fixed());
        tree.put("design", design(e));
        tree.put("points", plan.points().size());
        tree.put("replications", e.replications());
        tree.put("seeds", e.seeds().label());
        tree.put("base_seed", e.seed());
        tree.put("runs", plan.size());
        tree.put("reference_coalition", e.reference());
        tree.put(Execution.PLAN_ID, planId);
        return tree;
    }

    /** The design as the manifest records it: its type, options and factors (what sensitivity analysis reads). */
    static Map<String, Object> design(Experiment e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", e.design().type());
        if (e.design() instanceof Design.LatinHypercube l) {
            d.put("samples", l.samples());
            d.put("seed", l.seed());
        } else if (e.design() instanceof Design.Saltelli s) {
            d.put("base_samples", s.baseSamples());
        } else if (e.design() instanceof Design.Morris m) {
            d.put("trajectories", m.trajectories());
            d.put("levels", m.levels());
            d.put("seed", m.seed());
        }
        List<Map<String, Object>> factors = new ArrayList<>();
        for (Factor f : e.factors()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("key", f.key());
            if (f.isRange()) {
                one.put("min", f.min());
                one.put("max", f.max());
                one.put("integer", f.integer());
            } else {
                one.put("values", f.values());
            }
            factors.add(one);
        }
        d.put("factors", factors);
        return d;
    }
}
