package org.ministerial.bench;

import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.ProgressListener;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The in-JVM side of {@code bin/command-ratio}: a JVM that stays up and runs, for each line {@code RUNS THREADS} read
 * from standard input, Cancún's first RUNS runs (base seed 9, inputs drawn as {@code ministerial batch --seed 9} draws
 * them) through the production {@link BatchRunner}, results consumed and not written, and answers with one line: the
 * batch's wall time in seconds and a checksum of its results. It stays warm between batches, as the daemon that serves
 * the command line does, so that a script can alternate the two, batch by batch, on a machine whose speed drifts.
 * {@code java -Dministerial.home=. -cp target/benchmarks.jar org.ministerial.bench.RunnerService}
 */
public final class RunnerService {
    private RunnerService() {
    }

    public static void main(String[] args) throws Exception {
        NegotiationSpec spec = BenchScenarios.load(BenchScenarios.CANCUN);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split("\\s+");
            if (words.length != 2) {
                System.out.println("error: want RUNS THREADS, got '" + line + "'");
                continue;
            }
            int runs = Integer.parseInt(words[0]);
            int threads = Integer.parseInt(words[1]);
            long[] checksum = new long[1];
            long start = System.nanoTime();
            new BatchRunner(spec, runs, 9, threads, Negotiation::runToEnd).run(run -> {
                RunResult r = run.result();
                checksum[0] = 31 * checksum[0] + (r == null ? -1 : Arrays.hashCode(r.finalText()));
            }, ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%.4f %x%n", seconds, checksum[0]);
            System.out.flush();
        }
    }
}
