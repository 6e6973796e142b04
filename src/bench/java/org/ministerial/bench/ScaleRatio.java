package org.ministerial.bench;

import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * How much longer a run takes at a synthetic scale than on Cancún itself, measured in alternation inside one
 * warmed-up JVM: {@code java -cp target/benchmarks.jar org.ministerial.bench.ScaleRatio SCALE PAIRS [BASE_RUNS]
 * [SCALED_RUNS]}.
 *
 * <p>Each pair times {@code BASE_RUNS} Cancún runs and {@code SCALED_RUNS} runs at the given scale back to back, on
 * this thread, by the thread's CPU clock, and divides the two medians; the figure is the median of the pairs'
 * ratios. As with {@link ThreadScaling}, pairing cancels the drift of a shared machine's speed, which over minutes
 * is as large as the effects measured. {@code -Dministerial.set=...} applies to both ({@link BenchScenarios}).
 */
public final class ScaleRatio {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScaleRatio() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: ScaleRatio SCALE PAIRS [BASE_RUNS] [SCALED_RUNS]");
            System.exit(2);
        }
        int scale = Integer.parseInt(args[0]);
        int pairs = Integer.parseInt(args[1]);
        int baseRuns = args.length > 2 ? Integer.parseInt(args[2]) : 800;
        int scaledRuns = args.length > 3 ? Integer.parseInt(args[3]) : Math.max(20, baseRuns / scale);
        NegotiationSpec base = BenchScenarios.cancun(1);
        NegotiationSpec scaled = BenchScenarios.cancun(scale);
        medianCpu(base, baseRuns);
        medianCpu(scaled, scaledRuns);
        double[] ratios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            double one = medianCpu(base, baseRuns);
            double many = medianCpu(scaled, scaledRuns);
            ratios[pair] = many / one;
            System.out.printf("pair %2d: Cancún %.3f ms, %dx %.3f ms per run (CPU, median): %.2fx%n", pair + 1,
                    one / 1e6, scale, many / 1e6, ratios[pair]);
        }
        Arrays.sort(ratios);
        double median = ThreadScaling.median(ratios);
        System.out.printf("%d pairs: a run at %dx the agents takes %.2fx the CPU time of a Cancún run (median; lowest "
                + "%.2f, highest %.2f)%n", pairs, scale, median, ratios[0], ratios[pairs - 1]);
    }

    /** The median CPU time of {@code runs} runs (batch seeds of base seed 1), in nanoseconds. */
    private static double medianCpu(NegotiationSpec spec, int runs) {
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            Negotiation.runToEnd(spec, RunSeeds.seed(1, i));
            cpu[i] = THREADS.getCurrentThreadCpuTime() - t0;
        }
        double[] sorted = Arrays.stream(cpu).asDoubleStream().sorted().toArray();
        return ThreadScaling.median(sorted);
    }
}
