package org.ministerial.gui;

import org.ministerial.batch.RunSeeds;

/**
 * The run the GUI shows, named as a batch names it: run {@code run} of {@code ministerial batch --seed baseSeed} with
 * {@code runsPerDraw} runs per input draw (docs/results.md, "Seeds"). Run 0 is the run {@code ministerial run
 * --seed baseSeed} reports. The Console's seed field holds the base seed: typing N there shows run {@code run} of the
 * batch with base seed N.
 *
 * @param baseSeed    the batch's base seed; within 32 bits, the most the MASON Console's seed field keeps
 * @param run         the 0-based run
 * @param runsPerDraw the batch's runs per input draw
 */
public record RunOfBatch(long baseSeed, int run, int runsPerDraw) {
    public RunOfBatch {
        if (baseSeed != (int) baseSeed)
            throw new IllegalArgumentException("the MASON Console keeps 32-bit seeds: base seed " + baseSeed
                    + " is outside " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        if (run < 0) throw new IllegalArgumentException("run must be non-negative: " + run);
        if (runsPerDraw < 1) throw new IllegalArgumentException("runs per draw must be at least 1: " + runsPerDraw);
    }

    /** Run 0 of a batch with this base seed: the run {@code ministerial run --seed baseSeed} reports. */
    public static RunOfBatch first(long baseSeed) {
        return new RunOfBatch(baseSeed, 0, 1);
    }

    /** Whether a base seed fits the Console's seed field. */
    public static boolean fitsTheConsole(long baseSeed) {
        return baseSeed == (int) baseSeed;
    }

    /** The same run of the batch with another base seed (the one typed in the Console). */
    RunOfBatch withBaseSeed(long seed) {
        return new RunOfBatch(seed, run, runsPerDraw);
    }

    /** The seed of the run's dynamics, {@link RunSeeds#seed}. */
    long modelSeed() {
        return RunSeeds.seed(baseSeed, run);
    }

    /** The seed of the run's draw of the uncertain inputs, {@link RunSeeds#inputSeed}. */
    long inputSeed() {
        return RunSeeds.inputSeed(baseSeed, run / runsPerDraw);
    }
}
