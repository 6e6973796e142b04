package org.ministerial.batch;

import java.util.Locale;

/**
 * How a 64-bit seed is written in results files and read back: {@code x} and the 16 lowercase hexadecimal digits
 * of its two's-complement bits, e.g. {@code x9109a1e3c2f0e4d1} (docs/results.md, "Seeds").
 *
 * <p>Why not a decimal: R's {@code read.csv} converts a column of 19-digit decimals to doubles, which hold 53 bits,
 * so {@code -7995527694508729151} comes back as {@code -7995527694508729344}; a column of plain hexadecimal digits
 * can be all digits or look like a number in exponent notation ({@code 1e51...}), and R's {@code type.convert} also
 * reads {@code 0x...} as a number. A leading {@code x} is read as text by R and pandas alike, so the seed comes
 * back exactly, and the fixed width keeps the column aligned and sortable as text.
 *
 * <p>Reading accepts that form, {@code 0x} followed by hexadecimal digits, and a signed decimal, so a seed copied
 * from a file, from older results or typed by hand all work.
 */
public final class SeedText {
    private static final String MARK = "x";

    private SeedText() {
    }

    /** The seed as results files write it: {@code x} and 16 lowercase hexadecimal digits. */
    public static String format(long seed) {
        return MARK + String.format(Locale.ROOT, "%016x", seed);
    }

    /**
     * A seed written as {@link #format} does, as {@code 0x} and hexadecimal digits, or as a signed decimal.
     * Hexadecimal forms take up to 16 digits, read as the seed's two's-complement bits.
     *
     * @throws NumberFormatException if {@code text} is none of these
     */
    public static long parse(String text) {
        String t = text == null ? "" : text.strip();
        String digits = t.startsWith(MARK) || t.startsWith("X") ? t.substring(1)
                : t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : null;
        try {
            if (digits == null) return Long.parseLong(t);
            if (!digits.isEmpty() && digits.length() <= 16 && digits.chars().allMatch(SeedText::isHexDigit))
                return Long.parseUnsignedLong(digits, 16);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NumberFormatException("not a seed: '" + t + "' (expected x and 16 hexadecimal digits, as in "
                + "runs.csv, or a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ")");
    }

    private static boolean isHexDigit(int c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
