package org.ministerial.scenario;

import org.ministerial.files.CsvFileException;
import org.ministerial.files.CsvReader;
import org.ministerial.files.CsvRow;
import org.ministerial.files.Problem;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table a scenario names, read whole by {@link CsvReader} (hand-written: comments, blank lines and spaces around
 * cells allowed), each row remembering its line for error messages. Tables are referred to from a scenario by a path
 * relative to the YAML file that names them; every problem of a table is a {@link ScenarioException}.
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
        try (CsvReader in = CsvReader.openHandWritten(path, label)) {
            List<Problem> problems = new ArrayList<>(in.missingColumns(requiredColumns));
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            List<Row> rows = new ArrayList<>();
            for (CsvRow r; (r = in.nextOfAnyWidth()) != null; ) {
                if (r.size() != in.header().size()) problems.add(in.wrongWidth(r));
                else rows.add(new Row(r.cells(), new Tree.Location(label, r.line())));
            }
            if (!problems.isEmpty()) throw new ScenarioException(problems);
            inputs.add(path);
            return new InputTable(label, in.header(), rows);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(reference.location().problem("table '" + reference.value()
                    + "' not found (" + label + ")"));
        } catch (CsvFileException e) {
            throw new ScenarioException(e.problem());
        } catch (IOException e) {
            throw new ScenarioException(new Problem(label, 0, "cannot read table: " + e.getMessage()));
        }
    }
}
