package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cell of runs.csv that cannot be read is named by its line and column and what it should hold. */
class RunsCsvCellsTest {
    @TempDir
    Path tmp;

    private String readAll(String row) throws Exception {
        Path file = tmp.resolve("runs.csv");
        Files.writeString(file, "run,seed,outcome,end_round,rejecting_coalitions,mean_utility\n0,x1,breakdown,4,,0.5\n" + row + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (RunsCsv runs = RunsCsv.open(file)) {
                for (RunsCsv.Row r : runs) assertEquals(0, r.run());
            }
        });
        return e.getMessage();
    }

    @Test
    void aBadCellIsNamedByLineColumnAndWhatItShouldHold() throws Exception {
        String outcome = readAll("1,x2,BRAKEDOWN,4,,0.5");
        assertTrue(outcome.endsWith("runs.csv:3: column 'outcome' holds 'BRAKEDOWN', not one of agreement, breakdown,"
                + " flexible or error"), outcome);
        String number = readAll("1,x2,breakdown,4,,abc");
        assertTrue(number.endsWith("runs.csv:3: column 'mean_utility' holds 'abc', not a number"), number);
        String round = readAll("1,x2,breakdown,four,,0.5");
        assertTrue(round.endsWith("runs.csv:3: column 'end_round' holds 'four', not a whole number"), round);
    }
}
