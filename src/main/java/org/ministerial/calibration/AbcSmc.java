package org.ministerial.calibration;

import org.apache.commons.math3.random.RandomGenerator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: the population Monte Carlo sampler of Beaumont,
 * Cornuet, Marin and Robert (2009, Biometrika 96, 983-990) with adaptive tolerances in the manner of Del Moral,
 * Doucet and Jasra (2012, Statistics and Computing 22, 1009-1020) and Drovandi and Pettitt (2011, Biometrics 67,
 * 225-233): each generation's tolerance is the alpha-quantile of the previous generation's distances.
 *
 * <p>Generation 0 draws proposals from the prior and accepts every one whose summaries exist (tolerance infinity),
 * each with weight 1/N. Generation {@code t > 0} has tolerance {@code eps_t = max(q_alpha(d_{t-1}),
 * final_tolerance)}, where {@code q_alpha} is the smallest distance with at least {@code alpha N} of the previous
 * particles at or below it; it proposes through the {@link Kernel} and accepts a proposal whose distance is at most
 * {@code eps_t}, until N are accepted, weighting them by importance. A proposal's summaries are the means of
 * {@code runs_per_particle} runs. Summaries of a stochastic model are often discrete (shares of a few runs), and
 * then distances tie: when the quantile is not below {@code eps_{t-1}}, the largest previous distance below
 * {@code eps_{t-1}} is taken instead, so that the tolerance always shrinks; when no previous distance is below it,
 * the tolerance cannot shrink and the calibration stops.
 *
 * <p>Proposals are numbered within their generation and their random numbers depend only on that number
 * ({@link AbcSeeds}); they are evaluated in blocks on all threads, and the generation is the first N accepted in
 * proposal order. Proposals evaluated past the N-th acceptance are discarded, so the result is the same for any
 * block size, number of threads or interruption.
 *
 * <p>It stops after a generation at the final tolerance, when the tolerance cannot shrink, after {@code generations}
 * generations, after a generation
 * whose acceptance rate is below {@code min_acceptance}, or when a generation cannot accept N particles within
 * {@code max_proposals} proposals (that generation is abandoned and the previous one is the posterior).
 */
final class AbcSmc {
    /** Why a calibration stopped. */
    enum Stop {
        FINAL_TOLERANCE("the final tolerance was reached"),
        CONVERGED("the tolerance cannot shrink: every particle of the last generation lies at its tolerance"),
        GENERATIONS("the last generation allowed was made"),
        MIN_ACCEPTANCE("the acceptance rate fell below min_acceptance"),
        MAX_PROPOSALS("the next generation accepted fewer than N particles in max_proposals proposals and was "
                + "abandoned");

        final String reason;

