package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.CsvReader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A command refused because its {@code --out} holds another command's finished results says what they are in that
 * command's own terms: a batch or sweep by its runs, a calibration by its generations and particles, never a "?".
 */
class FinishedFolderMessageTest {
    private static final String TEXTBOOK = RunOutTest.TEXTBOOK;

    @TempDir
    Path tmp;

    private static String refusal(String... args) {
        CliHarness h = new CliHarness();
        assertEquals(1, h.run(args), h.out.toString());
        String message = h.err.toString();
        assertFalse(message.contains("?"), message);
        return message;
    }

    @Test
    void aCalibrationIsDescribedByItsGenerationsAndParticles() throws Exception {
        Path abc = tmp.resolve("abc"), experiment = RunOutTest.calibrationExperiment(tmp);
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("calibrate", experiment.toString(), "--threads", "2", "--out", abc.toString()),
                h.err.toString());
        int generations = CsvReader.readCells(abc.resolve("generations.csv")).size();
        String expected = abc + " holds the finished results of a different command (calibration of " + experiment
                + ", " + generations + " generation" + (generations == 1 ? "" : "s") + " of 8 particles, seed 2003,"
                + " finished ";
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, h.run("batch", TEXTBOOK, "--runs", "4", "--shard", "0/2", "--out", a.toString()));
        assertEquals(0, h.run("batch", TEXTBOOK, "--runs", "4", "--shard", "1/2", "--out", b.toString()));
        for (List<String> command : List.of(
                List.of("batch", TEXTBOOK, "--runs", "5", "--out", abc.toString()),
                List.of("run", TEXTBOOK, "--out", abc.toString()),
                List.of("sweep", RunOutTest.sweepExperiment(tmp).toString(), "--out", abc.toString()),
                List.of("merge", a.toString(), b.toString(), "--out", abc.toString()))) {
            String message = refusal(command.toArray(String[]::new));
            assertTrue(message.startsWith("error: " + expected), command.get(0) + ": " + message);
            assertTrue(message.contains("); give --force to replace them, or write to another --out"), message);
        }
    }

    @Test
    void calibrateDescribesABatchBySeedAndRunsAsBatchDoes() throws Exception {
        Path folder = tmp.resolve("batch");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("batch", TEXTBOOK, "--runs", "20", "--seed", "5", "--out", folder.toString()));
        String message = refusal("calibrate", RunOutTest.calibrationExperiment(tmp).toString(), "--out",
                folder.toString());
        assertTrue(message.startsWith("error: " + folder + " holds the finished results of a different command "
                + "(batch of textbook, 20 runs, seed 5, finished "), message);
    }
}
