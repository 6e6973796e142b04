package org.ministerial.scenario;

import org.ministerial.model.Parameter;
import org.ministerial.files.Problem;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One scenario file loaded under many sets of overrides (a sweep's design points, a calibration's particles, a
 * robustness study's steps), reading and deriving its files once for all the sets that differ only in model
 * parameters.
 *
 * <p>A set's <em>structure</em> is its keys other than model parameters ({@code parameters.<name>} for a parameter of
 * the model), with their values, in order. Model parameters touch nothing the loader builds but the parameters and
 * which parameters the scenario's {@code parameter_uncertainty} draws (a parameter that is set is held, not drawn),
 * so the scenario is loaded ({@link Loader}) once per structure, and the result for a set is that load's with the
 * parameters read from the set (the same overrides applied to the same tree, the same checks, values and messages
 * as {@link ScenarioLoader#load}) and the posterior holding every key the set names. What comes out is what loading
 * the set would give: the same spec, the same errors. A set whose structure does not load on its own (a posterior
 * value the set holds but the structure alone would draw) is loaded whole.
 *
 * <p>Thread-safe: each structure is loaded once, by the first thread that needs it; the others wait for it.
 */
public final class ScenarioVariants {
    /** Loads a scenario file with overrides; {@link ScenarioLoader#load} but for tests counting loads. */
    @FunctionalInterface
    public interface Loader {
        Scenario load(Path file, Map<String, String> overrides) throws ScenarioException;
    }

    /** Structures kept loaded beside the registered ones: a design that varies data often cycles through a few. */
    private static final int CACHED_STRUCTURES = 8;

    private final Path file;
    private final Loader loader;
    private final boolean reuse;
    /** Loads made elsewhere (a plan's base with its fixed overrides), kept for as long as this object. */
    private final List<Scenario> registered = new CopyOnWriteArrayList<>();
    private final Map<List<Map.Entry<String, String>>, FutureTask<Scenario>> structures =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Map.Entry<String, String>>, FutureTask<Scenario>> e) {
                    return size() > CACHED_STRUCTURES;
                }
            };
    private Tree.Mapping tree;

    private ScenarioVariants(Path file, Loader loader, boolean reuse) {
        this.file = file;
        this.loader = loader;
        this.reuse = reuse;
    }

    /** Variants of {@code file}, loaded with {@code loader} once per structure. */
    public static ScenarioVariants of(Path file, Loader loader) {
        return new ScenarioVariants(file, loader, true);
    }

    /** Variants of {@code file} that load every set whole (the behaviour this class saves; for comparisons). */
    public static ScenarioVariants reloading(Path file, Loader loader) {
        return new ScenarioVariants(file, loader, false);
    }

    /** Whether {@code key} names a model parameter ({@code parameters.<name>}), which a set may vary without a load. */
    public static boolean isParameter(String key) {
        return Parameter.bySetKey(key) != null;
    }

    /**
     * The numeric model parameter a command-line option names, spelled as in {@code --set} and experiment files
     * ({@code parameters.coalitions.similarity}) or without the prefix ({@code coalitions.similarity}).
     *
     * @throws IllegalArgumentException naming the key and, as {@code --set} does, the closest parameter's spelling
     */
    public static Parameter numericParameter(String key) {
        String name = Parameter.bareKey(key);
        Parameter p = Parameter.byKey(name);
        if (p != null && !p.flag()) return p;
        if (p != null)
            throw new IllegalArgumentException("'" + key + "' is an on/off model parameter, not a numeric one");
        String near = Spelling.closest(name, org.ministerial.model.Parameters.DEFINITIONS.stream()
                .filter(d -> !d.flag()).map(Parameter::key).toList());
        throw new IllegalArgumentException("'" + key + "' is not a numeric model parameter"
                + (near == null ? "" : " (did you mean '" + Parameter.SET_PREFIX + near + "'?)")
                + " (the parameter table is in docs/ODD.md)");
    }

    public Path file() {
        return file;
    }

    /**
     * Loads the file with {@code overrides} and keeps the result, so that sets of its structure derive from it.
     *
     * @throws ScenarioException as {@link Loader#load}
     */
    public Scenario load(Map<String, String> overrides) throws ScenarioException {
        Scenario s = loader.load(file, overrides);
        if (reuse) registered.add(s);
        return s;
    }

    /**
     * The model input of the file loaded with {@code overrides}: what {@link ScenarioLoader#load} would give.
     *
     * @throws ScenarioException what {@link ScenarioLoader#load} would throw
     */
    public NegotiationSpec spec(Map<String, String> overrides) throws ScenarioException {
        Scenario base = base(overrides);
        if (base == null) return loader.load(file, overrides).spec();
        if (entries(base.overrides()).equals(entries(overrides))) return base.spec();
        return derive(base.spec(), apply(overrides), overrides);
    }

    /**
     * The file loaded with {@code overrides}, with the resolved tree a results folder records: what
     * {@link ScenarioLoader#load} would give.
     *
     * @throws ScenarioException what {@link ScenarioLoader#load} would throw
     */
    public Scenario scenario(Map<String, String> overrides) throws ScenarioException {
        Scenario base = base(overrides);
        if (base == null) return loader.load(file, overrides);
        if (entries(base.overrides()).equals(entries(overrides))) return base;
        Tree.Mapping applied = apply(overrides);
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) applied.plain();
        return new Scenario(derive(base.spec(), applied, overrides), file, resolved, base.inputs(), overrides);
    }

    /** A load the set can derive from, or null if the set must be loaded whole. */
    private Scenario base(Map<String, String> overrides) throws ScenarioException {
        if (!reuse) return null;
        List<Map.Entry<String, String>> structure = structure(overrides);
        for (Scenario s : registered)
            if (structure(s.overrides()).equals(structure) && overrides.keySet().containsAll(s.overrides().keySet()))
                return s;
        FutureTask<Scenario> task;
        boolean mine = false;
        synchronized (structures) {
            task = structures.get(structure);
            if (task == null) {
                Map<String, String> only = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : structure) only.put(e.getKey(), e.getValue());
                task = new FutureTask<>(() -> loadOrNull(only));
                structures.put(structure, task);
                mine = true;
            }
        }
        if (mine) task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The structure loaded on its own, or null when it does not load (then each set is loaded whole). */
    private Scenario loadOrNull(Map<String, String> structure) {
        try {
            return loader.load(file, structure);
        } catch (ScenarioException e) {
            return null;
        }
    }

    /** The resolved tree with the overrides applied, as the loader applies them. */
    private Tree.Mapping apply(Map<String, String> overrides) throws ScenarioException {
        Tree.Mapping root;
        synchronized (this) {
            if (tree == null) tree = Overrides.flattenParameters(Resolution.resolve(file, new ArrayList<>()));
            root = tree;
        }
        return Overrides.apply(root, overrides);
    }

    /** The base's spec with the tree's parameters, and its posterior holding the set's keys. */
    private NegotiationSpec derive(NegotiationSpec base, Tree.Mapping applied, Map<String, String> overrides)
            throws ScenarioException {
        try {
            Parameters p = new SpecBuilder().parametersSection(applied);
            return base.toBuilder().parameters(p).inputs(ScenarioInputs.holding(base.inputs(), overrides.keySet()))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(new Problem(Resolution.label(file), 0, e.getMessage()));
        }
    }

    private static List<Map.Entry<String, String>> structure(Map<String, String> overrides) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : overrides.entrySet())
            if (!isParameter(e.getKey())) out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e));
        return out;
    }

    private static List<Map.Entry<String, String>> entries(Map<String, String> overrides) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(e));
        return out;
    }
}
