package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.ProgressListener;
import org.ministerial.cli.Main;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * What the batch command adds to the bare {@link BatchRunner} within one warm JVM, as a daemon runs it:
 * {@code java -Dministerial.home=. -cp target/benchmarks.jar org.ministerial.bench.CommandOverhead RUNS THREADS ROUNDS}.
 *
 * <p>Each round runs Cancún's first RUNS runs (base seed 9, inputs drawn as the command line draws them) twice, back
 * to back: through the runner alone, results consumed and not written (what {@link ThreadScaling} and the JMH
 * {@code BatchBenchmark} time), then as {@code ministerial batch} into a fresh temporary folder (loading the scenario,
 * formatting and compressing every table, writing, summarising), and prints both rates and their ratio; the figure is
 * the median over the rounds after the first two (the JIT compiler's). Which of the two goes first alternates from one
 * round to the next. Output of the command is discarded. Below each round, the CPU each took by kind of thread
 * ({@link ThreadCpu}: the workers, the calling thread, the JIT compiler, the collector): what the command adds to the
 * runner on two threads comes out of the workers' time.
 */
public final class CommandOverhead {
    private static final int WARM_ROUNDS = 2;

    private CommandOverhead() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CommandOverhead RUNS THREADS ROUNDS");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path home = Path.of(System.getProperty("ministerial.home", "."));
        NegotiationSpec spec = BenchScenarios.load(BenchScenarios.CANCUN);
        String scenario = home.resolve(BenchScenarios.CANCUN).toString();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        double[] ratios = new double[Math.max(0, rounds - WARM_ROUNDS)];
        ThreadCpu cpu = new ThreadCpu();
        for (int round = 0; round < rounds; round++) {
            // which goes first alternates, as in ThreadScaling, so that neither always inherits the other's garbage
            double runner = 0, batch = 0;
            String runnerCpu = "", batchCpu = "";
            for (int turn = 0; turn < 2; turn++) {
                Map<String, Double> before = cpu.seconds();
                if ((turn == 0) == (round % 2 == 0)) {
                    runner = runnerRate(spec, runs, threads);
                    runnerCpu = ThreadCpu.between(before, cpu.seconds());
                } else {
                    batch = commandRate(scenario, runs, threads, out, err, discard);
                    batchCpu = ThreadCpu.between(before, cpu.seconds());
                }
            }
            if (round >= WARM_ROUNDS) ratios[round - WARM_ROUNDS] = batch / runner;
            out.printf("round %2d%s: runner %.1f runs/s, command %.1f runs/s: %.3f%n", round + 1,
                    round < WARM_ROUNDS ? " (warm-up)" : "", runner, batch, batch / runner);
            out.printf("    CPU of the runner: %s%n    CPU of the command: %s%n", runnerCpu, batchCpu);
        }
        cpu.close();
        Arrays.sort(ratios);
        if (ratios.length > 0)
            out.printf("%d runs on %d threads: the command at %.3f of the runner's rate (median of %d rounds, %.3f to "
                    + "%.3f)%n", runs, threads, ThreadScaling.median(ratios), ratios.length, ratios[0],
                    ratios[ratios.length - 1]);
    }

    private static double runnerRate(NegotiationSpec spec, int runs, int threads) throws Exception {
        long start = System.nanoTime();
        long[] completed = new long[1];
        new BatchRunner(spec, runs, 9, threads, Negotiation::runToEnd)
                .run(run -> completed[0] += run.result() == null ? 0 : 1, ProgressListener.NONE);
        return runs / ((System.nanoTime() - start) / 1e9);
    }

    private static double commandRate(String scenario, int runs, int threads, PrintStream out, PrintStream err,
                                      PrintStream discard) throws IOException {
        Path folder = Files.createTempDirectory("command-overhead");
        String[] command = {"batch", scenario, "--runs", Integer.toString(runs), "--seed", "9", "--threads",
                Integer.toString(threads), "--out", folder.resolve("b").toString()};
        int status;
        System.setOut(discard);
        System.setErr(discard);
        long start = System.nanoTime();
        try {
            status = Main.execute(command);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        double rate = runs / ((System.nanoTime() - start) / 1e9);
        TempFolders.remove(folder);
        if (status != 0) throw new IllegalStateException("the batch command failed with status " + status);
        return rate;
    }
}
