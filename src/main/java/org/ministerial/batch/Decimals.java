package org.ministerial.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written to results files: at most {@value #PLACES} decimal places, half-even rounding, never in
 * scientific notation, no negative zero, independent of locale. One fixed rule keeps files byte-identical across
 * machines and thread counts and readable by any CSV or JSON reader.
 */
public final class Decimals {
    /** Decimal places kept. */
    public static final int PLACES = 6;

    private Decimals() {
    }

    /**
     * The value rounded to {@value #PLACES} places, trailing zeros removed, or null when it is not finite (JSON has
     * no NaN or infinity).
     */
    public static BigDecimal round(double value) {
        if (!Double.isFinite(value)) return null;
        BigDecimal b = BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_EVEN);
        return b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros();
    }

    /** The text of a number in a CSV cell: {@link #round} in plain notation, or {@code NaN}, {@code Inf}, {@code -Inf}. */
    public static String format(double value) {
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "Inf" : "-Inf";
        return round(value).toPlainString();
    }

    /**
     * Reads a cell written by {@link #format}: a plain decimal, {@code NaN}, {@code Inf} or {@code -Inf}; null for an
     * empty cell.
     *
     * @throws NumberFormatException if the cell is none of these
     */
    public static Double parse(String cell) {
        if (cell == null || cell.isEmpty()) return null;
        return switch (cell) {
            case "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.valueOf(cell);
        };
    }
}
