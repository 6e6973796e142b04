package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of files {@code --force} removes names every file the results schema names for a results folder. */
class WrittenFilesTest {
    /**
     * Names of the schema that are not files of a results folder itself: a study's files (beside its batches'
     * folders, not in one), the figures' index (removed with the figures it lists), the lock (held by the command
     * that removes), a calibration's journal (inside its state folder).
     */
    private static final Set<String> ELSEWHERE = Set.of(AnalysisSchema.Study.CSV_FILE,
            AnalysisSchema.Study.MARKDOWN_FILE, FigureSchema.INDEX_FILE, WorkingFiles.LOCK_FILE,
            WorkingFiles.AbcState.JOURNAL_FILE);

    private static void fileNames(Class<?> c, List<String> into) throws IllegalAccessException {
        for (Field f : c.getDeclaredFields()) {
            boolean constant = Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())
                    && f.getType() == String.class;
            if (constant && (f.getName().equals("FILE") || f.getName().endsWith("_FILE"))) {
                f.setAccessible(true);
                into.add((String) f.get(null));
            }
        }
        for (Class<?> inner : c.getDeclaredClasses()) fileNames(inner, into);
    }

    @Test
    void everyFileTheSchemaNamesIsRemoved() throws Exception {
        List<String> named = new ArrayList<>();
        for (Class<?> schema : List.of(ResultsSchema.class, AnalysisSchema.class, FigureSchema.class,
                WorkingFiles.class))
            fileNames(schema, named);
        assertTrue(named.size() > 20, named.toString());
        for (String name : named)
            if (!ELSEWHERE.contains(name)) assertTrue(WrittenFiles.NAMES.contains(name), name);
        assertFalse(WrittenFiles.NAMES.contains(WorkingFiles.LOCK_FILE), "the lock stays with its holder");
        assertEquals(ResultsSchema.MANIFEST_FILE, WrittenFiles.NAMES.get(WrittenFiles.NAMES.size() - 1),
                "the manifest goes last: a removal cut short leaves finished results, refused again");
        // folders written before the tables were compressed
        assertTrue(WrittenFiles.NAMES.containsAll(List.of("rounds.csv", "coalitions.csv", "actors.csv")));
    }

    @Test
    void aCalibrationsStateFilesAreKnownByTheirShape() {
        for (String name : List.of("journal.json", ".journal.json.tmp", "generation-0.csv", "generation-12.csv",
                ".generation-3.csv.tmp", "proposals-7.csv"))
            assertTrue(WrittenFiles.isCalibrationState(name), name);
        for (String name : List.of("notes.txt", "generation-x.csv", "generation-1.csv.bak", "journal.json.tmp",
                "posterior.csv", "proposals-.csv"))
            assertFalse(WrittenFiles.isCalibrationState(name), name);
    }
}
