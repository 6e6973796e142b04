package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.VarianceSplit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end-of-batch tables as a terminal shows them. */
class SummaryTableTest {
    @TempDir
    Path dir;

    @Test
    void theMeanEndRoundSaysItIsZeroBasedAndGivesTheCountARunReportUses() {
        org.ministerial.batch.Summary summary = new org.ministerial.batch.Summary();
        summary.add(org.ministerial.model.Outcome.BREAKDOWN, 5, java.util.Map.of());
        summary.add(org.ministerial.model.Outcome.BREAKDOWN, 8, java.util.Map.of());
        StringWriter text = new StringWriter();
        SummaryTable.print(new PrintWriter(text, true), summary);
        // rounds 5 and 8 (0-based) are the 6th and 9th: a run's report says "round 6 of 9"
        assertTrue(text.toString().contains("mean end round: 6.50 (0-based") && text.toString().contains("7.50 counting"),
                text.toString());
    }

    /** 100 runs in 20 draws whose outcome the draw decides count as 20: the table says how many runs would do. */
    @Test
    void fewEffectiveRunsAreSaidWithTheRunsThatWouldGiveAUsefulWidth() {
        org.ministerial.batch.Summary summary = new org.ministerial.batch.Summary();
        for (int run = 0; run < 100; run++) {
            int draw = run / 5;
            summary.add(draw % 2 == 0 ? org.ministerial.model.Outcome.AGREEMENT : org.ministerial.model.Outcome.BREAKDOWN,
                    5, java.util.Map.of(), draw);
        }
        StringWriter text = new StringWriter();
        SummaryTable.print(new PrintWriter(text, true), summary);
        assertTrue(text.toString().contains("note: the widest intervals rest on 20 effective runs; about 2000 runs at"
                + " this design effect give 385"), text.toString());
    }

    @Test
    void aLongMeasureNameKeepsTheVarianceColumnsAligned() throws Exception {
        StringBuilder runs = new StringBuilder("run,seed,input_draw,outcome,end_round,end_day,end_session,"
                + "hinge_issue,rejecting_coalitions,precedent_g21_found,error\n");
        for (int i = 0; i < 40; i++)
            runs.append(i).append(",x0,").append(i / 4).append(',').append(i % 3 == 0 ? "agreement" : "breakdown")
                    .append(',').append(5 + i % 4).append(",1,1,,,").append(i % 2).append(",\n");
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, runs);
        StringWriter text = new StringWriter();
        SummaryTable.print(new PrintWriter(text, true), VarianceSplit.of(file), true);
        List<String> lines = text.toString().lines().skip(1).toList();
        int variance = lines.get(0).indexOf("variance") + "variance".length();
        for (String line : lines)
            if (!line.contains("constant")) {
                String[] cells = line.trim().split("\\s+");
                assertEquals(variance, line.indexOf(cells[1]) + cells[1].length(), "\n" + text);
            }
        assertTrue(text.toString().contains("precedent_g21_found"), text.toString());
    }
}
