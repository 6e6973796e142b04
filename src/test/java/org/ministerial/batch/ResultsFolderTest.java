package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsFolderTest {
    @TempDir
    Path tmp;

    @Test
    void oneNewFolderPerBatchEvenWithinTheSameSecond() throws Exception {
        LocalDateTime t = LocalDateTime.of(2003, 9, 14, 16, 5, 9);
        Path first = ResultsFolder.create(tmp, "cancun-2003", t);
        Path second = ResultsFolder.create(tmp, "cancun-2003", t);
        assertEquals(tmp.resolve("cancun-2003").resolve("20030914-160509"), first);
        assertEquals(tmp.resolve("cancun-2003").resolve("20030914-160509-2"), second);
        assertTrue(Files.isDirectory(first) && Files.isDirectory(second));
    }

    @Test
    void scenarioNamesBecomeOnePortableSegment() {
        assertEquals("Doha_round_2001", ResultsFolder.safe("Doha round/2001"));
        assertEquals("scenario", ResultsFolder.safe(".."));
        assertEquals("scenario", ResultsFolder.safe(" "));
    }

    @Test
    void aFullDeviceIsToldWithTheFolderWhatWasBeingWrittenAndWhatToDo() {
        Path folder = Path.of("out");
        java.io.IOException full = new java.io.IOException("No space left on device");
        java.io.IOException told = ResultsFolder.explainFullDisk(full, folder, "the merged results", "merge again");
        assertTrue(told instanceof ResultsFolderException, told.toString());
        assertEquals("out: no space left on the device while writing the merged results; merge again", told.getMessage());
        // anything else, and an exception that names its own file, is passed on as it is
        java.io.IOException other = new java.io.IOException("Input/output error");
        assertTrue(ResultsFolder.explainFullDisk(other, folder, "x", "y") == other);
        java.io.IOException named = new java.nio.file.FileSystemException("out/runs.csv", null, "No space left on device");
        assertTrue(ResultsFolder.explainFullDisk(named, folder, "x", "y") == named);
    }
}
