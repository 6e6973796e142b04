package org.ministerial.plot;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers as typeset text writes them, for tick labels: a fixed number of decimals, no grouping, a negative number
 * with the minus sign U+2212 ({@code −80}) rather than the hyphen-minus, and never {@code −0} (a tick at a tiny
 * negative value from floating-point steps is zero). The figures' sans-serif font has the glyph (the tests check it),
 * SVG keeps it as text and PDF draws its outline.
 */
final class MinusSignFormat extends NumberFormat {
    static final char MINUS = '\u2212';

    private final DecimalFormat decimal;

    MinusSignFormat(int decimals) {
        decimal = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        decimal.setRoundingMode(RoundingMode.HALF_EVEN);
        decimal.setGroupingUsed(false);
    }

    /** The fewest decimals (up to 10) that write {@code step} and its multiples exactly: 0.25 takes two. */
    static int decimalsOf(double step) {
        for (int d = 0; d < 10; d++) {
            double scaled = Math.abs(step) * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
        }
        return 10;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        String s = decimal.format(number);
        if (s.startsWith("-"))
            s = s.chars().skip(1).allMatch(c -> c == '0' || c == '.') ? s.substring(1) : MINUS + s.substring(1);
        return toAppendTo.append(s);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return decimal.parse(source.replace(MINUS, '-'), parsePosition);
    }
}
