package org.ministerial.experiment;

import org.ministerial.batch.CsvFiles;
import org.ministerial.batch.ResultsSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code design.csv}: one row per design point: {@code point}, the {@code scenario} when the experiment compares
 * scenarios, the design's structure columns (Saltelli: {@code sample, matrix, factor}; Morris:
 * {@code trajectory, step, factor, direction}), then one column per varied parameter with the value the point's runs
 * used. An empty parameter cell (list designs only) means the scenario's own value.
 */
public final class DesignTable {
    private DesignTable() {
    }

    static List<String> header(Experiment e) {
        List<String> header = new ArrayList<>(List.of(ResultsSchema.Sweeps.POINT));
        if (e.compare()) header.add(ResultsSchema.Sweeps.SCENARIO);
        header.addAll(Designs.structureColumns(e.design()));
        header.addAll(e.keys());
        return header;
    }

    /** Writes the design of {@code plan} into {@code folder}. */
    static void write(Path folder, SweepPlan plan) throws IOException {
        Experiment e = plan.experiment();
        List<List<String>> rows = new ArrayList<>();
        for (DesignPoint p : plan.points()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(p.index()));
            if (e.compare()) row.add(e.labels().get(p.scenario()));
            row.addAll(p.structure().values());
            for (String key : e.keys()) row.add(p.values().getOrDefault(key, ""));
            rows.add(row);
        }
        CsvFiles.write(folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE), header(e), rows);
    }
}
