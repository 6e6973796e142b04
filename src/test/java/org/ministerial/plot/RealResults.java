package org.ministerial.plot;

import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small but real results folders for the figure tests, made by the batch API on the textbook scenario with noise
 * and coalitions switched on so that outcomes, trajectories and coalitions vary between runs.
 */
final class RealResults {
    static final String TEXTBOOK = "scenarios/textbook.yaml";
    static final int RUNS = 60;

    private RealResults() {
    }

    /** The textbook scenario with varied outcomes and emergent coalitions, plus {@code extra} overrides. */
    static Map<String, String> varied(String... extra) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("parameters.noise.position", "0.2");
        o.put("parameters.coalitions.enabled", "true");
        o.put("parameters.coalitions.leader_share", "1");
        o.put("parameters.coalitions.similarity", "0");
        for (int i = 0; i + 1 < extra.length; i += 2) o.put(extra[i], extra[i + 1]);
        return o;
    }

    /** Runs a batch of {@code runs} runs into {@code folder}. */
    static Path batch(Path folder, Map<String, String> overrides, int runs, long seed) throws Exception {
        Batch.execute(ScenarioLoader.load(Path.of(TEXTBOOK), overrides), new BatchSettings(runs, seed, 2), folder,
                null, null);
        return folder;
    }

    /**
     * A sweep folder as the sweep tools make it: the {@code runs.csv} of one batch per design point, concatenated
     * (docs/results.md: the override columns make this possible).
     */
    static Path sweep(Path root, List<String> noise, List<String> mediation, int runs) throws Exception {
        Path out = Files.createDirectories(root.resolve("sweep"));
        StringBuilder csv = new StringBuilder();
        long seed = 1;
        for (String n : noise) {
            for (String m : mediation) {
                Map<String, String> point = new LinkedHashMap<>();
                point.put("parameters.noise.position", n);
                point.put("parameters.chair.mediation", m);
                Path b = batch(root.resolve("point-" + n + "-" + m), point, runs, seed++);
                List<String> lines = Files.readAllLines(b.resolve("runs.csv"), StandardCharsets.UTF_8);
                if (csv.length() == 0) csv.append(lines.get(0)).append('\n');
                for (String line : lines.subList(1, lines.size())) csv.append(line).append('\n');
            }
        }
        Files.writeString(out.resolve("runs.csv"), csv.toString(), StandardCharsets.UTF_8);
        return out;
    }

    /** A hand-made sensitivity file in the documented format. */
    static Path sensitivity(Path root) throws IOException {
        Path file = root.resolve("sobol.json");
        Files.writeString(file, """
                {"outputs": {
                  "breakdown_share": {"parameters": {
                    "noise.position": {"S1": 0.42, "S1_ci": [0.35, 0.49], "ST": 0.61, "ST_ci": [0.52, 0.70]},
                    "chair.mediation": {"S1": 0.12, "S1_ci": [0.05, 0.19], "ST": 0.2, "ST_ci": [0.12, 0.28]}}},
                  "end_round": {"parameters": {
                    "noise.position": {"S1": 0.3, "ST": 0.35},
                    "chair.mediation": {"S1": 0.5, "S1_ci": [0.41, 0.58], "ST": 0.55, "ST_ci": [0.47, 0.66]}}}}}
                """, StandardCharsets.UTF_8);
        return file;
    }
}
