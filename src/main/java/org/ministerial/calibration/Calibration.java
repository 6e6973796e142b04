package org.ministerial.calibration;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration experiment file, read: the scenario, the priors of the calibrated parameters, the observed
 * patterns used for acceptance and those held out, and the ABC settings. The format is in docs/experiments.md.
 *
 * @param name     the experiment's name ({@code name:}, or the file name without extension)
 * @param file     the experiment file
 * @param scenario the scenario file, resolved against the experiment file's folder
 * @param label    the scenario as written in the experiment file
 * @param fixed    overrides applied to every run, before the particle's values
 * @param seed     the base seed
 * @param priors   the calibrated parameters, in file order
 * @param targets  the patterns the distance is computed over
 * @param holdout  patterns reported but never used for acceptance (a check kept out of the calibration)
 * @param settings the algorithm's settings
 */
public record Calibration(String name, Path file, Path scenario, String label, Map<String, String> fixed, long seed,
                          List<Prior> priors, List<Target> targets, List<Target> holdout, AbcSettings settings) {
    public Calibration {
        if (priors.isEmpty()) throw new IllegalArgumentException("a calibration needs at least one prior");
        if (targets.isEmpty()) throw new IllegalArgumentException("a calibration needs at least one target");
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        priors = List.copyOf(priors);
        targets = List.copyOf(targets);
        holdout = List.copyOf(holdout);
    }

    /** The calibrated parameters' keys, in order: the parameter columns of every table. */
    public List<String> keys() {
        return priors.stream().map(Prior::key).toList();
    }
}
