package org.ministerial.plot;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code plot} draws and where.
 *
 * @param out       output folder
 * @param formats   file formats, at least one
 * @param labels    labels for the results folders in order, or empty to derive them from the manifests; a null
 *                  entry derives that folder's
 * @param reference actor whose coalition the coalition figure follows, or null for the most frequent leader
 * @param top       how many actors the coalition figure shows, at least 1
 * @param outcome   the outcome of the forest plot and sweep figures, e.g. {@code breakdown}
 */
public record PlotOptions(Path out, Set<FigureFormat> formats, List<String> labels, String reference, int top,
                          String outcome) {
    /** Actors shown in the coalition figure by default. */
    public static final int DEFAULT_TOP = 40;
    /** The outcome the forest plot compares by default. */
    public static final String DEFAULT_OUTCOME = "breakdown";

    public PlotOptions {
        if (out == null) throw new IllegalArgumentException("an output folder is required");
        if (formats == null || formats.isEmpty()) throw new IllegalArgumentException("at least one format is required");
        formats = Set.copyOf(EnumSet.copyOf(formats));
        labels = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labels));
        if (top < 1) throw new IllegalArgumentException("--top must be at least 1, got " + top);
        if (outcome == null || outcome.isBlank()) throw new IllegalArgumentException("an outcome is required");
    }

    /** The formats in a fixed order (PNG, SVG, PDF). */
    public List<FigureFormat> orderedFormats() {
        return List.copyOf(EnumSet.copyOf(formats));
    }
}
