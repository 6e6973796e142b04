package org.ministerial.plot;

/**
 * A problem with the files given to {@code plot} that the user can fix: a missing file or column, a cell that is not a
 * number, a sensitivity file of the wrong shape. The message names the file and, where there is one, the line. A
 * {@linkplain #usage() usage} problem is one of the command line itself (options that do not match the inputs),
 * which the command reports as a usage error (exit 2, docs/figures.md) rather than as a problem with a file (exit 1).
 */
public final class PlotException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean usage;

    public PlotException(String message) {
        this(message, null, false);
    }

    public PlotException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PlotException(String message, Throwable cause, boolean usage) {
        super(message, cause);
        this.usage = usage;
    }

    /** A problem with the command line's options rather than with the files. */
    public static PlotException usage(String message) {
        return new PlotException(message, null, true);
    }

    /** Whether the command line's options, not the files, are at fault. */
    public boolean usage() {
        return usage;
    }
}
