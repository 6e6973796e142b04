package org.ministerial.sensitivity;

import org.ministerial.batch.AnalysisSchema.Sensitivity;
import org.ministerial.batch.CsvFiles;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.Json;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a sensitivity analysis beside the sweep's results: {@code sensitivity.csv} (one row per output and factor),
 * {@code sensitivity.md} (a table per output, for reading and pasting) and {@code sensitivity.json} (the indices with
 * their intervals as {@code [low, high]} pairs, and what was analysed). Numbers follow the results folder's rules
 * (six decimals; NaN in CSV, null in JSON).
 */
public final class SensitivityReport {
    private SensitivityReport() {
    }

    public static void write(Path folder, SensitivityAnalysis.Result result) throws IOException {
        SensitivityTable t = result.table();
        List<String> header = new ArrayList<>(List.of(Sensitivity.OUTPUT, Sensitivity.FACTOR));
        header.addAll(t.columns());
        List<List<String>> rows = new ArrayList<>();
        for (SensitivityTable.Output o : t.outputs())
            for (SensitivityTable.Row r : o.rows()) {
                List<String> cells = new ArrayList<>(List.of(o.name(), r.factor()));
                for (double v : r.values()) cells.add(Decimals.format(v));
                rows.add(cells);
            }
        CsvFiles.write(folder.resolve(Sensitivity.CSV_FILE), header, rows);
        writeText(folder.resolve(Sensitivity.MARKDOWN_FILE), markdown(result));
        Json.write(folder.resolve(Sensitivity.JSON_FILE), json(result));
    }

    /** The Markdown report: a heading and a table per analysed output, then the outputs left out and why. */
    public static String markdown(SensitivityAnalysis.Result result) {
        SensitivityTable t = result.table();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Map<String, Object> about = result.about();
        boolean sobol = t.method().equals(Sensitivity.SOBOL);
        out.printf("# %s: %s%n%n", sobol ? "Sobol indices" : "Morris elementary effects", about.get(Sensitivity.EXPERIMENT));
        Object boot = about.get(Sensitivity.BOOTSTRAP);
        double confidence = boot instanceof Map<?, ?> m ? ((Number) m.get(Sensitivity.CONFIDENCE)).doubleValue() : 0.95;
        String ci = Decimals.format(100 * confidence) + "% CI";
        out.printf("%d design points x %s replications; intervals: %s percentile bootstrap.%n%n",
                ((Number) about.get(Sensitivity.POINTS)).intValue(), about.get(Sensitivity.REPLICATIONS), ci);
        List<String> left = new ArrayList<>();
        for (SensitivityTable.Output o : t.outputs()) {
            if (o.note() != null) {
                left.add("- `" + o.name() + "`: " + o.note());
                continue;
            }
            out.printf("## %s%n%n", o.name());
            if (sobol && o.unreliable() != null) out.printf("**%s**%n%n", o.unreliable());
            out.println(sobol ? "| factor | first order | " + ci + " | total order | " + ci + " |"
                    : "| factor | mu | mu* | " + ci + " | sigma |");
            out.println(sobol ? "|---|---:|---|---:|---|" : "|---|---:|---:|---|---:|");
            for (SensitivityTable.Row r : o.rows()) {
                double[] v = r.values();
                if (sobol)
                    out.printf("| %s | %s | %s | %s | %s |%n", r.factor(), Decimals.format(v[0]), pair(v[1], v[2]),
                            Decimals.format(v[3]), pair(v[4], v[5]));
                else
                    out.printf("| %s | %s | %s | %s | %s |%n", r.factor(), Decimals.format(v[0]),
                            Decimals.format(v[1]), pair(v[2], v[3]), Decimals.format(v[4]));
            }
            out.println();
        }
        if (!left.isEmpty()) {
            out.println("## Outputs not analysed");
            out.println();
            left.forEach(out::println);
        }
        out.flush();
        return text.toString();
    }

    private static String pair(double low, double high) {
        return "[" + Decimals.format(low) + ", " + Decimals.format(high) + "]";
    }

    private static Map<String, Object> json(SensitivityAnalysis.Result result) {
        SensitivityTable t = result.table();
        Map<String, Object> tree = new LinkedHashMap<>(result.about());
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (SensitivityTable.Output o : t.outputs()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(Sensitivity.MEAN, Decimals.round(o.mean()));
            one.put(Sensitivity.VARIANCE, Decimals.round(o.variance()));
            if (o.note() != null) one.put(Sensitivity.NOTE, o.note());
            if (o.note() == null && t.method().equals(Sensitivity.SOBOL) && o.unreliable() != null)
                one.put(Sensitivity.WARNING, o.unreliable());
            Map<String, Object> byFactor = new LinkedHashMap<>();
            for (SensitivityTable.Row r : o.rows()) byFactor.put(r.factor(), statistics(t.columns(), r.values()));
            one.put(t.method().equals(Sensitivity.SOBOL) ? Sensitivity.INDICES : Sensitivity.EFFECTS, o.note() == null ? byFactor : null);
            outputs.put(o.name(), one);
        }
        tree.put(Sensitivity.OUTPUTS, outputs);
        return tree;
    }

    /** Statistics by name, each {@code x_low, x_high} pair folded into {@code x_ci: [low, high]}. */
    private static Map<String, Object> statistics(List<String> columns, double[] values) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c), statistic = Sensitivity.lowOf(name);
            if (statistic != null && c + 1 < columns.size() && Sensitivity.isHigh(columns.get(c + 1))) {
                List<Object> ci = new ArrayList<>();
                ci.add(Decimals.round(values[c]));
                ci.add(Decimals.round(values[c + 1]));
                s.put(Sensitivity.interval(statistic), ci);
                c++;
            } else {
                s.put(name, Decimals.round(values[c]));
            }
        }
        return s;
    }

    private static void writeText(Path target, String text) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
