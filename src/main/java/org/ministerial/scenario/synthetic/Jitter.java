package org.ministerial.scenario.synthetic;

/**
 * How far a synthetic clone of an actor departs from its original. Each spread is a standard deviation of Gaussian
 * noise: additive on positions (then clamped to [0,1]), multiplicative on the log scale for saliences and capability
 * (so they stay positive), after which saliences are renormalised to sum to one.
 *
 * @param position   SD of the additive noise on each ideal position
 * @param salience   SD of the log-normal factor on each salience weight
 * @param capability SD of the log-normal factor on capability
 */
public record Jitter(double position, double salience, double capability) {

    /**
     * The default spreads: positions as uncertain as the model's own per-run noise ({@code noise.position} = 0.05),
     * saliences and capabilities within about +-20%.
     */
    public static final Jitter DEFAULT = new Jitter(0.05, 0.2, 0.2);

    /** No noise: clones are exact copies (useful to isolate the effect of size alone). */
    public static final Jitter NONE = new Jitter(0, 0, 0);

    public Jitter {
        check("position", position);
        check("salience", salience);
        check("capability", capability);
    }

    private static void check(String name, double sd) {
        if (!(sd >= 0 && sd <= 2))
            throw new IllegalArgumentException(name + " jitter must be a standard deviation in [0, 2], got " + sd);
    }
}
