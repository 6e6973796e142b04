package org.ministerial.files;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {
    @TempDir
    Path tmp;

    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesWithNewline() {
        assertEquals("run,name,note\n0,\"Brazil, Federative Republic\",\"says \"\"no\"\"\"\n1,,\"two\nlines\"\n",
                CsvWriter.text(List.of("run", "name", "note"), List.of(
                        List.of("0", "Brazil, Federative Republic", "says \"no\""),
                        Arrays.asList("1", null, "two\nlines"))));
    }

    @Test
    void whatItWritesTheReaderReadsBack() throws Exception {
        List<List<String>> rows = List.of(List.of("0", "a, b"), List.of("1", "\"q\""));
        Path file = Files.writeString(tmp.resolve("t.csv"), CsvWriter.text(List.of("run", "cell"), rows));
        try (CsvReader in = CsvReader.open(file)) {
            assertEquals(rows, in.rest().stream().map(CsvRow::values).toList());
        }
    }

    @Test
    void writesEveryCellAsCommonsCsvDoes() throws Exception {
        // cells from an alphabet of plain and special characters, first and later in a row, some empty or null:
        // the direct path for plain cells must give commons-csv's bytes exactly
        String alphabet = "0123456789aZ.-_ ,\"\n\r#!\t;é";
        Random random = new Random(16);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        int direct = 0;
        for (int row = 0; row < 2000; row++) {
            StringBuilder ours = new StringBuilder();
            StringBuilder theirs = new StringBuilder();
            CsvWriter writer = new CsvWriter(ours);
            int cells = 1 + random.nextInt(4);
            for (int c = 0; c < cells; c++) {
                String cell = randomCell(random, alphabet);
                if (cell != null && CsvWriter.leftAsItIs(cell)) direct++;
                writer.cell(cell);
                format.print(cell, theirs, c == 0);
            }
            writer.end();
            theirs.append('\n');
            assertEquals(theirs.toString(), ours.toString());
        }
        assertTrue(direct > 1000, "the sample reaches the direct path: " + direct);
    }

    private static String randomCell(Random random, String alphabet) {
        int length = random.nextInt(6) - 1;
        if (length < 0) return null;
        StringBuilder b = new StringBuilder();
        // half the cells are made of plain characters only, so that both paths are taken often
        int range = random.nextBoolean() ? 15 : alphabet.length();
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(range)));
        return b.toString();
    }

    @Test
    void refusesARowOfAnotherWidthThanTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.text(List.of("a", "b"), List.of(List.of("1"))));
    }
}
