package org.ministerial.experiment;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file, read: which scenarios to run, which parameters to vary and how, how many replications of each
 * design point, and how they are seeded. The format is documented in docs/experiments.md.
 *
 * @param name         the experiment's name (its {@code name:} key, or the file name without extension)
 * @param file         the experiment file
 * @param scenarios    the scenario files, resolved against the experiment file's folder
 * @param labels       each scenario as written in the experiment file (for the {@code scenario} column)
 * @param compare      whether the experiment compares scenarios ({@code scenarios:}), so rows carry a
 *                     {@code scenario} column
 * @param fixed        overrides applied to every run, before the design point's
 * @param factors      the varied parameters (for a list design, the keys its points use)
 * @param design       how the design points are chosen
 * @param replications runs per design point
 * @param seed         the base seed
 * @param seeds        how run seeds derive from it
 * @param reference    actor codes of a reference coalition for the {@code coalition_overlap} output, or empty
 * @param referenceLines each code's line in the experiment file (for messages), or empty when not read from a file
 */
public record Experiment(String name, Path file, List<Path> scenarios, List<String> labels, boolean compare,
                         Map<String, String> fixed, List<Factor> factors, Design design, int replications, long seed,
                         Seeds seeds, List<String> reference, List<Integer> referenceLines) {
    /** An experiment not read from a file. */
    public Experiment(String name, Path file, List<Path> scenarios, List<String> labels, boolean compare,
                      Map<String, String> fixed, List<Factor> factors, Design design, int replications, long seed,
                      Seeds seeds, List<String> reference) {
        this(name, file, scenarios, labels, compare, fixed, factors, design, replications, seed, seeds, reference,
                List.of());
    }

    public Experiment {
        if (scenarios.isEmpty()) throw new IllegalArgumentException("an experiment needs a scenario");
        if (labels.size() != scenarios.size()) throw new IllegalArgumentException("one label per scenario");
        if (replications < 1)
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        scenarios = List.copyOf(scenarios);
        labels = List.copyOf(labels);
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        factors = List.copyOf(factors);
        reference = List.copyOf(reference);
        referenceLines = List.copyOf(referenceLines);
        if (!referenceLines.isEmpty() && referenceLines.size() != reference.size())
            throw new IllegalArgumentException("one line per reference code");
    }

    /** The line of the {@code i}-th reference code in the experiment file, or 0 when not known. */
    public int referenceLine(int i) {
        return i < referenceLines.size() ? referenceLines.get(i) : 0;
    }

    /** The keys of the varied parameters, in order: the parameter columns of design.csv and runs.csv. */
    public List<String> keys() {
        return factors.stream().map(Factor::key).toList();
    }
}
