package org.ministerial.experiment;

import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunPlan;
import org.ministerial.batch.RunSeeds;
import org.ministerial.files.Problem;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.scenario.ScenarioVariants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The runs of a sweep: every design point times every replication, point-major (run {@code r} is replication
 * {@code r mod R} of point {@code r div R}). A point's scenario is what
 * {@link ScenarioLoader#load(java.nio.file.Path, Map)} gives with the experiment's fixed {@code set:} overrides first
 * and the point's values after them, so a design point is exactly a {@code --set} command line. The files are not
 * read again for a point that differs from the scenario's base (loaded with the fixed overrides) only in model
 * parameters: its spec is the base's with the point's parameters ({@link ScenarioVariants}); a point that changes
 * anything else (data, structure) loads the scenario with its overrides. Points' specs are cached (a few at a time:
 * runs of one point are consecutive) and made by the worker threads that need them.
 *
 * <p>Every scenario's first point, and in a list design the first point to name each other scenario path, is loaded
 * when the plan is made, so that a bad key or value fails before any run; a point that fails later (a sampled value
 * the scenario rejects) makes failed rows carrying the reason.
 */
public final class SweepPlan implements RunPlan {
    private static final int CACHED_POINTS = 64;

    private final Experiment experiment;
    /** The most runs one experiment may plan: its points and seeds are held in memory before the first run. */
    public static final int MAX_RUNS = 10_000_000;

