package org.ministerial.bench;

import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.scenario.synthetic.SyntheticScenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs every benchmark uses: the Cancún baseline as shipped, and synthetic scenarios built from it by
 * {@link SyntheticScenario} with a fixed seed, so that every benchmark and every machine measures the same
 * negotiations.
 */
final class BenchScenarios {
    /** The scenario every figure in docs/performance.md is measured on. */
    static final String CANCUN = "scenarios/cancun-2003.yaml";
    /** Seed of the synthetic generator's jitter. */
    static final long SYNTHETIC_SEED = 2003;

    private BenchScenarios() {
    }

    /**
     * Cancún scaled by {@code factor} (1 is Cancún itself), with its inputs as written: the synthetic copies do not
     * draw inputs, so scales compare like with like. {@code -Dministerial.drawn=true} gives Cancún at scale 1 as the
     * command line runs it, each run's inputs drawn (ScenarioPlan draws them per {@code --runs-per-draw} runs).
     */
    static NegotiationSpec cancun(int factor) {
        NegotiationSpec loaded = load(CANCUN);
        if (factor == 1 && Boolean.getBoolean("ministerial.drawn")) return loaded;
        return SyntheticScenario.scaled(loaded, factor, SYNTHETIC_SEED);
    }

    /**
     * Loads a scenario relative to the project directory ({@code -Dministerial.home}, else the working directory),
     * with the overrides in {@code -Dministerial.set=key=value,key=value} (as {@code --set} on the command line; for
     * instance {@code parameters.analysis.nash=false} to time the model without its Nash analysis).
     */
    static NegotiationSpec load(String relative) {
        return scenario(relative).spec();
    }

    /** As {@link #load}, the whole scenario (name, overrides, inputs) as the command line loads it. */
    static Scenario scenario(String relative) {
        Path file = Path.of(System.getProperty("ministerial.home", ".")).resolve(relative);
        if (!Files.isRegularFile(file))
            throw new IllegalStateException("cannot find " + file.toAbsolutePath()
                    + ": run the benchmarks from the project directory or pass -Dministerial.home=DIR");
        try {
            return ScenarioLoader.load(file, overrides());
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Map<String, String> overrides() {
        Map<String, String> set = new LinkedHashMap<>();
        String given = System.getProperty("ministerial.set", "").trim();
        if (given.isEmpty()) return set;
        for (String pair : given.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("-Dministerial.set wants key=value pairs: " + pair);
            set.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return set;
    }
}
