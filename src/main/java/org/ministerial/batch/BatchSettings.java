package org.ministerial.batch;

/**
 * How a batch is run. Only {@code runs} and {@code baseSeed} affect the results; {@code threads} affects speed alone.
 *
 * @param runs     number of independent runs, at least 1
 * @param baseSeed the seed every run's seed derives from ({@link RunSeeds})
 * @param threads  worker threads, at least 1
 */
public record BatchSettings(int runs, long baseSeed, int threads) {
    public BatchSettings {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
}