    private final List<DesignPoint> points;
    private final List<Scenario> bases;
    private final List<ScenarioVariants> variants;
    private final List<Issue> issues;
    private final Map<Integer, FutureTask<NegotiationSpec>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, FutureTask<NegotiationSpec>> eldest) {
            return size() > CACHED_POINTS;
        }
    };

    private SweepPlan(Experiment experiment, List<DesignPoint> points, List<Scenario> bases,
                      List<ScenarioVariants> variants) {
        this.experiment = experiment;
        this.points = List.copyOf(points);
        this.bases = List.copyOf(bases);
        this.variants = List.copyOf(variants);
        this.issues = bases.get(0).spec().issues();
    }

    /**
     * The plan of an experiment, after loading each scenario (with the fixed overrides) and its first design point.
     *
     * @throws ExperimentException if a scenario or a first point does not load, or the scenarios' issues differ
     */
    public static SweepPlan of(Experiment e) throws ExperimentException {
        return of(e, ScenarioLoader::load, true);
    }

    /**
     * As {@link #of(Experiment)}, loading scenarios with {@code loader}; without {@code reuse} every point loads its
     * scenario (what reuse must be indistinguishable from).
     */
    static SweepPlan of(Experiment e, ScenarioVariants.Loader loader, boolean reuse) throws ExperimentException {
        double size = Designs.size(e) * e.replications();
        if (size > MAX_RUNS)
            throw new ExperimentException(new Problem(e.file().toString(), 0, "the design makes "
                    + String.format(java.util.Locale.ROOT, "%.3g", size) + " runs (points x replications); at most "
                    + MAX_RUNS + " in one experiment: split it, or use a sampling design (latin_hypercube, saltelli)"));
        List<DesignPoint> points = Designs.points(e);
        List<Scenario> bases = new ArrayList<>();
        List<ScenarioVariants> variants = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int s = 0; s < e.scenarios().size(); s++) {
            Path file = e.scenarios().get(s);
            variants.add(reuse ? ScenarioVariants.of(file, loader) : ScenarioVariants.reloading(file, loader));
            try {
                bases.add(variants.get(s).load(e.fixed()));
            } catch (ScenarioException ex) {
                problems.add(new Problem(e.file().toString(), 0, "scenario " + e.labels().get(s)
                        + " does not load with the experiment's set: overrides:"));
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) throw new ExperimentException(problems);
        List<String> ids = Issue.ids(bases.get(0).spec().issues());
        for (int s = 1; s < bases.size(); s++)
            if (!Issue.ids(bases.get(s).spec().issues()).equals(ids))
                problems.add(new Problem(e.file().toString(), 0, "scenario " + e.labels().get(s) + " has issues "
                        + Issue.ids(bases.get(s).spec().issues()) + " but " + e.labels().get(0) + " has " + ids
                        + "; the scenarios of one experiment must share their issues"));
        checkReference(e, bases, problems);
        SweepPlan plan = new SweepPlan(e, points, bases, variants);
        if (problems.isEmpty()) plan.loadEachSetOfKeys(problems);
        if (!problems.isEmpty()) throw new ExperimentException(problems);
        return plan;
    }

    /** Every code of the experiment's reference coalition must be an actor of one of its scenarios. */
    private static void checkReference(Experiment e, List<Scenario> bases, List<Problem> problems) {
        Set<String> actors = new TreeSet<>();
        for (Scenario b : bases) for (var a : b.spec().actors()) actors.add(a.code());
        for (int i = 0; i < e.reference().size(); i++)
            if (!actors.contains(e.reference().get(i)))
                problems.add(new Problem(e.file().toString(), e.referenceLine(i), referenceMessage(
                        e.reference().get(i), actors, e.scenarios().size())));
    }

    /**
     * What is wrong with a reference code that is no actor: the same words as {@code sensitivity
     * --reference-coalition}'s.
     */
    public static String referenceMessage(String code, Set<String> actors, int scenarios) {
        return "reference_coalition: '" + code + "' is no actor of the " + (scenarios > 1 ? "experiment's scenarios"
                : "experiment's scenario") + (actors.size() <= 40 ? " (actors: " + String.join(", ", actors) + ")"
                : "");
    }

    /**
     * Loads, for each scenario, its first design point and then the first point to name each other key that is not a
     * model parameter (only a list design's points name keys the first does not), so that a misspelt path or one the
     * scenario does not have stops the sweep before any run; model parameters' keys were checked as the file was
     * read, and a value the scenario rejects in a later point fails that point's runs. A problem that several points
     * share is reported once.
     */
    private void loadEachSetOfKeys(List<Problem> problems) {
        int perScenario = points.size() / experiment.scenarios().size();
        Set<Problem> reported = new HashSet<>();
        for (int s = 0; s < experiment.scenarios().size(); s++) {
            Set<String> loaded = new HashSet<>();
            for (int i = 0; i < perScenario; i++) {
                DesignPoint p = points.get(s * perScenario + i);
                boolean fresh = i == 0;
                for (String key : p.values().keySet())
                    if (!ScenarioVariants.isParameter(key)) fresh |= loaded.add(key);
                if (!fresh) continue;
                try {
                    variants.get(s).spec(overrides(p));
                } catch (ScenarioException ex) {
                    List<Problem> unreported = ex.problems().stream().filter(reported::add).toList();
                    if (unreported.isEmpty()) continue;
                    int line = experiment.design() instanceof Design.Explicit list ? list.line(i) : 0;
                    problems.add(new Problem(experiment.file().toString(), line, "design point " + p.index() + " "
                            + p.values() + (experiment.compare() ? " of scenario " + experiment.labels().get(s) : "")
                            + " does not load:"));
                    problems.addAll(unreported);
                }
            }
        }
    }

    public Experiment experiment() {
        return experiment;
    }

    public List<DesignPoint> points() {
        return points;
    }

    /** Each scenario as loaded with the fixed overrides only (for the manifest). */
    public List<Scenario> bases() {
        return bases;
    }

    /** The overrides of a design point: the fixed ones, then the point's values. */
    public Map<String, String> overrides(DesignPoint p) {
        Map<String, String> all = new LinkedHashMap<>(experiment.fixed());
        all.putAll(p.values());
        return all;
    }

    /** The design point of run {@code run}. */
    public DesignPoint point(int run) {
        return points.get(run / experiment.replications());
    }

    @Override
    public int size() {
        return Math.multiplyExact(points.size(), experiment.replications());
    }

    @Override
    public long seed(int run) {
        return experiment.seeds().seed(experiment.seed(), run / experiment.replications(),
                run % experiment.replications());
    }

    @Override
    public List<String> labelHeader() {
        List<String> header = new ArrayList<>(List.of(ResultsSchema.Runs.POINT, ResultsSchema.Runs.REPLICATION));
        if (experiment.compare()) header.add(ResultsSchema.Runs.SCENARIO);
        header.addAll(experiment.keys());
        return header;
    }

    @Override
    public List<String> labels(int run) {
        DesignPoint p = point(run);
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(p.index()));
        cells.add(Integer.toString(run % experiment.replications()));
        if (experiment.compare()) cells.add(experiment.labels().get(p.scenario()));
        for (String key : experiment.keys()) cells.add(p.values().getOrDefault(key, ""));
        return cells;
    }

    @Override
    public List<Issue> issues() {
        return issues;
    }

    @Override
    public Map<String, NegotiationSpec> scenarios() {
        if (!experiment.compare()) return Map.of("", bases.get(0).spec());
        Map<String, NegotiationSpec> byLabel = new LinkedHashMap<>();
        for (int s = 0; s < bases.size(); s++) byLabel.put(experiment.labels().get(s), bases.get(s).spec());
        return byLabel;
    }

    @Override
    public NegotiationSpec spec(int run) throws ScenarioException {
        DesignPoint p = point(run);
        FutureTask<NegotiationSpec> task;
        boolean mine = false;
        synchronized (cache) {
            task = cache.get(p.index());
            if (task == null) {
                task = new FutureTask<>(() -> load(p));
                cache.put(p.index(), task);
                mine = true;
            }
        }
        if (mine) task.run();
        try {
            // a run draws its uncertain inputs from its own seed: with common seeds, replication r of every point
            // sees the same inputs, so differences between points are the design's, not the draws'
            return task.get().withInputsDrawn(RunSeeds.inputSeed(seed(run), 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading design point " + p.index(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScenarioException se) throw se;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    private NegotiationSpec load(DesignPoint p) throws ScenarioException {
        NegotiationSpec spec = variants.get(p.scenario()).spec(overrides(p));
        if (!Issue.ids(spec.issues()).equals(Issue.ids(issues)))
            throw new IllegalStateException("design point " + p.index() + " changes the scenario's issues to "
                    + Issue.ids(spec.issues()) + "; a design may not change the issues");
        if (!sameGroups(spec, bases.get(p.scenario()).spec()))
            throw new IllegalStateException("design point " + p.index() + " changes the scenario's pre-existing"
                    + " groups, which groups.csv holds once for every run; a design may not change the groups");
        return spec;
    }

    private static boolean sameGroups(NegotiationSpec a, NegotiationSpec b) {
        if (a.groups().size() != b.groups().size()) return false;
        for (int g = 0; g < a.groups().size(); g++) {
            var x = a.groups().get(g);
            var y = b.groups().get(g);
            if (!x.id().equals(y.id()) || x.ties() != y.ties() || !java.util.Arrays.equals(x.members(), y.members()))
                return false;
        }
        return true;
    }
}
