package org.ministerial.calibration;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.Shard;
import org.ministerial.model.RunResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs proposals through the batch machinery ({@link BatchRunner}: local threads, results handed over in run order)
 * and reduces each proposal's replications to its summaries: the mean of each target and holdout measure over the
 * runs that completed and report it. Sums are taken in run order, so they are the same for any number of threads.
 */
final class Simulations {
    private final CalibrationPlan plan;
    private final int threads;
    private final BatchRunner.Model model;

    Simulations(CalibrationPlan plan, int threads, BatchRunner.Model model) {
        this.plan = plan;
        this.threads = threads;
        this.model = model;
    }

    /** Runs proposals {@code first, first + 1, ...} of a generation, with the given parameter values. */
    List<Proposal> run(int generation, int first, List<double[]> thetas) throws IOException, InterruptedException {
        Calibration c = plan.calibration();
        ProposalPlan runs = new ProposalPlan(plan, generation, first, thetas);
        int n = thetas.size();
        Means targets = new Means(n, c.targets());
        Means holdout = new Means(n, c.holdout());
        int[] failed = new int[n];
        new BatchRunner(runs, Shard.ALL, 0, threads, model).run(run -> {
            int p = runs.proposalOf(run.run());
            if (run.failed()) failed[p]++;
            else {
                targets.add(p, run.result());
                holdout.add(p, run.result());
            }
        }, ProgressListener.NONE);
        List<Proposal> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            double[] simulated = targets.means(p);
            out.add(new Proposal(first + p, thetas.get(p), simulated, holdout.means(p), failed[p],
                    Distance.of(simulated, c.targets())));
        }
        return out;
    }

    /** Running sums of measures per proposal. */
    private static final class Means {
        private final List<Target> measures;
        private final double[][] sums;
        private final int[][] counts;

        Means(int proposals, List<Target> measures) {
            this.measures = measures;
            this.sums = new double[proposals][measures.size()];
            this.counts = new int[proposals][measures.size()];
        }

        void add(int proposal, RunResult r) {
            for (int m = 0; m < measures.size(); m++) {
                double v = Measures.value(measures.get(m), r);
                if (Double.isNaN(v)) continue;
                sums[proposal][m] += v;
                counts[proposal][m]++;
            }
        }

        double[] means(int proposal) {
            double[] out = new double[measures.size()];
            for (int m = 0; m < out.length; m++)
                out[m] = counts[proposal][m] == 0 ? Double.NaN : sums[proposal][m] / counts[proposal][m];
            return out;
        }
    }
}
