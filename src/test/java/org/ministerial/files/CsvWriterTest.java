package org.ministerial.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void refusesARowOfAnotherWidthThanTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.text(List.of("a", "b"), List.of(List.of("1"))));
    }
}
