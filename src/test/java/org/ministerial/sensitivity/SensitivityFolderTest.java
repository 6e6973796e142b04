package org.ministerial.sensitivity;

import org.ministerial.batch.AnalysisSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.cli.CliHarness;
import org.ministerial.files.CsvReader;
import org.ministerial.statistics.Bootstrap;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sweep} then {@code sensitivity} on real results folders. */
class SensitivityFolderTest {
    private static final String TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath().toString();
    private static final String CANCUN = Path.of("scenarios/cancun-2003.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int main(String... args) {
        return cli.run(args);
    }

    private Path sweep(String yaml) throws IOException {
        Path exp = Files.writeString(tmp.resolve("exp.yaml"), yaml.replace("TEXTBOOK", TEXTBOOK)
                .replace("CANCUN", CANCUN));
        Path folder = tmp.resolve("results");
        assertEquals(0, main("sweep", exp.toString(), "--threads", "2", "--out", folder.toString()), err.toString());
        return folder;
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void aCancunSaltelliDesignGetsATableAndAJsonOfIndicesWithIntervals() throws Exception {
        Path folder = sweep("""
                name: cancun-saltelli-small
                scenario: CANCUN
                replications: 1
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  parameters.coalitions.similarity: {min: 0.5, max: 0.95}
                design: {type: saltelli, base_samples: 4}
                reference_coalition: [BRA, IND, CHN, ZAF, ARG]
                """);
        assertEquals(0, main("sensitivity", folder.toString(), "--bootstrap", "200"), err.toString());
        for (String f : AnalysisSchema.Sensitivity.FILES) assertTrue(Files.exists(folder.resolve(f)), f);
        JsonNode j = json(folder.resolve("sensitivity.json"));
        assertEquals("sobol", j.get("method").asText());
        assertEquals(4, j.get("base_samples").asInt());
        JsonNode outputs = j.get("outputs");
        for (String name : List.of("agreement_share", "breakdown_share", "end_round", "mean_utility",
                AnalysisSchema.Sensitivity.COALITION_OVERLAP))
            assertTrue(outputs.has(name), name);
        int analysed = 0;
        for (JsonNode o : outputs) {
            if (o.has("note")) continue;
            analysed++;
            for (String factor : List.of("parameters.chair.agenda_power", "parameters.coalitions.similarity")) {
                JsonNode s = o.get("indices").get(factor);
                for (String index : List.of("first", "total")) {
                    assertTrue(s.get(index).isNumber(), index);
                    assertEquals(2, s.get(index + "_ci").size(), index + "_ci");
                    assertTrue(s.get(index + "_ci").get(0).asDouble() <= s.get(index + "_ci").get(1).asDouble());
                }
            }
        }
        assertTrue(analysed > 0, "some output varies over the design");
        assertEquals(2 * analysed, CsvReader.readCells(folder.resolve("sensitivity.csv")).size());
        String md = Files.readString(folder.resolve("sensitivity.md"));
        assertTrue(md.contains("| factor | first order |"), md);
    }

    @Test
    void aMorrisDesignGetsElementaryEffects() throws Exception {
        Path folder = sweep("""
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.05}
                replications: 3
                parameters:
                  parameters.chair.agenda_power: {min: 0.3, max: 1}
                  parameters.country.concession_rate: {min: 0, max: 0.5}
                  parameters.chair.patience: {min: 2, max: 10, integer: true}
                design: {type: morris, trajectories: 6, levels: 4}
                """);
        assertEquals(0, main("sensitivity", folder.toString(), "--bootstrap", "200", "--confidence", "0.9"),
                err.toString());
        JsonNode j = json(folder.resolve("sensitivity.json"));
        assertEquals("morris", j.get("method").asText());
        JsonNode mean = j.get("outputs").get("mean_utility");
        assertFalse(mean.has("note"), mean.toString());
        JsonNode e = mean.get("effects").get("parameters.chair.agenda_power");
        assertTrue(e.get("mu_star").asDouble() >= Math.abs(e.get("mu").asDouble()) - 1e-9, "mu* >= |mu|");
        assertEquals(6, e.get("effects").asInt());
        assertEquals(2, e.get("mu_star_ci").size());
    }

    @Test
    void anUnknownCodeOfTheExperimentsReferenceCoalitionIsRefusedAtItsLine() throws Exception {
        // sweep accepted it, and coalition_overlap silently compared with a smaller coalition
        String morris = """
                scenario: TEXTBOOK
                parameters:
                  parameters.chair.agenda_power: {min: 0.3, max: 1}
                design: {type: morris, trajectories: 2}
                reference_coalition:
                  - BRA
                  - XXX
                """;
        Path exp = Files.writeString(tmp.resolve("exp.yaml"), morris.replace("TEXTBOOK", TEXTBOOK));
        assertEquals(1, main("sweep", exp.toString(), "--out", tmp.resolve("refused").toString()));
        assertEquals(exp + ":7: reference_coalition: 'XXX' is no actor of the experiment's scenario (actors: BRA, "
                + "IND, USA)", err.toString().strip());
        assertFalse(Files.exists(tmp.resolve("refused")));
        // a folder a sweep made before it refused such codes: sensitivity refuses the one its manifest records
        Path folder = sweep(morris.replace("XXX", "IND"));
        Path manifest = folder.resolve("manifest.json");
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode m = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(manifest.toFile());
        m.putArray("reference_coalition").add("BRA").add("XXX");
        mapper.writeValue(manifest.toFile(), m);
        Files.writeString(exp, Files.readString(exp).replace("IND", "XXX"));
        err.getBuffer().setLength(0);
        assertEquals(1, main("sensitivity", folder.toString()));
        assertEquals(exp + ":7: reference_coalition: 'XXX' is no actor of the experiment's scenario (actors: BRA, "
                + "IND, USA)", err.toString().strip());
        assertFalse(Files.exists(folder.resolve("sensitivity.json")));
        // without the experiment file, the manifest is named
        Files.delete(exp);
        err.getBuffer().setLength(0);
        assertEquals(1, main("sensitivity", folder.toString()));
        assertTrue(err.toString().startsWith(manifest + ": reference_coalition: 'XXX' is no actor"), err.toString());
        assertEquals(0, main("sensitivity", folder.toString(), "--reference-coalition", "BRA,IND"), err.toString());
    }

    @Test
    void aFactorialDesignIsRefusedWithTheReason() throws Exception {
        Path folder = sweep("scenario: TEXTBOOK\nparameters: {parameters.chair.agenda_power: [0.5, 1]}\n");
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> SensitivityAnalysis.analyse(
                folder, new SensitivityAnalysis.Options(new Bootstrap(100, 0.95, 1), null)));
        assertTrue(e.getMessage().contains("factorial design") && e.getMessage().contains("saltelli"),
                e.getMessage());
        err.getBuffer().setLength(0);
        assertEquals(1, main("sensitivity", folder.toString()));
        assertTrue(err.toString().startsWith("error: ") && !err.toString().contains("Exception"), err.toString());
    }

