package org.ministerial.experiment;

import org.ministerial.batch.RunSeeds;

import java.util.Locale;

/**
 * How the runs of a sweep are seeded, from the experiment's base seed {@code s}, the design point {@code p} and the
 * replication {@code k} (all 0-based), with {@code S(b, i) = }{@link RunSeeds#seed(long, int)} (the {@code (i+1)}-th
 * SplitMix64 output from {@code b}).
 */
public enum Seeds {
    /**
     * {@code seed = S(S(s, p), k)}: every run has its own stream, and adding replications or points never changes the
     * seeds of existing runs.
     */
    INDEPENDENT,
    /**
     * {@code seed = S(s, k)}: replication {@code k} of every point uses the same seed (common random numbers, Law
     * 2015, sec. 11.2), so differences between points are not differences of noise draws. Replication {@code k} then
     * has the model seed of run {@code k} of {@code batch --seed s} (but draws its uncertain inputs from that seed's
     * input stream, {@link RunSeeds#inputSeed RunSeeds.inputSeed(seed, 0)}, where a batch draws them from its base
     * seed's).
     */
    COMMON;

    /** The model seed of replication {@code replication} of point {@code point}. */
    public long seed(long baseSeed, int point, int replication) {
        return this == COMMON ? RunSeeds.seed(baseSeed, replication)
                : RunSeeds.seed(RunSeeds.seed(baseSeed, point), replication);
    }

    /** The name used in experiment files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
