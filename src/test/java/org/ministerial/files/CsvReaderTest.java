package org.ministerial.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CsvRow> rows(CsvReader in) throws IOException {
        List<CsvRow> out = new ArrayList<>();
        for (CsvRow r; (r = in.nextOfAnyWidth()) != null; ) out.add(r);
        return out;
    }

    @Test
    void everyRowKnowsItsLineThroughCommentsBlankLinesAndQuotedLineBreaks() throws IOException {
        Path file = write("t.csv", "# a comment\ncode, name\n\nBRA, Brazil\n# another\nIND,\"India\nand more\"\nUSA,US");
        try (CsvReader in = CsvReader.openHandWritten(file, "t.csv")) {
            assertEquals(List.of("code", "name"), in.header());
            assertEquals(2, in.headerLine());
            List<CsvRow> rows = rows(in);
            assertEquals(List.of(4, 7, 8), rows.stream().map(CsvRow::line).toList());
            assertEquals("Brazil", rows.get(0).get("name")); // spaces around a hand-written cell are dropped
            assertEquals("India\nand more", rows.get(1).get("name"));
            assertEquals(Map.of("code", "USA", "name", "US"), rows.get(2).cells());
        }
    }

    @Test
    void aTableSeparatedBySemicolonsOrTabsIsSaidSoOnceInsteadOfEveryColumnMissing() throws IOException {
        Path semicolons = write("s.csv", "code;issue;position\nIND;dom_support;0,95\n");
        try (CsvReader in = CsvReader.openHandWritten(semicolons, "s.csv")) {
            List<Problem> p = in.missingColumns(List.of("code", "issue", "position"));
            assertEquals(1, p.size(), p.toString());
            assertEquals(1, p.get(0).line());
            assertEquals("the header is one column, 'code;issue;position': cells are separated by ';', not by commas "
                    + "(save the table as comma-separated CSV)", p.get(0).message());
        }
        Path tabs = write("t.csv", "code\tissue\nIND\tdom_support\n");
        try (CsvReader in = CsvReader.openHandWritten(tabs, "t.csv")) {
            List<Problem> p = in.missingColumns(List.of("code", "issue"));
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).message().contains("separated by tabs"), p.get(0).message());
        }
        // a comma-separated header that lacks columns names each of them
        Path commas = write("c.csv", "code,name\nIND,India\n");
        try (CsvReader in = CsvReader.openHandWritten(commas, "c.csv")) {
            assertEquals(List.of("missing column 'issue'", "missing column 'position'"),
                    in.missingColumns(List.of("code", "issue", "position")).stream().map(Problem::message).toList());
        }
    }

    @Test
    void aCompressedTableIsReadByItsName() throws IOException {
        Path file = tmp.resolve("rounds.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("run,round\n0,0\n0,1\n".getBytes(StandardCharsets.UTF_8));
        }
        try (CsvReader in = CsvReader.open(file)) {
            CsvRow first = in.next();
            assertEquals(2, first.line());
            assertEquals(0, first.integer("round"));
            assertEquals(1, in.next().integer("round"));
            assertNull(in.next());
        }
    }

    @Test
    void aMissingColumnIsNamedAtTheHeaderLine() throws IOException {
        Path file = write("runs.csv", "run,outcome\n0,agreement\n");
        try (CsvReader in = CsvReader.open(file)) {
            CsvFileException e = assertThrows(CsvFileException.class, () -> in.require("run", "seed"));
            assertEquals(file + ":1: missing column 'seed'", e.getMessage());
            assertEquals(new Problem(file.toString(), 1, "missing column 'seed'"), e.problem());
        }
    }

    @Test
    void aRaggedRowOrABadCellIsRefusedWithFileAndLine() throws IOException {
        Path file = write("runs.csv", "run,outcome\n0,agreement\n1,breakdown,extra\nx,flexible\n");
        try (CsvReader in = CsvReader.open(file)) {
            in.next();
            assertEquals(file + ":3: expected 2 fields, found 3",
                    assertThrows(CsvFileException.class, in::next).getMessage());
            CsvRow bad = in.next();
            assertEquals(file + ":4: 'run' should be a whole number, found 'x'",
                    assertThrows(CsvFileException.class, () -> bad.integer("run")).getMessage());
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() throws IOException {
        Path file = write("t.csv", "\uFEFFcode,name\nBRA,Brazil\n");
        try (CsvReader in = CsvReader.openHandWritten(file, "t.csv")) {
            assertEquals(List.of("code", "name"), in.header());
        }
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLine() throws IOException {
        Path file = tmp.resolve("t.csv");
        Files.write(file, new byte[] {'c', ',', 'n', '\n', 'a', ',', 'b', '\n', 'c', ',', (byte) 0xE9, '\n'});
        // the reader decodes ahead, so the bad byte may be met before the row that holds it is asked for
        CsvFileException e = assertThrows(CsvFileException.class, () -> {
            try (CsvReader in = CsvReader.openHandWritten(file, "t.csv")) {
                rows(in);
            }
        });
        assertEquals("t.csv:3: not valid UTF-8 text (save the table as UTF-8)", e.getMessage());
    }

    @Test
    void unbalancedQuotesAreSaidInWords() throws IOException {
        Path open = write("open.csv", "a,b\n1,\"2\n3,4\n");
        try (CsvReader in = CsvReader.openHandWritten(open, "open.csv")) {
            assertEquals("open.csv: cannot read table: a quoted field is never closed (a \" without its partner)",
                    assertThrows(CsvFileException.class, () -> rows(in)).getMessage());
        }
        Path stray = write("stray.csv", "a,b\n1,2\n3,\"4\"x\n");
        try (CsvReader in = CsvReader.openHandWritten(stray, "stray.csv")) {
            assertEquals("stray.csv:3: a quoted field is followed by more text before the comma (a stray \" in the "
                    + "row?)", assertThrows(CsvFileException.class, () -> rows(in)).getMessage());
        }
    }
}
