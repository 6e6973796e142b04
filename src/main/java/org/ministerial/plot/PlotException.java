package org.ministerial.plot;

/**
 * A problem with the files given to {@code plot} that the user can fix: a missing file or column, a cell that is not a
 * number, a sensitivity file of the wrong shape. The message names the file and, where there is one, the line.
 */
public final class PlotException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlotException(String message) {
        super(message);
    }

    public PlotException(String message, Throwable cause) {
        super(message, cause);
    }
}
