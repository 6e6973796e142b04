package org.ministerial.plot;

import java.util.Locale;

/** The file formats a figure can be written in. */
public enum FigureFormat {
    /** Raster at {@value JournalStyle#DPI} dpi, with the resolution recorded in the file. */
    PNG,
    /** Vector, text kept as text; for the web and for editing. */
    SVG,
    /** Vector, one page the size of the figure; what most journals take. */
    PDF;

    /** The file extension, without a dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code text} ({@code png}, {@code svg} or {@code pdf}, any case).
     *
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static FigureFormat parse(String text) {
        for (FigureFormat f : values()) if (f.extension().equalsIgnoreCase(text.strip())) return f;
        throw new IllegalArgumentException("unknown format '" + text + "': use png, svg or pdf");
    }
}
