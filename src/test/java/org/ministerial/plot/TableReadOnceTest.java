package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.ResultsSchema.Rounds;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rounds table the completeness check reads ({@link CheckedFolders}) is the table the trajectories figure would
 * read itself, and a table read with some columns keeps only theirs.
 */
class TableReadOnceTest {
    @TempDir
    Path tmp;

    @Test
    void theCheckedRoundsTableIsTheTableReadAgain() throws Exception {
        Path folder = RealResults.batch(tmp.resolve("b"), RealResults.varied(), 12, 3);
        CheckedFolders checked = new CheckedFolders();
        checked.check(folder);
        Table shared = checked.rounds(folder).orElseThrow();
        Table read = Table.read(folder.resolve(Rounds.FILE), TrajectoryFigure.COLUMNS);
        assertEquals(read.file(), shared.file());
        assertEquals(read.header(), shared.header());
        assertEquals(read.rows().size(), shared.rows().size());
        for (int i = 0; i < read.rows().size(); i++) {
            assertEquals(read.rows().get(i).line(), shared.rows().get(i).line());
            assertArrayEquals(read.rows().get(i).cells(), shared.rows().get(i).cells());
        }
        assertTrue(checked.rounds(folder).isEmpty(), "given once");
        assertTrue(checked.rounds(tmp.resolve("never-checked")).isEmpty());
    }

    @Test
    void onlyTheColumnsAskedForAreKeptButTheHeaderIsWhole() throws Exception {
        Path folder = RealResults.batch(tmp.resolve("b"), RealResults.varied(), 4, 5);
        Table t = Table.read(folder.resolve(Rounds.FILE), List.of(Rounds.RUN, Rounds.ACCEPTING));
        assertEquals(2, t.rows().get(0).cells().length);
        assertTrue(t.header().contains(Rounds.SESSION));
        assertEquals("0", t.text(t.rows().get(0), Rounds.RUN));
        assertEquals("", t.text(t.rows().get(0), "no_such_column"));
        assertThrows(IllegalArgumentException.class, () -> t.text(t.rows().get(0), Rounds.SESSION));
    }
}
