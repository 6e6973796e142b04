package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.ProgressListener;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Batch throughput on several threads against one, measured in alternation inside one warmed-up JVM:
 * {@code java -cp target/benchmarks.jar org.ministerial.bench.ThreadScaling SCALE RUNS PAIRS [THREADS] [WARMUP_RUNS]}.
 *
 * <p>On a shared or virtual machine the speed of one core drifts by ten per cent and more over minutes, so a
 * one-thread batch and a many-thread batch run minutes apart, or in different JVMs with their own JIT histories,
 * compare the drift as much as the threads. Here each pair runs the two batches back to back in the same JVM, in
 * alternating order (one thread first in odd pairs, last in even ones), and the figure is the median of the pairs'
 * ratios. Every batch goes through the production {@link BatchRunner} and has the same runs (base seed 1), whose
 * results are consumed and checked to be the same in both batches.
 *
 * <p>Each line also shows how busy the process kept the machine: its CPU time over the batch's wall time, in
 * processors. Two threads that keep 2.0 processors busy yet gain less than 2x are slowed inside the runs (caches,
 * memory); fewer than 2.0 busy processors point at waiting.
 */
public final class ThreadScaling {

    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: ThreadScaling SCALE RUNS PAIRS [THREADS] [WARMUP_RUNS]");
            System.exit(2);
        }
        int scale = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        int pairs = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : runs;
        NegotiationSpec spec = BenchScenarios.cancun(scale);
        batch(spec, warmup, threads);
        double[] ratios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            boolean singleFirst = pair % 2 == 0;
            Batch first = batch(spec, runs, singleFirst ? 1 : threads);
            Batch second = batch(spec, runs, singleFirst ? threads : 1);
            Batch single = singleFirst ? first : second;
            Batch many = singleFirst ? second : first;
            if (single.checksum != many.checksum)
                throw new IllegalStateException("the batches' results differ between 1 and " + threads + " threads");
            ratios[pair] = many.runsPerSecond() / single.runsPerSecond();
            System.out.printf("pair %2d: 1 thread %.1f runs/s (%.2f CPUs busy), %d threads %.1f runs/s "
                            + "(%.2f CPUs busy): %.3fx%n", pair + 1, single.runsPerSecond(), single.busy(), threads,
                    many.runsPerSecond(), many.busy(), ratios[pair]);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        System.out.printf("%s, %d runs per batch, %d pairs: %d threads against 1, median %.3fx (lowest %.3f, "
                        + "highest %.3f)%n", spec.name(), runs, pairs, threads, median(sorted), sorted[0],
                sorted[pairs - 1]);
    }

    /** The median of an array sorted in increasing order. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Batch batch(NegotiationSpec spec, int runs, int threads) throws Exception {
        long[] checksum = new long[1];
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        new BatchRunner(spec, runs, 1, threads, Negotiation::runToEnd).run(run -> {
            RunResult r = run.result();
            checksum[0] = 31 * checksum[0] + (r == null ? -1 : Arrays.hashCode(r.finalText()) + 31L * r.metrics().hashCode());
        }, ProgressListener.NONE);
        long wall = System.nanoTime() - start;
        return new Batch(runs, wall, processCpuNanos() - cpu0, checksum[0]);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private record Batch(int runs, long wallNanos, long cpuNanos, long checksum) {
        double runsPerSecond() {
            return runs / (wallNanos / 1e9);
        }

        double busy() {
            return (double) cpuNanos / wallNanos;
        }
    }
}
