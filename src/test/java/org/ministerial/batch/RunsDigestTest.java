package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One reading of runs.csv gives what the separate readers give: summary, variance split and column means. */
class RunsDigestTest {
    @TempDir
    Path tmp;

    @Test
    void oneReadingGivesTheSummaryTheSplitAndTheMeansOfTheSeparateReaders() throws Exception {
        Scenario cancun = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of());
        Path folder = tmp.resolve("b");
        Batch.execute(cancun, new BatchSettings(40, 7, 2), folder, null, null);
        Path runs = folder.resolve(Runs.FILE);
        List<String> columns = cancun.spec().issues().stream().map(i -> Runs.text(i.id())).toList();

        RunsDigest digest = RunsDigest.of(runs, columns);

        assertEquals(SummaryJson.of("x", Summary.of(runs), VarianceSplit.of(runs)),
                SummaryJson.of("x", digest.summary(), digest.split()));
        assertNotNull(digest.split(), "Cancun draws its inputs, so its runs.csv has a split");
        assertEquals(VarianceSplit.of(runs).parts(), digest.split().parts());
        assertEquals(columns, List.copyOf(digest.means().keySet()));
        for (String c : columns) {
            double sum = 0;
            int n = 0;
            try (RunsCsv rows = RunsCsv.open(runs)) {
                for (RunsCsv.Row r : rows) {
                    if (r.failed()) continue;
                    sum += Double.parseDouble(r.get(c));
                    n++;
                }
            }
            assertTrue(n > 0);
            assertEquals(sum / n, digest.means().get(c), 1e-12, c);
        }
    }
}
