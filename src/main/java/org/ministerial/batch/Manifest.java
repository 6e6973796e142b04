package org.ministerial.batch;

import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of {@code manifest.json}: everything needed to reproduce a results folder (program, commit, inputs with
 * their checksums, the resolved scenario, overrides, seed, runs) and how it was made (threads, Java, times, restarts).
 * It is the only file of a results folder that may differ between two identical batches.
 */
public final class Manifest {
    private Manifest() {
    }

    static Map<String, Object> of(Scenario scenario, BatchSettings settings, OffsetDateTime started,
                                  OffsetDateTime finished) throws IOException {
        return of(scenario, settings, null, BuildInfo.gitCommit(BuildInfo.home()),
                new Execution.Timing(started, finished, List.of()));
    }

    static Map<String, Object> of(Scenario scenario, BatchSettings settings, String planId, String gitCommit,
                                  Execution.Timing timing) throws IOException {
        Map<String, Object> tree = program(gitCommit);
        tree.put(ManifestKeys.KIND, ManifestKeys.KIND_BATCH);
        tree.put(ManifestKeys.SCENARIO, scenario.file() == null ? null : scenario.file().toString());
        tree.put(ManifestKeys.SCENARIO_NAME, scenario.name());
        tree.put(ManifestKeys.INPUTS, inputs(scenario));
        tree.put(ManifestKeys.OVERRIDES, scenario.overrides());
        tree.put(ManifestKeys.BASE_SEED, settings.baseSeed());
        tree.put(ManifestKeys.RUNS, settings.runs());
        tree.put(ManifestKeys.INPUT_UNCERTAINTY, scenario.spec().inputsVary() ? "drawn per run" : "none");
        if (scenario.spec().inputsVary()) tree.put(ManifestKeys.RUNS_PER_DRAW, settings.runsPerDraw());
        if (settings.recordActors()) tree.put(ManifestKeys.RECORD, List.of(ActorsTable.RECORD));
        tree.put(ManifestKeys.PLAN_ID, planId);
        tree.put(ManifestKeys.SHARD, settings.shard().toString());
        tree.put(ManifestKeys.THREADS, settings.threads());
        timing(tree, timing);
        tree.put(ManifestKeys.RESOLVED, scenario.resolved());
        return tree;
    }

    /** The first keys of every manifest: program, version, commit and the fingerprint of the compiled code. */
    public static Map<String, Object> program(String gitCommit) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(ManifestKeys.PROGRAM, BuildInfo.PROGRAM);
        tree.put(ManifestKeys.VERSION, BuildInfo.version());
        tree.put(ManifestKeys.GIT_COMMIT, gitCommit);
        tree.put(ManifestKeys.CODE, CodeFingerprint.sha256());
        return tree;
    }

    /**
     * The program's part of a plan identity: name, version and compiled code. (Not the commit: a working tree whose
     * documents changed still runs the same code, and a dirty tree's commit does not say which code it runs.)
     */
    public static Map<String, Object> programIdentity() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put(ManifestKeys.PROGRAM, BuildInfo.PROGRAM);
        tree.put(ManifestKeys.VERSION, BuildInfo.version());
        tree.put(ManifestKeys.CODE, CodeFingerprint.sha256());
        return tree;
    }

    /** Java, start and finish times, and restarts. */
    public static void timing(Map<String, Object> tree, Execution.Timing timing) {
        tree.put(ManifestKeys.JAVA,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        tree.put(ManifestKeys.STARTED, iso(timing.started()));
        tree.put(ManifestKeys.FINISHED, iso(timing.finished()));
        tree.put(ManifestKeys.RESUMED_AT, timing.resumedAt());
    }

    /** Every input file of a scenario mapped to its SHA-256. */
    public static Map<String, String> inputs(Scenario scenario) throws IOException {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Path p : scenario.inputs()) inputs.put(Fingerprints.displayPath(p), Fingerprints.sha256(p));
        return inputs;
    }

    static String sha256(Path file) throws IOException {
        return Fingerprints.sha256(file);
    }

    /** A time as ISO-8601 with offset, to the second. */
    public static String iso(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
