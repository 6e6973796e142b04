package org.ministerial.plot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files a user might hand to {@code plot} by mistake give one clear message naming the file and line. */
class BadInputTest {
    @TempDir
    Path tmp;

    private String problem(Path input) {
        PlotException e = assertThrows(PlotException.class, () -> Plotter.plot(List.of(input), new PlotOptions(
                tmp.resolve("out"), EnumSet.of(FigureFormat.PNG), List.of(), null, 40, "breakdown"), "test"));
        return e.getMessage();
    }

    private Path write(String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void folderWithoutRunsCsv() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertTrue(problem(empty).contains("not a results folder (no runs.csv)"), problem(empty));
        assertTrue(problem(tmp.resolve("missing")).contains("no such file or folder"));
    }

    @Test
    void badCellNamesFileLineAndColumn() throws Exception {
        write("r/runs.csv", "run,seed,outcome,text_a\n0,1,agreement,0.5\n1,2,breakdown,oops\n");
        String m = problem(tmp.resolve("r"));
        assertTrue(m.endsWith("runs.csv:3: column 'text_a' should be a number, found 'oops'"), m);
    }

    @Test
    void missingColumn() throws Exception {
        write("r/runs.csv", "run,outcome\n0,agreement\n");
        assertTrue(problem(tmp.resolve("r")).endsWith("runs.csv:1: missing column 'seed'"));
    }

    @Test
    void sensitivityFileOfTheWrongShape() throws Exception {
        assertTrue(problem(write("a.json", "{\"indices\": {}}")).contains("expected a non-empty object \"outputs\""));
        String bad = problem(write("b.json", "{\"outputs\": {\"y\": {\"parameters\": {\"p\": {\"S1\": \"x\", "
                + "\"ST\": 0.2}}}}}"));
        assertTrue(bad.endsWith("outputs.y.parameters.p.S1 must be a finite number"), bad);
        String ci = problem(write("c.json", "{\"outputs\": {\"y\": {\"parameters\": {\"p\": {\"S1\": 0.1, "
                + "\"ST\": 0.2, \"ST_ci\": [0.3, 0.1]}}}}}"));
        assertTrue(ci.endsWith("outputs.y.parameters.p.ST_ci must be [low, high] with low <= high"), ci);
        String json = problem(write("d.json", "{\"outputs\": \n{"));
        assertTrue(json.contains("d.json:2: not valid JSON"), json);
    }

    @Test
    void unknownOutcome() throws Exception {
        Path r = RealResults.batch(tmp.resolve("b"), RealResults.varied(), 5, 1);
        PlotException e = assertThrows(PlotException.class, () -> Plotter.plot(List.of(r), new PlotOptions(
                tmp.resolve("out"), EnumSet.of(FigureFormat.PNG), List.of(), null, 40, "walkout"), "test"));
        assertTrue(e.getMessage().contains("--outcome walkout: not an outcome of"), e.getMessage());
        assertTrue(e.getMessage().contains("known: agreement, breakdown, flexible"), e.getMessage());
    }
}
