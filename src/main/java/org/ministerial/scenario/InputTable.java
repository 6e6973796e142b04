package org.ministerial.scenario;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table with a header line, each row remembering its line for error messages. Tables are referred to from a
 * scenario by a path relative to the YAML file that names them.
 */
record InputTable(String label, List<String> columns, List<Row> rows) {

    record Row(Map<String, String> values, Tree.Location location) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    /** Resolves a table reference against the file the reference was written in. */
    static Path resolve(Tree.Scalar reference) {
        Path from = Path.of(reference.location().file()).toAbsolutePath().getParent();
        return from.resolve(reference.value()).normalize();
    }

    static InputTable read(Tree.Scalar reference, List<String> requiredColumns, List<Path> inputs)
            throws ScenarioException {
        Path path = resolve(reference);
        String label = Resolution.label(path);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(reference.location().problem("table '" + reference.value()
                    + "' not found (" + label + ")"));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(new Problem(label, badLine(path), "not valid UTF-8 text (save the table as UTF-8)"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, 0, "cannot read table: " + e.getMessage()));
        }
        // a byte-order mark, which spreadsheet programs put before UTF-8 text, is not part of the first column's name
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            List<Problem> problems = new ArrayList<>();
            for (String c : requiredColumns)
                if (!columns.contains(c)) problems.add(new Problem(label, 1, "missing column '" + c + "'"));
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                // after a record is read the parser has counted its line ending: that count is its 1-based line
                int line = (int) parser.getCurrentLineNumber();
                if (r.size() != columns.size()) {
                    problems.add(new Problem(label, line, "expected " + columns.size() + " fields, found " + r.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (String c : columns) values.put(c, r.get(c));
                rows.add(new Row(values, new Tree.Location(label, line)));
            }
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            inputs.add(path);
            return new InputTable(label, columns, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            String why = String.valueOf(e.getMessage()).replaceFirst("^[\\w.]+Exception: ", "");
            if (why.contains("EOF reached before encapsulated token finished"))
                why = "a quoted field is never closed (a \" without its partner)";
            java.util.regex.Matcher at = java.util.regex.Pattern.compile(
                    "Invalid character between encapsulated token and delimiter at line: (\\d+)").matcher(why);
            if (at.find())
                throw new ScenarioException(new Problem(label, Integer.parseInt(at.group(1)),
                        "a quoted field is followed by more text before the comma (a stray \" in the row?)"));
            throw new ScenarioException(new Problem(label, 0, "cannot read table: " + why));
        }
    }

    private static int badLine(Path path) {
        try {
            return org.ministerial.files.Utf8.firstBadLine(Files.readAllBytes(path));
        } catch (IOException e) {
            return 0;
        }
    }
}
