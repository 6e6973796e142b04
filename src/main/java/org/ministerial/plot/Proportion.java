package org.ministerial.plot;

import org.ministerial.statistics.ClusteredShare;

/**
 * A count of runs out of completed runs, such as the breakdowns of a batch, with the intervals the figures draw.
 *
 * <p>The 95% interval for one share is Wilson's score interval (E. B. Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22, 1927) on the effective runs: the runs over the design effect of
 * their input draws ({@link ClusteredShare}), as {@code summary.json} computes it, so the figures and the summary
 * agree. The interval for a difference of two shares is Newcombe's hybrid score interval,
 * method 10 of R. G. Newcombe, "Interval estimation for the difference between independent proportions: comparison
 * of eleven methods", Statistics in Medicine 17 (1998) 873-890: with Wilson intervals {@code [l1, u1]} and
 * {@code [l2, u2]} for {@code p1} and {@code p2},
 * {@code [d - sqrt((p1 - l1)^2 + (u2 - p2)^2), d + sqrt((u1 - p1)^2 + (p2 - l2)^2)]} with {@code d = p1 - p2}.
 * It keeps the good coverage of Wilson's interval near 0 and 1, where simulated outcome shares often lie.
 *
 * @param clustered the count of runs with the outcome out of the completed runs (at least 1), with the design effect
 *                  of their input draws (1 and no draws when they share none)
 */
public record Proportion(ClusteredShare clustered) {
    /** Confidence level of every interval drawn. */
    public static final double LEVEL = 0.95;

    public Proportion {
        if (clustered.runs() < 1)
            throw new IllegalArgumentException("a share needs at least one run, got n = " + clustered.runs());
    }

    /** A share of independent runs. */
    public Proportion(int count, int n) {
        this(ClusteredShare.independent(count, n));
    }

    /** Runs with the outcome. */
    public int count() {
        return clustered.count();
    }

    /** Completed runs. */
    public int n() {
        return clustered.runs();
    }

    public double share() {
        return clustered.share();
    }

    /** Wilson's 95% score interval for the share, on the effective runs. */
    public Interval wilson() {
        double[] ci = clustered.interval(LEVEL);
        return new Interval(ci[0], ci[1]);
    }

    /** Newcombe's 95% interval for {@code this.share() - other.share()}, as a study's effects compute it. */
    public Interval minus(Proportion other) {
        var d = org.ministerial.statistics.ProportionDifference.of(clustered, other.clustered, LEVEL);
        return new Interval(d.lower(), d.upper());
    }
}
