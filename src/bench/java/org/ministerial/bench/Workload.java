package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain batch of Cancún or a synthetic scale of it, for profilers and for checks outside JMH:
 * {@code java -cp target/benchmarks.jar org.ministerial.bench.Workload SCALE RUNS THREADS [WARMUP_RUNS]}.
 *
 * <p>Besides wall time and runs per second it reports the CPU time of each run (the worker thread's CPU clock
 * around {@link Negotiation#runToEnd}): on a machine shared with other work, wall time measures the neighbours as
 * much as the model, while a run's CPU time barely moves. It also prints the mean number of rounds per run, since
 * run time grows with the length of the meetings as well as with the size of the room, and the load average before
 * and after, to show how busy the machine was.
 */
public final class Workload {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Workload() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: Workload SCALE RUNS THREADS [WARMUP_RUNS]");
            System.exit(2);
        }
        int scale = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warmup = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        NegotiationSpec spec = BenchScenarios.cancun(scale);
        for (int i = 0; i < warmup; i++) Negotiation.runToEnd(spec, RunSeeds.seed(-1, i));
        String loadBefore = loadAverage();
        long[] cpu = new long[runs];
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < runs; i++) index.put(RunSeeds.seed(1, i), i);
        long[] rounds = new long[1];
        // the batch's base seed is 1; the map finds a run's index from its seed
        BatchRunner.Model timed = (s, seed) -> {
            long t0 = THREADS.getCurrentThreadCpuTime();
            RunResult r = Negotiation.runToEnd(s, seed);
            cpu[index.get(seed)] = THREADS.getCurrentThreadCpuTime() - t0;
            return r;
        };
        long start = System.nanoTime();
        new BatchRunner(spec, runs, 1, threads, timed).run(run -> {
            if (!run.failed()) rounds[0] += run.result().endRound() + 1;
        }, (done, total) -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d actors, %d organisations; %d runs on %d threads in %.2f s: %.1f runs/s; "
                        + "CPU per run median %.3f ms, mean %.3f ms; %.2f rounds per run; load %s -> %s%n",
                spec.name(), spec.actors().size(), spec.ngos().size(), runs, threads, seconds, runs / seconds,
                sorted[runs / 2] / 1e6, Arrays.stream(cpu).average().orElse(0) / 1e6,
                (double) rounds[0] / runs, loadBefore, loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
