package org.ministerial.calibration;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.ministerial.batch.RunSeeds;

/**
 * Every random number of a calibration comes from a generator seeded from the experiment's seed {@code s}, the
 * generation {@code t} and the proposal {@code k}, never from a shared stream, so the results do not depend on the
 * number of threads, on the order runs finish in, or on restarts. With {@code S(b, i) = }{@link RunSeeds#seed} (the
 * SplitMix64 formula of docs/results.md):
 * <ul>
 *   <li>the proposal's seed is {@code p = S(S(s, t), k)};</li>
 *   <li>its parameter values are drawn (from the prior, or an ancestor and a perturbation) with a Mersenne Twister
 *       (commons-math3) seeded with {@code S(p XOR 0x4452415753, 0)} ("DRAWS");</li>
 *   <li>replication {@code r} of its runs has model seed {@code S(p, r)}, and draws its uncertain inputs as run
 *       {@code 0} of a batch with that base seed does.</li>
 * </ul>
 */
final class AbcSeeds {
    private static final long DRAWS = 0x4452415753L;

    private AbcSeeds() {
    }

    static long proposal(long seed, int generation, int proposal) {
        return RunSeeds.seed(RunSeeds.seed(seed, generation), proposal);
    }

    static long run(long proposalSeed, int replication) {
        return RunSeeds.seed(proposalSeed, replication);
    }

    static RandomGenerator draws(long proposalSeed) {
        return new MersenneTwister(RunSeeds.seed(proposalSeed ^ DRAWS, 0));
    }
}