        Stop(String reason) {
            this.reason = reason;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Told about each generation as it is finished (or found finished by an earlier attempt). */
    interface Listener {
        void generation(Generation g, boolean earlier, double seconds);

        /** After each block of proposals of the generation under way: accepted so far, of so many proposals. */
        default void block(int generation, int accepted, int proposals) {
        }
    }

    /**
     * The calibration's course.
     *
     * @param generations every finished generation, the posterior last
     * @param stop        why it stopped
     */
    record Result(List<Generation> generations, Stop stop) {
        Result {
            generations = List.copyOf(generations);
        }

        Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final Calibration calibration;
    private final AbcSettings settings;
    private final Simulations simulations;
    private final CalibrationState state;
    private final int threads;
    private final Listener listener;

    AbcSmc(CalibrationPlan plan, Simulations simulations, CalibrationState state, int threads, Listener listener) {
        this.calibration = plan.calibration();
        this.settings = calibration.settings();
        this.simulations = simulations;
        this.state = state;
        this.threads = threads;
        this.listener = listener;
    }

    /** Continues after the generations already finished (none for a fresh start) until a stopping rule holds. */
    Result run(List<Generation> finished) throws IOException, InterruptedException, CalibrationException {
        List<Generation> done = new ArrayList<>(finished);
        for (Generation g : done) listener.generation(g, true, 0);
        while (true) {
            Generation last = done.isEmpty() ? null : done.get(done.size() - 1);
            Stop stop = last == null ? null : stopAfter(last);
            if (stop != null) return new Result(done, stop);
            long start = System.nanoTime();
            int t = done.size();
            Generation g = generation(t, last == null ? Double.POSITIVE_INFINITY : nextTolerance(last), last);
            if (g == null) {
                if (last == null)
                    throw new CalibrationException("generation 0 found fewer than " + settings.particles()
                            + " proposals with every target measured in " + settings.maxProposals() + " proposals"
                            + " (every run failed, or a measure is never reported: give it missing:)");
                return new Result(done, Stop.MAX_PROPOSALS);
            }
            state.save(g);
            done.add(g);
            listener.generation(g, false, (System.nanoTime() - start) / 1e9);
        }
    }

    private Stop stopAfter(Generation last) {
        if (settings.finalTolerance() > 0 && last.tolerance() <= settings.finalTolerance()) return Stop.FINAL_TOLERANCE;
        if (Double.isNaN(nextTolerance(last))) return Stop.CONVERGED;
        if (last.index() > 0 && last.acceptanceRate() < settings.minAcceptance()) return Stop.MIN_ACCEPTANCE;
        if (last.index() + 1 >= settings.generations()) return Stop.GENERATIONS;
        return null;
    }

    /**
     * The alpha-quantile of the previous distances (the inverse of their empirical distribution function), or the
     * largest distance below the previous tolerance when ties put the quantile at that tolerance; floored at the
     * final tolerance. NaN when no previous distance is below the previous tolerance.
     */
    double nextTolerance(Generation previous) {
        double[] d = previous.distances();
        Arrays.sort(d);
        int rank = (int) Math.ceil(settings.alpha() * d.length);
        double q = d[Math.max(rank, 1) - 1];
        if (q >= previous.tolerance()) {
            q = Double.NaN;
            for (double x : d) if (x < previous.tolerance()) q = x;
            if (Double.isNaN(q)) return q;
        }
        return Math.max(q, settings.finalTolerance());
    }

    /** Generation {@code t}, or null if it cannot accept N particles within the proposal budget. */
    private Generation generation(int t, double tolerance, Generation previous)
            throws IOException, InterruptedException {
        Kernel kernel = previous == null ? null : Kernel.around(calibration.priors(), previous);
        Scan scan = new Scan(tolerance);
        List<Proposal> earlier = state.proposals(t);
        scan.add(earlier);
        int next = earlier.size();
        while (!scan.full() && next < settings.maxProposals()) {
            int block = blockSize(scan, previous, settings.maxProposals() - next);
            List<double[]> thetas = new ArrayList<>(block);
            for (int k = next; k < next + block; k++) {
                RandomGenerator rng = AbcSeeds.draws(AbcSeeds.proposal(calibration.seed(), t, k));
                thetas.add(kernel == null ? fromPrior(rng) : kernel.propose(rng));
            }
            List<Proposal> evaluated = simulations.run(t, next, thetas);
            state.append(t, evaluated);
            scan.add(evaluated);
            next += block;
            listener.block(t, scan.accepted.size(), scan.scanned);
        }
        if (!scan.full()) return null;
        double[] weights = kernel == null ? uniform(scan.accepted.size()) : kernel.weights(scan.accepted);
        return new Generation(t, tolerance, scan.scanned, scan.accepted, weights, scan.failed);
    }

    private double[] fromPrior(RandomGenerator rng) {
        double[] theta = new double[calibration.priors().size()];
        for (int d = 0; d < theta.length; d++) theta[d] = calibration.priors().get(d).draw(rng);
        return theta;
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * Proposals to evaluate next: enough for the particles still missing at the acceptance rate seen so far (or the
     * previous generation's, halved, before any is seen), at least enough runs to keep every thread busy. Only
     * speed depends on it, never the result.
     */
    private int blockSize(Scan scan, Generation previous, int left) {
        int missing = settings.particles() - scan.accepted.size();
        double rate;
        if (scan.scanned > 0) rate = Math.max(scan.accepted.size(), 0.5) / scan.scanned;
        else rate = previous == null ? 1 : previous.acceptanceRate() * settings.alpha();
        int runs = settings.runsPerParticle();
        long least = Math.max(1, (long) Math.ceil(4.0 * threads / runs));
        long most = Math.max(least, 4L * settings.particles());
        long want = (long) Math.ceil(1.2 * missing / Math.max(rate, 1e-6));
        return (int) Math.min(left, Math.max(least, Math.min(most, want)));
    }

    /** The proposals of a generation looked at in order, up to the N-th accepted. */
    private final class Scan {
        final double tolerance;
        final List<Proposal> accepted = new ArrayList<>();
        int scanned;
        int failed;

        Scan(double tolerance) {
            this.tolerance = tolerance;
        }

        boolean full() {
            return accepted.size() == settings.particles();
        }

        void add(List<Proposal> proposals) {
            for (Proposal p : proposals) {
                if (full()) return;
                scanned++;
                failed += p.failed();
                if (Double.isFinite(p.distance()) && p.distance() <= tolerance) accepted.add(p);
            }
        }
    }
}
