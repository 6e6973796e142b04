package org.ministerial.calibration;

/**
 * The {@code abc:} settings of a calibration (docs/experiments.md, "Calibration (ABC)").
 *
 * @param particles       particles per generation, N
 * @param runsPerParticle replications of each proposal; their mean is its simulated summary
 * @param generations     most generations, the prior's included
 * @param alpha           each generation's tolerance is the alpha-quantile of the previous generation's distances
 * @param finalTolerance  the tolerance at which the calibration stops (and below which the schedule never goes);
 *                        0 for none
 * @param maxProposals    most proposals in one generation; a generation that needs more is abandoned and the
 *                        previous one is the posterior
 * @param minAcceptance   the calibration stops after a generation whose acceptance rate is below this; 0 for never
 */
public record AbcSettings(int particles, int runsPerParticle, int generations, double alpha, double finalTolerance,
                          int maxProposals, double minAcceptance) {
    public static final int DEFAULT_PARTICLES = 100;
    public static final int DEFAULT_GENERATIONS = 10;
    public static final double DEFAULT_ALPHA = 0.5;
    /** The default of {@code max_proposals}, in particles. */
    public static final int DEFAULT_PROPOSALS_PER_PARTICLE = 100;

    public AbcSettings {
        if (particles < 2) throw new IllegalArgumentException("particles must be at least 2, got " + particles);
        if (runsPerParticle < 1)
            throw new IllegalArgumentException("runs_per_particle must be at least 1, got " + runsPerParticle);
        if (generations < 1) throw new IllegalArgumentException("generations must be at least 1, got " + generations);
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        if (!(finalTolerance >= 0) || Double.isInfinite(finalTolerance))
            throw new IllegalArgumentException("final_tolerance must be a number >= 0, got " + finalTolerance);
        if (maxProposals < particles)
            throw new IllegalArgumentException("max_proposals must be at least particles, got " + maxProposals);
        if (!(minAcceptance >= 0 && minAcceptance < 1))
            throw new IllegalArgumentException("min_acceptance must be in [0, 1), got " + minAcceptance);
    }
}
