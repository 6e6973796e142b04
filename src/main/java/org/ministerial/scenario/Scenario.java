package org.ministerial.scenario;

import org.ministerial.model.NegotiationSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A loaded scenario: the model input plus what a results folder must record about where it came from.
 *
 * @param spec      the model input
 * @param file      the scenario file the user named
 * @param resolved  the fully resolved scenario tree (after {@code extends} and {@code --set}), as plain maps, lists
 *                  and strings, in file order
 * @param inputs    every file read, the scenario first, then the scenarios it extends and the tables it refers to
 * @param overrides   the {@code --set} overrides, in the order given
 * @param policySpace the axes of the GUI's policy-space display ({@code policy_space:}, or the default); display
 *                    data that no run reads
 */
public record Scenario(NegotiationSpec spec, Path file, Map<String, Object> resolved, List<Path> inputs,
                       Map<String, String> overrides, PolicySpaceAxes policySpace) {
    public Scenario {
        inputs = List.copyOf(inputs);
        overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
        if (policySpace == null) policySpace = PolicySpaceAxes.byDefault(spec.issues());
    }

    /** A scenario with the default policy-space axes ({@link PolicySpaceAxes#byDefault}). */
    public Scenario(NegotiationSpec spec, Path file, Map<String, Object> resolved, List<Path> inputs,
                    Map<String, String> overrides) {
        this(spec, file, resolved, inputs, overrides, null);
    }

    /** The scenario's name (its {@code name:} key, or the file name without extension). */
    public String name() {
        return spec.name();
    }

    /** What tables and figures call the scenario: its {@code label:}, or its name when it has none. */
    public String displayLabel() {
        Object label = resolved == null ? null : resolved.get("label");
        String text = label == null ? "" : label.toString().strip();
        return text.isEmpty() ? name() : text;
    }
}
