package org.ministerial.batch;

import org.ministerial.model.GroupSpec;
import org.ministerial.model.NegotiationSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code groups.csv}: the scenario's pre-existing groups and their members, one row per group and member, written
 * once per results folder since every run starts from them. A plan that compares several scenarios adds a first
 * column, {@code scenario}, holding the label that {@code runs.csv} gives each scenario; a results table joins to it
 * on that column.
 */
final class GroupsFile {
    private GroupsFile() {
    }

    static void write(Path folder, RunPlan plan) throws IOException {
        Map<String, NegotiationSpec> scenarios = plan.scenarios();
        boolean labelled = scenarios.size() > 1;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = ResultsSchema.Groups.header(labelled);
        for (Map.Entry<String, NegotiationSpec> s : scenarios.entrySet())
            for (GroupSpec g : s.getValue().groups())
                for (int member : g.members()) {
                    List<String> row = new ArrayList<>();
                    if (labelled) row.add(s.getKey());
                    row.addAll(List.of(g.id(), g.name(), s.getValue().actors().get(member).code(),
                            g.ties() ? "1" : "0"));
                    rows.add(row);
                }
        CsvFiles.write(folder.resolve(ResultsSchema.Groups.FILE), header, rows);
    }
}
