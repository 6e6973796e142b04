package org.ministerial.batch;

/**
 * How a batch is run. Only {@code runs} and {@code baseSeed} affect the results; {@code threads} affects speed alone,
 * and {@code shard} which of the runs are made.
 *
 * @param runs     number of independent runs, at least 1
 * @param baseSeed the seed every run's seed derives from ({@link RunSeeds})
 * @param threads  worker threads, at least 1
 * @param shard    the share of the runs to make ({@link Shard#ALL} for all)
 * @param resume   whether an unfinished results folder of the same batch is continued (and a finished one kept)
 *                 rather than written anew
 * @param replace  whether a folder holding the finished results of a different plan may be replaced
 * @param runsPerDraw how many consecutive runs share one draw of the uncertain inputs (and differ in their dynamics):
 *                 what lets a batch split its variance into input and dynamics parts ({@link VarianceSplit})
 * @param recordActors whether {@code actors.csv.gz} is written ({@code --record actors}): one row per run, round and
 *                 government; part of the plan, so a resume with another choice is refused
 */
public record BatchSettings(int runs, long baseSeed, int threads, Shard shard, boolean resume, boolean replace,
                            int runsPerDraw, boolean recordActors) {
    /** Runs per input draw unless told otherwise: 200 draws in a batch of 1000, each replicated 5 times. */
    public static final int DEFAULT_RUNS_PER_DRAW = 5;

    public BatchSettings {
        if (runsPerDraw < 1) throw new IllegalArgumentException("runs per draw must be at least 1, got " + runsPerDraw);
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (shard == null) throw new IllegalArgumentException("shard must be given (Shard.ALL for every run)");
    }

    /** A batch that records no per-actor table. */
    public BatchSettings(int runs, long baseSeed, int threads, Shard shard, boolean resume, boolean replace,
                         int runsPerDraw) {
        this(runs, baseSeed, threads, shard, resume, replace, runsPerDraw, false);
    }

    /** The same batch, recording {@code actors.csv.gz} or not. */
    public BatchSettings recordingActors(boolean record) {
        return new BatchSettings(runs, baseSeed, threads, shard, resume, replace, runsPerDraw, record);
    }

    /** A batch with the default runs per input draw. */
    public BatchSettings(int runs, long baseSeed, int threads, Shard shard, boolean resume, boolean replace) {
        this(runs, baseSeed, threads, shard, resume, replace, DEFAULT_RUNS_PER_DRAW);
    }

    /** A batch that refuses to replace another plan's finished results. */
    public BatchSettings(int runs, long baseSeed, int threads, Shard shard, boolean resume) {
        this(runs, baseSeed, threads, shard, resume, false);
    }

    /** All runs, resumable. */
    public BatchSettings(int runs, long baseSeed, int threads) {
        this(runs, baseSeed, threads, Shard.ALL, true);
    }
}
