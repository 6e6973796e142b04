package org.ministerial.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.WorkingFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A calibration's files do not depend on the number of threads, and do depend on the seed. */
class DeterminismTest {
    static final List<String> FILES = List.of("posterior.csv", "particles.csv", "generations.csv", "summary.json");

    @TempDir
    Path tmp;

    @Test
    void oneAndThreeThreadsWriteByteIdenticalFiles() throws Exception {
        Path file = Experiments.write(tmp, "bernoulli", Experiments.bernoulli(80, 5));
        Experiments.run(file, tmp.resolve("one"), 1, Experiments.bernoulliModel());
        Experiments.run(file, tmp.resolve("three"), 3, Experiments.bernoulliModel());
        for (String f : FILES)
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("three").resolve(f)), f);
        assertFalse(Files.exists(tmp.resolve("one").resolve(WorkingFiles.AbcState.FOLDER)),
                "state removed when done");

        Path other = Experiments.write(tmp, "other", Experiments.bernoulli(80, 6));
        Experiments.run(other, tmp.resolve("other"), 2, Experiments.bernoulliModel());
        assertNotEquals(Files.readString(tmp.resolve("one").resolve("posterior.csv")),
                Files.readString(tmp.resolve("other").resolve("posterior.csv")), "another seed, other particles");
    }
}
