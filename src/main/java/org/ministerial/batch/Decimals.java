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
        return appendTo(new StringBuilder(20), value).toString();
    }

    /** Appends {@link #format}'s text of {@code value} to {@code out}, without making a string on the fast path. */
    public static StringBuilder appendTo(StringBuilder out, double value) {
        if (Double.isNaN(value)) return out.append("NaN");
        if (Double.isInfinite(value)) return out.append(value > 0 ? "Inf" : "-Inf");
        long scaled = scaledExactly(value);
        return scaled == NOT_EXACT ? out.append(round(value).toPlainString()) : plain(out, scaled);
    }

    private static final long NOT_EXACT = Long.MIN_VALUE;
    /** Above this magnitude the fast path is not used (far from every value a run writes). */
    private static final double FAST_LIMIT = 1e9;

    /**
     * {@code round(value)} times 10^6 as a long, computed in double arithmetic, or {@link #NOT_EXACT} when that
     * could differ from the decimal rule. {@link #round} rounds the decimal D that {@code Double.toString} gives,
     * which lies within half an ulp of the value; {@code x = value * 1e6} lies within half an ulp of
     * {@code value * 10^6}. So D * 10^6 and x differ by at most {@code slack} below, and unless x is within
     * {@code slack} of a half-integer both round to the same integer. Writing results is the only formatting
     * done once per cell of every run, and BigDecimal cost more than the rest of the writer together.
     */
    private static long scaledExactly(double value) {
        if (!(Math.abs(value) < FAST_LIMIT)) return NOT_EXACT;
        double x = value * 1e6;
        double nearest = Math.rint(x);
        double slack = 1e6 * Math.ulp(value) + Math.ulp(x);
        if (Math.abs(Math.abs(x - nearest) - 0.5) <= slack) return NOT_EXACT;
        return (long) nearest;
    }

    /** Appends a multiple of 10^-6 in plain notation without trailing zeros; zero without a sign. */
    private static StringBuilder plain(StringBuilder b, long scaled) {
        if (scaled == 0) return b.append('0');
        if (scaled < 0) b.append('-');
        long magnitude = Math.abs(scaled);
        b.append(magnitude / 1_000_000);
        long fraction = magnitude % 1_000_000;
        if (fraction != 0) {
            int places = PLACES;
            while (fraction % 10 == 0) {
                fraction /= 10;
                places--;
            }
            b.append('.');
            int digits = 1;
            for (long rest = fraction; rest >= 10; rest /= 10) digits++;
            for (int i = digits; i < places; i++) b.append('0');
            b.append(fraction);
        }
        return b;
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
