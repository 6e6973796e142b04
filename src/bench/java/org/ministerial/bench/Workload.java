package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.model.NegotiationSpec;

/**
 * A plain batch of Cancún or a synthetic scale of it, for profilers and quick checks outside JMH:
 * {@code java -cp target/benchmarks.jar org.ministerial.bench.Workload SCALE RUNS THREADS}. Prints the wall time,
 * runs per second and the mean number of sessions per run (run time grows with both the size of the room and the
 * length of the meetings, so the scaling study needs the second too).
 */
public final class Workload {
    private Workload() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Workload SCALE RUNS THREADS");
            System.exit(2);
        }
        int scale = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        NegotiationSpec spec = BenchScenarios.cancun(scale);
        long[] sessions = new long[1];
        long start = System.nanoTime();
        new BatchRunner(spec, runs, 1, threads).run(run -> {
            if (!run.failed()) sessions[0] += run.result().endSession() + 1;
        }, (done, total) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d actors, %d organisations; %d runs on %d threads in %.2f s: %.1f runs/s, "
                        + "%.2f sessions per run%n", spec.name(), spec.actors().size(), spec.ngos().size(), runs,
                threads, seconds, runs / seconds, (double) sessions[0] / runs);
    }
}
