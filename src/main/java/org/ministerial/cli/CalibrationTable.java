package org.ministerial.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.Json;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Calibrations;
import org.ministerial.batch.SummaryKeys.Abc;
import org.ministerial.files.CsvReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-calibration report, read from the finished folder ({@code summary.json} and {@code generations.csv}),
 * so that it is the same after a resume and for a folder that was already complete: the generations, each
 * parameter's posterior, and each target's and holdout pattern's posterior predictive mean against its observed value.
 */
final class CalibrationTable {
    private CalibrationTable() {
    }

    static void print(PrintWriter out, Path folder) throws IOException {
        JsonNode s = Json.read(folder.resolve(ResultsSchema.SUMMARY_FILE));
        JsonNode settings = s.path(Abc.SETTINGS);
        out.printf(Locale.ROOT, "calibration: %s of %s, seed %s: %d particles x %d runs, alpha %s%n",
                s.path(Abc.CALIBRATION).asText(), s.path(Abc.SCENARIO).asText(), s.path(Abc.SEED).asText(),
                settings.path(Abc.PARTICLES).asInt(), settings.path(Abc.RUNS_PER_PARTICLE).asInt(),
                settings.path(Abc.ALPHA).asText());
        out.printf(Locale.ROOT, "stopped after %d generations: %s; %d proposals, %d runs%n",
                s.path(Abc.GENERATIONS).asInt(), s.path(Abc.STOP_REASON).asText(), s.path(Abc.PROPOSALS).asLong(),
                s.path(Abc.RUNS).asLong());
        out.println();
        List<List<String>> gens = new ArrayList<>();
        gens.add(List.of("generation", "tolerance", "proposals", "accepted", "acceptance", "ESS", "failed runs"));
        for (Map<String, String> r : CsvReader.readCells(folder.resolve(Calibrations.GENERATIONS_FILE)))
            gens.add(List.of(r.get(Calibrations.GENERATION), r.get(Calibrations.TOLERANCE),
                    r.get(Calibrations.PROPOSALS), r.get(Calibrations.ACCEPTED),
                    percent(r.get(Calibrations.ACCEPTANCE_RATE)), fixed(r.get(Calibrations.ESS), 1),
                    r.get(Calibrations.FAILED_RUNS)));
        print(out, gens);
        out.println();
        List<List<String>> params = new ArrayList<>();
        params.add(List.of("parameter", "prior", "mean", "sd", "median", "95% credible interval"));
        s.path(Abc.POSTERIOR).properties().forEach(e -> {
            JsonNode p = e.getValue();
            params.add(List.of(e.getKey(), "U" + pair(p.path(Abc.PRIOR), -1), fixed(p.path(Abc.MEAN).asText(), 4),
                    fixed(p.path(Abc.SD).asText(), 4), fixed(p.path(Abc.MEDIAN).asText(), 4),
                    pair(p.path(Abc.CI95), 4)));
        });
        print(out, params);
        out.println();
        List<List<String>> patterns = new ArrayList<>();
        patterns.add(List.of("pattern", "", "observed", "scale", "simulated mean", "95% interval", "(mean-obs)/scale"));
        addPatterns(patterns, s.path(Abc.TARGETS), "target");
        addPatterns(patterns, s.path(Abc.HOLDOUT), "holdout");
        print(out, patterns);
    }

    private static void addPatterns(List<List<String>> rows, JsonNode patterns, String kind) {
        patterns.properties().forEach(e -> {
            JsonNode t = e.getValue();
            rows.add(List.of(e.getKey(), kind, t.path(Abc.OBSERVED).asText(), t.path(Abc.SCALE).asText(),
                    fixed(t.path(Abc.MEAN).asText(), 4), pair(t.path(Abc.CI95), 4),
                    fixed(t.path(Abc.STANDARDISED_DIFFERENCE).asText(), 3)));
        });
    }

    private static String pair(JsonNode two, int places) {
        return "[" + fixed(two.path(0).asText(), places) + ", " + fixed(two.path(1).asText(), places) + "]";
    }

    /** A number to {@code places} decimals, as written when {@code places < 0}; {@code -} when missing. */
    private static String fixed(String number, int places) {
        if (number == null || number.isEmpty() || number.equals("null") || number.equals("NaN")) return "-";
        if (places < 0) return number;
        try {
            return String.format(Locale.ROOT, "%." + places + "f", Double.parseDouble(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private static String percent(String share) {
        return share == null || share.isEmpty() ? "-"
                : String.format(Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(share));
    }

    /** Left-aligned first column, the others right-aligned, two spaces apart. */
    private static void print(PrintWriter out, List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows)
            for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        for (List<String> r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                if (i > 0) b.append("  ");
                b.append(String.format(Locale.ROOT, "%" + (i == 0 ? "-" : "") + width[i] + "s", r.get(i)));
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
