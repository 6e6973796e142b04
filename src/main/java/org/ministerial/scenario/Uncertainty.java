package org.ministerial.scenario;

import java.util.Locale;

/**
 * How far a data value may be from the truth, as declared in a table's {@code sources.csv}: the range that a run
 * drawing its inputs may move the value within. Written as {@code published} (taken as the dataset publishes it),
 * {@code exact} (a fact of law or definition: membership, status), {@code rel:X} (within plus or minus X times the
 * value), {@code abs:X} (within plus or minus X in the column's unit), {@code factor:X} (between the value divided
 * and multiplied by X; an order of magnitude is {@code factor:3.16}) or {@code flip:P} (a 0/1 value that is wrong
 * with probability P).
 */
public record Uncertainty(Kind kind, double amount) implements java.io.Serializable {
    public enum Kind { PUBLISHED, EXACT, REL, ABS, FACTOR, FLIP }

    public Uncertainty {
        if (kind == null) throw new IllegalArgumentException("no kind");
        if (!(amount >= 0) || Double.isInfinite(amount)) throw new IllegalArgumentException("amount " + amount);
    }

    /** Whether a value with this uncertainty can differ from the one in the table. */
    public boolean varies() {
        return amount > 0 && kind != Kind.PUBLISHED && kind != Kind.EXACT;
    }

    /**
     * One draw of a value within this range: uniform within {@code rel} and {@code abs} ranges, log-uniform within a
     * {@code factor} (so that halving and doubling are as likely), the other 0/1 value with probability P for
     * {@code flip}. A non-negative value stays non-negative (a count, a size, a share cannot fall below 0).
     * Published and exact values are returned unchanged.
     */
    public double draw(double value, ec.util.MersenneTwisterFast random) {
        double drawn = drawUnbounded(value, random);
        return value >= 0 ? Math.max(0, drawn) : drawn;
    }

    /** One draw as {@link #draw}, for a quantity that may take either sign (an intercept). */
    public double drawUnbounded(double value, ec.util.MersenneTwisterFast random) {
        if (!varies() || Double.isNaN(value)) return value;
        double u = 2 * random.nextDouble() - 1;
        double drawn = switch (kind) {
            case REL -> value * (1 + amount * u);
            case ABS -> value + amount * u;
            case FACTOR -> value * Math.pow(amount, u);
            case FLIP -> (value == 0 || value == 1) && random.nextDouble() < amount ? 1 - value : value;
            case PUBLISHED, EXACT -> value;
        };
        return drawn;
    }

    /** Parses the written form; throws {@link IllegalArgumentException} with a message for the user. */
    public static Uncertainty parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("published")) return new Uncertainty(Kind.PUBLISHED, 0);
        if (t.equals("exact")) return new Uncertainty(Kind.EXACT, 0);
        int colon = t.indexOf(':');
        Kind kind = null;
        if (colon > 0)
            for (Kind k : Kind.values())
                if (k.name().toLowerCase(Locale.ROOT).equals(t.substring(0, colon))) kind = k;
        if (kind == null || kind == Kind.PUBLISHED || kind == Kind.EXACT)
            throw new IllegalArgumentException("uncertainty '" + text + "' is not one of published, exact, rel:X, "
                    + "abs:X, factor:X, flip:P");
        Double amount = Fields.parseNumber(t.substring(colon + 1));
        if (amount == null || amount < 0 || Double.isInfinite(amount))
            throw new IllegalArgumentException("uncertainty '" + text + "' needs a non-negative number after ':'");
        if (kind == Kind.FACTOR && amount < 1)
            throw new IllegalArgumentException("uncertainty '" + text + "': a factor is at least 1");
        if ((kind == Kind.FLIP || kind == Kind.REL) && amount > 1)
            throw new IllegalArgumentException("uncertainty '" + text + "': at most 1");
        return new Uncertainty(kind, amount);
    }

    @Override
    public String toString() {
        return kind == Kind.PUBLISHED || kind == Kind.EXACT ? kind.name().toLowerCase(Locale.ROOT)
                : kind.name().toLowerCase(Locale.ROOT) + ":" + Fields.fmt(amount);
    }
}
