package org.ministerial.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.BatchRunner;
import org.ministerial.batch.Json;
import org.ministerial.batch.WorkingFiles;
import org.ministerial.model.NegotiationSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A calibration stopped in the middle of a generation (the model dies, as a killed process would) and run again
 * with the same folder continues, and its files are byte-identical to those of an uninterrupted calibration.
 */
class ResumeTest {
    @TempDir
    Path tmp;

    /** What a killed process leaves: nothing runs after it. */
    static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    /** The model, dying at its {@code limit}-th run. */
    static BatchRunner.Model dyingAfter(int limit) {
        BatchRunner.Model model = Experiments.bernoulliModel();
        AtomicInteger runs = new AtomicInteger();
        return (NegotiationSpec spec, long seed) -> {
            if (runs.incrementAndGet() >= limit) throw new Killed();
            return model.run(spec, seed);
        };
    }

    @Test
    void twiceInterruptedCalibrationEqualsUninterruptedOne() throws Exception {
        Path file = Experiments.write(tmp, "bernoulli", Experiments.bernoulli(80, 9));
        Path whole = tmp.resolve("whole");
        Experiments.run(file, whole, 2, Experiments.bernoulliModel());

        Path part = tmp.resolve("part");
        Calibration c = CalibrationReader.read(file);
        StringWriter progress = new StringWriter();
        // first stop inside generation 0, the second well into a later generation
        assertThrows(Killed.class, () -> CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()), 1,
                part, dyingAfter(50), false, new PrintWriter(progress)));
        assertTrue(Files.isDirectory(part.resolve(WorkingFiles.AbcState.FOLDER)), "state kept");
        assertFalse(Files.exists(part.resolve("posterior.csv")));
        assertThrows(Killed.class, () -> CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()), 2,
                part, dyingAfter(1500), false, new PrintWriter(progress)));
        try (Stream<Path> state = Files.list(part.resolve(WorkingFiles.AbcState.FOLDER))) {
            assertTrue(state.anyMatch(p -> p.getFileName().toString().matches("proposals-[1-9]\\d*\\.csv")),
                    "stopped inside a later generation, with its proposals journalled");
        }
        CalibrationRun.Report report = CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()), 2,
                part, Experiments.bernoulliModel(), false, new PrintWriter(progress));
        assertTrue(report.resumedFrom() > 0, "finished generations kept");
        assertTrue(progress.toString().contains("(finished by an earlier attempt)"), progress.toString());

        for (String f : DeterminismTest.FILES)
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(part.resolve(f)), f);
        JsonNode manifest = Json.read(part.resolve("manifest.json"));
        assertEquals(2, manifest.path("resumed_at").size(), manifest.toString());
        assertEquals(0, manifest.path("resumed_at").get(0).asInt());
        assertFalse(Files.exists(part.resolve(WorkingFiles.AbcState.FOLDER)));

        CalibrationRun.Report again = CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()), 2, part,
                Experiments.bernoulliModel(), false, new PrintWriter(progress));
        assertTrue(again.alreadyComplete());
    }

    @Test
    void aCutLastLineOfTheProposalJournalIsDropped() throws Exception {
        Path file = Experiments.write(tmp, "bernoulli", Experiments.bernoulli(40, 4));
        Path whole = tmp.resolve("whole");
        Experiments.run(file, whole, 2, Experiments.bernoulliModel());
        Calibration c = CalibrationReader.read(file);
        Path part = null;
        Path journal = null;
        // kill later and later until a generation's proposals have been journalled when the process dies
        for (int limit = 100; journal == null; limit += 100) {
            part = tmp.resolve("part-" + limit);
            Path folder = part;
            int runs = limit;
            assertThrows(Killed.class, () -> CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()),
                    1, folder, dyingAfter(runs), false, new PrintWriter(new StringWriter())));
            try (Stream<Path> state = Files.list(part.resolve(WorkingFiles.AbcState.FOLDER))) {
                journal = state.filter(p -> p.getFileName().toString().startsWith("proposals-")).findFirst()
                        .orElse(null);
            }
        }
        Files.writeString(journal, "17,0.1,0,0.3", java.nio.file.StandardOpenOption.APPEND); // a crash mid-line
        Experiments.run(file, part, 2, Experiments.bernoulliModel());
        for (String f : DeterminismTest.FILES)
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(part.resolve(f)), f);
    }

    @Test
    void anotherExperimentsUnfinishedResultsAreRefusedAndFinishedOnesNeedForce() throws Exception {
        Path file = Experiments.write(tmp, "bernoulli", Experiments.bernoulli(40, 4));
        Path other = Experiments.write(tmp, "other", Experiments.bernoulli(40, 5));
        Path part = tmp.resolve("part");
        Calibration c = CalibrationReader.read(file);
        assertThrows(Killed.class, () -> CalibrationRun.run(CalibrationPlan.of(c, Experiments.bernoulliModel()), 1,
                part, dyingAfter(100), false, new PrintWriter(new StringWriter())));
        Exception e = assertThrows(org.ministerial.batch.ResultsFolderException.class,
                () -> Experiments.run(other, part, 1, Experiments.bernoulliModel()));
        assertTrue(e.getMessage().contains("unfinished results of a different command"), e.getMessage());

        Experiments.run(file, part, 2, Experiments.bernoulliModel());
        e = assertThrows(org.ministerial.batch.ResultsFolderException.class,
                () -> Experiments.run(other, part, 1, Experiments.bernoulliModel()));
        assertTrue(e.getMessage().contains("give --force"), e.getMessage());
        Calibration o = CalibrationReader.read(other);
        CalibrationRun.run(CalibrationPlan.of(o, Experiments.bernoulliModel()), 2, part, Experiments.bernoulliModel(),
                true, new PrintWriter(new StringWriter()));
        assertTrue(Json.read(part.resolve("manifest.json")).path("experiment").asText().endsWith("other.yaml"));
    }
}
