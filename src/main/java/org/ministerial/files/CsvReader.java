package org.ministerial.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CSV table with a header line, row by row, each row knowing its line so that whatever is wrong with it is
 * reported as {@code file:line: message}. The one reader of every table the tool reads: the tables of a results
 * folder as the tool writes them, plain or compressed ({@code .csv.gz}, told by the name), and the tables people
 * write for scenarios ({@link #openHandWritten}). Text must be UTF-8; a byte-order mark, which spreadsheet programs
 * put before UTF-8 text, is not part of the first column's name.
 */
public final class CsvReader implements Closeable {
    /** The extension of a compressed table. */
    public static final String COMPRESSED = ".gz";
    private static final CSVFormat AS_WRITTEN = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    /** A hand-written table may have comment lines and spaces around its cells. */
    private static final CSVFormat HAND_WRITTEN = AS_WRITTEN.builder().setTrim(true).setCommentMarker('#').get();
    private static final Pattern STRAY_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int headerLine;

    private CsvReader(Path file, String name, CSVFormat format) throws IOException {
        this.file = file;
        this.name = name;
        Reader text;
        try {
            text = text(file);
        } catch (CharacterCodingException e) { // in the first characters, read to look for a byte-order mark
            throw refusal(e);
        }
        try {
            parser = CSVParser.builder().setReader(text).setFormat(format).get();
            records = parser.iterator();
        } catch (IOException | RuntimeException e) {
            text.close();
            throw refusal(e);
        }
        headerLine = (int) Math.max(1, parser.getCurrentLineNumber());
    }

    /** A table of a results folder, named in messages by its path. */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(file, file.toString(), AS_WRITTEN);
    }

    /**
     * A table written by hand, named in messages as {@code name}: blank lines and lines starting with {@code #} are
     * skipped, spaces around cells dropped.
     */
    public static CsvReader openHandWritten(Path file, String name) throws IOException {
        return new CsvReader(file, name, HAND_WRITTEN);
    }

    /** Every row of a results table, each as its cells by column name in header order. */
    public static List<Map<String, String>> readCells(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader in = open(file)) {
            for (CsvRow r; (r = in.next()) != null; ) rows.add(r.cells());
        }
        return rows;
    }

    /** The header of a results table. */
    public static List<String> readHeader(Path file) throws IOException {
        try (CsvReader in = open(file)) {
            return in.header();
        }
    }

    /** The file's text, decompressed when its name ends in {@code .gz}; bytes that are not UTF-8 are an error. */
    public static Reader text(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            if (file.getFileName().toString().endsWith(COMPRESSED)) in = new GZIPInputStream(in, BUFFER);
        } catch (IOException e) {
            in.close();
            throw new CsvFileException(file.toString(), 0, "not a gzip file (" + e.getMessage() + ")");
        }
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), BUFFER);
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
        return reader;
    }

    /** How the table is named in messages. */
    public String name() {
        return name;
    }

    /** The column names, in file order. */
    public List<String> header() {
        return parser.getHeaderNames();
    }

    /** The 1-based line of the header. */
    public int headerLine() {
        return headerLine;
    }

    /** The columns of {@code required} the header lacks, in the order given. */
    public List<String> missing(Collection<String> required) {
        List<String> out = new ArrayList<>();
        for (String c : required) if (!header().contains(c)) out.add(c);
        return out;
    }

    /**
     * The problems of a header that lacks some of {@code required}, each missing column named; but when the header
     * is a single column holding a ';' or a tab, the table was saved with another separator (a spreadsheet in a
     * locale that writes decimal commas separates cells by ';'), which is said once, instead of calling every
     * column missing.
     */
    public List<Problem> missingColumns(Collection<String> required) {
        List<String> missing = missing(required);
        if (missing.isEmpty()) return List.of();
        if (header().size() == 1) {
            String only = header().get(0);
            String separator = only.contains(";") ? "';'" : only.contains("\t") ? "tabs" : null;
            if (separator != null)
                return List.of(new Problem(name, headerLine, "the header is one column, '" + only + "': cells are "
                        + "separated by " + separator + ", not by commas (save the table as comma-separated CSV)"));
        }
        List<Problem> out = new ArrayList<>();
        for (String c : missing) out.add(missingColumn(c));
        return out;
    }

    /** Refuses a table without one of the named columns. */
    public void require(String... columns) throws CsvFileException {
        List<String> missing = missing(List.of(columns));
        if (!missing.isEmpty()) throw new CsvFileException(missingColumn(missing.get(0)));
    }

    /** The problem of a missing column, located at the header. */
    public Problem missingColumn(String column) {
        return new Problem(name, headerLine, "missing column '" + column + "'");
    }

    /** The next row, or null after the last; a row with more or fewer cells than the header is refused. */
    public CsvRow next() throws CsvFileException {
        CsvRow r = nextOfAnyWidth();
        if (r != null && r.size() != header().size()) throw new CsvFileException(wrongWidth(r));
        return r;
    }

    /** The next row whatever its number of cells (see {@link #wrongWidth}), or null after the last. */
    public CsvRow nextOfAnyWidth() throws CsvFileException {
        try {
            if (!records.hasNext()) return null;
            CSVRecord r = records.next();
            // after a record is read the parser has counted its line ending: that count is its 1-based line
            return new CsvRow(name, (int) parser.getCurrentLineNumber(), r);
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    /** The problem of a row with another number of cells than the header has. */
    public Problem wrongWidth(CsvRow r) {
        return new Problem(name, r.line(), "expected " + header().size() + " fields, found " + r.size());
    }

    /** Every remaining row, each of the header's width. */
    public List<CsvRow> rest() throws CsvFileException {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow r; (r = next()) != null; ) rows.add(r);
        return rows;
    }

    /** What the parser or the decoder threw, said in words that tell the author what to fix. */
    private CsvFileException refusal(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CsvFileException c) return c;
        for (Throwable t = cause; t != null; t = t.getCause())
            if (t instanceof CharacterCodingException)
                return new CsvFileException(name, Utf8.firstBadLine(decompressed()), "not valid UTF-8 text (save "
                        + "the table as UTF-8)");
        String why = String.valueOf(cause.getMessage()).replaceFirst("^[\\w.]+Exception: ", "");
        Matcher at = STRAY_QUOTE.matcher(why);
        if (at.find())
            return new CsvFileException(name, Integer.parseInt(at.group(1)), "a quoted field is followed by more "
                    + "text before the comma (a stray \" in the row?)");
        if (why.contains("EOF reached before encapsulated token finished"))
            why = "a quoted field is never closed (a \" without its partner)";
        if (cause instanceof java.io.EOFException || cause instanceof java.util.zip.ZipException)
            why = "the file is cut off or damaged (" + why + ")";
        return new CsvFileException(name, 0, "cannot read table: " + why);
    }

    /** The file's bytes, decompressed, to find the line of a byte that is not UTF-8. */
    private byte[] decompressed() {
        try (InputStream in = file.getFileName().toString().endsWith(COMPRESSED)
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
