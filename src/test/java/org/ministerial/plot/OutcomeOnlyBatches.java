package org.ministerial.plot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Results folders holding only a {@code runs.csv} of outcomes: enough for the outcome and forest figures. */
final class OutcomeOnlyBatches {
    private OutcomeOnlyBatches() {
    }

    /**
     * A folder under {@code root} named after {@code label}, whose {@code runs} runs are {@code breakdowns}
     * breakdowns followed by agreements.
     */
    static LabelledBatch batch(Path root, String label, int breakdowns, int runs) throws Exception {
        Path folder = Files.createDirectories(root.resolve(FigureNames.slug(label)));
        StringBuilder csv = new StringBuilder("run,seed,outcome\n");
        for (int i = 0; i < runs; i++) csv.append(i).append(',').append(i).append(',')
                .append(i < breakdowns ? "breakdown" : "agreement").append('\n');
        Files.writeString(folder.resolve("runs.csv"), csv, StandardCharsets.UTF_8);
        return new LabelledBatch(label, ResultsData.read(folder));
    }
}
