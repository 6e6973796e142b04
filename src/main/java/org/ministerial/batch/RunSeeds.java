package org.ministerial.batch;

/**
 * Derives the seed of each run of a batch from the batch's base seed, so that any run can be reproduced on its own
 * and runs are statistically independent even when base seeds are consecutive (1, 2, 3...).
 *
 * <p>The seed of run {@code i} (0-based) is the SplitMix64 finaliser (Steele, Lea and Flood 2014; Stafford's
 * "variant 13" mixer) applied to {@code z = baseSeed + (i + 1) * 0x9E3779B97F4A7C15}, in 64-bit two's-complement
 * arithmetic:
 * <pre>
 *   z = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9
 *   z = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EB
 *   seed = z ^ (z &gt;&gt;&gt; 31)
 * </pre>
 * This is exactly the {@code (i + 1)}-th value of {@code new java.util.SplittableRandom(baseSeed).nextLong()}, and
 * the {@code (i + 1)}-th output of the reference SplitMix64 generator started at {@code baseSeed}.
 */
public final class RunSeeds {
    /** The SplitMix64 increment: 2^64 divided by the golden ratio, made odd. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RunSeeds() {
    }

    /** Mixed into the base seed for the streams that draw inputs, so they never coincide with a run's own stream. */
    private static final long INPUT_STREAM = 0x494E505554L; // "INPUT"

    /**
     * The seed of the stream that draws the uncertain inputs of input draw {@code draw} of a batch
     * ({@code seed(baseSeed ^ 0x494E505554, draw)}): runs that share a draw share their inputs and differ in their
     * dynamics, which is how a batch tells the two sources of variance apart ({@link VarianceSplit}).
     */
    public static long inputSeed(long baseSeed, int draw) {
        return seed(baseSeed ^ INPUT_STREAM, draw);
    }

    /**
     * The seed of one run.
     *
     * @param baseSeed the batch's base seed ({@code --seed})
     * @param index    0-based run index
     */
    public static long seed(long baseSeed, int index) {
        if (index < 0) throw new IllegalArgumentException("run index must be non-negative: " + index);
        long z = baseSeed + (index + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