    /** A batch's folder, a file or a missing path is named for what it is, not as an unfinished sweep. */
    @Test
    void aFolderThatIsNoSweepIsNamedForWhatItIs() throws Exception {
        Path batch = tmp.resolve("batch");
        org.ministerial.batch.Batch.execute(org.ministerial.scenario.ScenarioLoader.load(Path.of(TEXTBOOK), Map.of()),
                new org.ministerial.batch.BatchSettings(3, 1, 1), batch, null, null);
        SensitivityAnalysis.Options options = new SensitivityAnalysis.Options(new Bootstrap(100, 0.95, 1), null);
        assertEquals(batch + " holds a batch's results, not a sweep's; sensitivity analysis reads the folder of a "
                + "saltelli or morris sweep", assertThrows(ResultsFolderException.class,
                () -> SensitivityAnalysis.analyse(batch, options)).getMessage());
        assertEquals(tmp.resolve("none") + ": no such folder", assertThrows(ResultsFolderException.class,
                () -> SensitivityAnalysis.analyse(tmp.resolve("none"), options)).getMessage());
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        assertEquals(file + ": is a file, not a sweep's folder", assertThrows(ResultsFolderException.class,
                () -> SensitivityAnalysis.analyse(file, options)).getMessage());
        Path study = tmp.resolve("study");
        new org.ministerial.study.StudyRunner(new org.ministerial.batch.BatchSettings(3, 1, 1), study, line -> { })
                .compare(List.of(Path.of(TEXTBOOK)), Map.of());
        Files.writeString(study.resolve("study.csv"), "as compare writes it\n");
        assertEquals(study + " holds a study (compare or robustness), not a sweep; sensitivity analysis reads the"
                + " folder of a saltelli or morris sweep (docs/experiments.md)", assertThrows(ResultsFolderException.class,
                () -> SensitivityAnalysis.analyse(study, options)).getMessage());
    }

    @Test
    void coalitionOverlapIsTheBestJaccardIndexWithAnEmergentCoalition() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("hand"));
        Files.writeString(folder.resolve("runs.csv"), """
                run,seed,point,replication,outcome,end_round,end_day,end_session,hinge_issue,rejecting_coalitions,accepting,text_a,error
                0,1,0,0,breakdown,3,1,4,a,G-C,2,0.5,
                1,2,0,1,agreement,2,1,3,,,3,0.5,
                2,3,1,0,error,,,,,,,,boom
                """);
        org.ministerial.TableText.writeLines(folder.resolve("coalitions.csv.gz"), List.of(
                "run,coalition,member,joined_round,leader",
                "0,G-A,A,1,A",
                "0,G-A,B,1,A",
                "0,G-C,C,2,C",
                "0,G-C,D,2,C",
                "0,G-C,E,2,C"));
        PointOutputs p = PointOutputs.read(folder, 2, List.of("A", "B", "C"));
        Map<String, Integer> at = Map.of("breakdown_share", p.names().indexOf("breakdown_share"),
                "accepting", p.names().indexOf("accepting"),
                "overlap", p.names().indexOf(AnalysisSchema.Sensitivity.COALITION_OVERLAP));
        // run 0: {A,B} shares 2 of 3 with the reference, {C,D,E} 1 of 5; run 1 has no emergent coalition
        assertEquals((2.0 / 3 + 0) / 2, p.means()[at.get("overlap")][0], 1e-12);
        assertEquals(0.5, p.means()[at.get("breakdown_share")][0], 1e-12);
        assertEquals(2.5, p.means()[at.get("accepting")][0], 1e-12);
        assertEquals(2, p.completed()[0]);
        assertEquals(0, p.completed()[1]);
        assertTrue(Double.isNaN(p.means()[at.get("accepting")][1]), "a point with no completed run has no mean");
    }
}
