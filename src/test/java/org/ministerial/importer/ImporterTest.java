package org.ministerial.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small tables written by hand in each format: rescaling, directions, codes, and bad files refused by file:line. */
class ImporterTest {
    @TempDir
    Path dir;

    private static final String KTAB = """
            Small round,Tariffs and rules, 3, 2,
            Actor,Description,Power,Tariff Position,Tariff Salience,Rules Position,Rules Salience,
            USA,US Gov,100,30,60,90,40,
            Brazil,,40,80,70,20,30,
            India,Government of India,60,70,50,10,50,
            """;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Imports, writes the scenario beside the table and loads it as {@code run} would. */
    private NegotiationSpec load(Importer.Result r) throws Exception {
        Path s = dir.resolve("imported.yaml");
        Files.writeString(s, r.yaml());
        return ScenarioLoader.load(s, Map.of()).spec();
    }

    private static ActorSpec actor(NegotiationSpec s, String code) {
        return s.actors().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    private static Importer.Options options() {
        return Importer.Options.defaults();
    }

    @Test
    void positionsOnASevenPointScaleReadAsZeroToHundredAreFlagged() throws Exception {
        // 1-7 on the default 0-100 scale become 0.01-0.07: every actor near the status quo, without a word
        Importer.Result r = Importer.run(write("likert.csv", """
                Actor,Capability,Position,Salience
                USA,100,7,60
                BRA,40,1,70
                IND,60,4,50
                """), options());
        assertTrue(r.report().stream().anyMatch(l -> l.contains("whole number from 1 to 7") && l.contains("--scale 1:7")),
                r.report().toString());
        Importer.Result declared = Importer.run(write("likert.csv", """
                Actor,Capability,Position,Salience
                USA,100,7,60
                BRA,40,1,70
                IND,60,4,50
                """), new Importer.Options(null, 1, 7, 100.0, Set.of(), false, null, false, "2000-01-01", 3, 3));
        assertTrue(declared.report().stream().noneMatch(l -> l.contains("short survey scale")), declared.report().toString());
        Importer.Result spread = Importer.run(write("spread.csv", """
                Actor,Capability,Position,Salience
                USA,100,70,60
                BRA,40,10,70
                """), options());
        assertTrue(spread.report().stream().noneMatch(l -> l.contains("short survey scale")), spread.report().toString());
    }

    @Test
    void ktabIsRescaledAndLoads() throws Exception {
        Importer.Result r = Importer.run(write("round.csv", KTAB), options());
        assertEquals(Importer.Format.KTAB, r.format());
        NegotiationSpec s = load(r);
        assertEquals(3, s.actors().size());
        assertEquals("tariff", s.issues().get(0).id());
        assertEquals("rules", s.issues().get(1).id());
        assertEquals("Tariff (1 = 100 on the source scale 0-100)", s.issues().get(0).name());
        ActorSpec usa = actor(s, "USA");
        assertEquals(0.3, usa.ideal()[0], 1e-12);
        assertEquals(0.9, usa.ideal()[1], 1e-12);
        assertEquals(0.6, usa.salience()[0], 1e-12); // 60/100 and 40/100, already summing to 1
        assertEquals(100.0, usa.capability(), 1e-12); // power kept as given
        ActorSpec bra = actor(s, "BRA");
        assertEquals("Brazil", bra.name()); // no description: the actor cell, which maps to BRA
        assertEquals(0.8, bra.ideal()[0], 1e-12);
        assertEquals("Government of India", actor(s, "IND").name());
        assertTrue(r.yaml().contains("title: \"Small round\""), r.yaml());
        assertTrue(r.report().get(1).contains("IND <- 'India' (country name)"), r.report().toString());
    }

    @Test
    void declaredScaleAndReversal() throws Exception {
        Path table = write("eu.csv", """
                Actor,Name,Power,Position_tariffs,Salience_tariffs,Position_rules,Salience_rules
                FRA,France,10,1,7,7,1
                DEU,Germany,20,4,3.5,5.5,7
                """);
        Importer.Options o = new Importer.Options(null, 1, 7, 7.0, Set.of("rules"), false, null, false,
                "2001-01-01", 1, 2);
        Importer.Result r = Importer.run(table, o);
        assertEquals(Importer.Format.TABLE, r.format());
        NegotiationSpec s = load(r);
        ActorSpec fra = actor(s, "FRA"), deu = actor(s, "DEU");
        assertEquals(0.0, fra.ideal()[0], 1e-12);     // 1 on 1-7
        assertEquals(0.5, deu.ideal()[0], 1e-12);     // 4 on 1-7
        assertEquals(0.0, fra.ideal()[1], 1e-12);     // 7 on 1-7, turned round
        assertEquals(0.25, deu.ideal()[1], 1e-12);    // 5.5 -> 0.75, turned round
        assertEquals(0.875, fra.salience()[0], 1e-6); // 7/7 and 1/7, normalised to sum 1
        assertEquals("rules (1 = 1 on the source scale 1-7)", s.issues().get(1).name());
        assertTrue(r.yaml().contains("1 = 1 (turned round)"), r.yaml());
        assertEquals(2, s.calendar().rounds());
    }

    @Test
    void aDecideIssueWithoutMeaningsIsCheckedForAShortScaleAndOneWithThemIsNot() throws Exception {
        // without #M lines an issue is on 0-100, as in Decide itself: 2-7 there puts every actor near the status quo
        Importer.Result bare = Importer.run(write("bare.txt", "#A;USA;United States\n#A;BRA;Brazil\n#P;tariffs;Tariffs\n"
                + "#D;USA;tariffs;7;0.5;1\n#D;BRA;tariffs;2;0.5;1\n"), options());
        assertTrue(bare.report().stream().anyMatch(l -> l.contains("whole number from 2 to 7")), bare.report().toString());
        // #M lines declare the issue's own scale, 1 to 7: the same positions are as the file says
        Importer.Result declared = Importer.run(write("declared.txt", "#A;USA;United States\n#A;BRA;Brazil\n"
                + "#P;tariffs;Tariffs\n#M;tariffs;1;Free trade\n#M;tariffs;7;Closed\n"
                + "#D;USA;tariffs;7;0.5;1\n#D;BRA;tariffs;2;0.5;1\n"), options());
        assertTrue(declared.report().stream().noneMatch(l -> l.contains("short survey scale")),
                declared.report().toString());
    }

    @Test
    void decideFileWithMeaningsMissingDataAndVaryingPower() throws Exception {
        Path file = write("cop.txt", """
                #0 a comment
                '#A'\t'Brazil'\t'Brazil'\t''
                '#A'\t'USA'\t'United States'\t''
                '#A'\t'China'\t'China'
                '#P'\t'legal'\t'Legal form'
                '#M'\t'legal'\t0\t'No binding agreement'
                '#M'\t'legal'\t10\t'Binding targets'
                '#P'\t'finance'\t'Finance volume'
                '#D'\t'Brazil'\t'legal'\t5\t0.5\t0.6
                '#D'\t'Brazil'\t'finance'\t50.0\t0.25\t0.8
                '#D'\t'USA'\t'legal'\t4\t1.0\t1.0
                '#D'\t'USA'\t'finance'\t0\t0.7\t1.0
                '#D'\t'China'\t'legal'\t2\t0.65\t1.0
                """);
        Importer.Result r = Importer.run(file, options());
        assertEquals(Importer.Format.DECIDE, r.format());
        NegotiationSpec s = load(r);
        assertEquals("Legal form (1 = Binding targets)", s.issues().get(0).name());
        assertEquals(0.5, actor(s, "BRA").ideal()[0], 1e-12);   // 5 on the #M scale 0-10
        assertEquals(0.2, actor(s, "CHN").ideal()[0], 1e-12);
        assertEquals(0.0, actor(s, "CHN").salience()[1], 1e-12); // no #D line: no weight on finance
        assertEquals(2.0 / 3, actor(s, "BRA").salience()[0], 1e-12); // 0.5 and 0.25, normalised
        // Brazil's power is 0.6 and 0.8 by issue: the mean, 0.7
        assertEquals(0.7, actor(s, "BRA").capability(), 1e-12);
        assertTrue(r.report().stream().anyMatch(l -> l.contains("power of Brazil varies by issue")), r.report().toString());
        assertTrue(r.report().stream().anyMatch(l -> l.contains("China has no data on 'Finance volume'")), r.report().toString());
    }

    @Test
    void oneIssueTableFoldsSalienceIntoCapabilityWhenAsked() throws Exception {
        Path file = write("bdm.csv", """
                Actor,Capability,Position,Salience
                United States,50,80,90
                Japan,20,60,40
                """);
        Importer.Result plain = Importer.run(file, options());
        assertTrue(plain.report().stream().anyMatch(l -> l.contains("--fold-salience")), plain.report().toString());
        Importer.Options fold = new Importer.Options(null, 0, 100, null, Set.of(), true, null, false, "2000-01-01", 3, 3);
        NegotiationSpec s = load(Importer.run(file, fold));
        assertEquals(1.0, actor(s, "USA").salience()[0], 1e-12);
        assertEquals(45.0, actor(s, "USA").capability(), 1e-9); // 50 x 0.9
        assertEquals(8.0, actor(s, "JPN").capability(), 1e-9);  // 20 x 0.4
        assertEquals(0.6, actor(s, "JPN").ideal()[0], 1e-12);
    }

    @Test
    void codesFileMapsNamesAndUnmappedActorsAreNamed() throws Exception {
        Path table = write("groups.csv", """
                Actor,Capability,Position,Salience
                USA,50,80,90
                EU,40,30,70
                Government,10,50,50
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Importer.run(table, options()));
        assertEquals(2, e.problems().size());
        assertEquals(new Problem(table.toString(), 3, e.problems().get(0).message()), e.problems().get(0));
        assertTrue(e.problems().get(0).message().contains("'EU'") && e.problems().get(0).message().contains("--codes"),
                e.getMessage());
        assertEquals(4, e.problems().get(1).line());

        Path codes = write("codes.csv", "name,code\nEU,BEL\n");
        Importer.Options o = new Importer.Options(null, 0, 100, null, Set.of(), false, codes, true, "2000-01-01", 3, 3);
        Importer.Result r = Importer.run(table, o);
        NegotiationSpec s = load(r);
        assertEquals(2, s.actors().size());
        assertEquals(0.3, actor(s, "BEL").ideal()[0], 1e-12);
        assertTrue(r.report().stream().anyMatch(l -> l.contains("left out (no country code): Government")));

        Path badCodes = write("bad-codes.csv", "name,code\nEU,EUR\n");
        Importer.Options withBad = new Importer.Options(null, 0, 100, null, Set.of(), false, badCodes, false, "2000-01-01", 3, 3);
        ScenarioException b = assertThrows(ScenarioException.class, () -> Importer.run(table, withBad));
        assertEquals(new Problem(badCodes.toString(), 2, b.problems().get(0).message()), b.problems().get(0));
    }

    @Test
    void aPlainTableRowThatIsCutShortIsRefusedAsSuchAndAnEmptyCellAsEmpty() throws Exception {
        String header = "Actor,Capability,Position_agri,Salience_agri,Position_ip,Salience_ip\n";
        Path cut = write("cut.csv", header + "USA,30,60,50,90,70\nKEN,1,70,60,5\n");
        Problem p = assertThrows(ScenarioException.class, () -> Importer.run(cut, options())).problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("5 cells") && p.message().contains("no Salience_ip"), p.message());

        Path empty = write("empty.csv", header + "USA,30,60,,90,70\n");
        Problem e = assertThrows(ScenarioException.class, () -> Importer.run(empty, options())).problems().get(0);
        assertEquals(2, e.line());
        assertTrue(e.message().contains("Salience_agri of USA is empty"), e.message());

        // a trailing column the import ignores may be left off
        Path notes = write("notes.csv", "Actor,Capability,Position,Salience,Notes\nUSA,30,60,50\nBRA,8,20,40,x\n");
        assertEquals(2, Importer.run(notes, options()).actors());
    }

    @Test
    void badFilesAreRefusedByFileAndLine() throws Exception {
        Path ktab = write("bad.csv", KTAB.replace("Brazil,,40,80", "Brazil,,40,8O"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> Importer.run(ktab, options()));
        assertEquals(ktab + ":4: position of Brazil '8O' is not a number", e.problems().get(0).toString());

        Path short1 = write("short.csv", KTAB.replace("India,Government of India,60,70,50,10,50,", "India,Gov,60,70"));
        Problem p = assertThrows(ScenarioException.class, () -> Importer.run(short1, options())).problems().get(0);
        assertEquals(5, p.line());
        assertTrue(p.message().startsWith("expected 7 cells"), p.message());

        Path out = write("range.csv", "Actor,Power,Position,Salience\nUSA,1,120,50\n");
        Problem q = assertThrows(ScenarioException.class, () -> Importer.run(out, options())).problems().get(0);
        assertEquals(out + ":2: position 120 of USA on 'issue' lies outside the scale 0 to 100 (declare it with --scale)",
                q.toString());

        Path decide = write("bad.txt", "#A;USA;United States\n#P;tariffs;Tariffs\n#D;BRA;tariffs;50;0.5;1\n");
        Problem d = assertThrows(ScenarioException.class, () -> Importer.run(decide, options())).problems().get(0);
        assertEquals(decide + ":3: #D names actor 'BRA', not defined by an #A line", d.toString());

        // a value out of range is blamed on the #D line that gives it, not on the actor's #A line
        Path salience = write("salience.txt", "#A;USA;United States\n#A;BRA;Brazil\n#P;tariffs;Tariffs\n"
                + "#D;USA;tariffs;50;0.5;1\n#D;BRA;tariffs;50;7;1\n");
        Problem sp = assertThrows(ScenarioException.class, () -> Importer.run(salience, options())).problems().get(0);
        assertEquals(5, sp.line(), sp.toString());
        assertTrue(sp.message().startsWith("salience 7 of BRA on 'Tariffs' lies outside 0 to 1"), sp.message());
        // a negative salience, clamped to 0, is the one problem, not also 'every salience is 0'
        Path negative = write("negative.txt", "#A;USA;United States\n#A;BRA;Brazil\n#P;tariffs;Tariffs\n"
                + "#D;USA;tariffs;50;0.5;1\n#D;BRA;tariffs;50;-0.3;1\n");
        List<Problem> np = assertThrows(ScenarioException.class, () -> Importer.run(negative, options())).problems();
        assertEquals(1, np.size(), np.toString());
        assertEquals(5, np.get(0).line());

        Path twice = write("twice.csv", "Actor,Power,Position,Salience\nUSA,1,20,50\nUnited States,1,30,50\n");
        Problem t = assertThrows(ScenarioException.class, () -> Importer.run(twice, options())).problems().get(0);
        assertEquals(3, t.line());
        assertTrue(t.message().contains("both map to USA"), t.message());
    }

    @Test
    void cellsAndLabels() {
        assertEquals(java.util.List.of("a", "b,c", "it's", ""), Lines.cells("a, \"b,c\" ,'it''s',", ',', true));
        assertEquals("Policy", KtabReader.dimensionLabel("Policy Position", 0));
        assertEquals("dim2", KtabReader.dimensionLabel("Pstn2", 1));
        assertEquals("market_access", Lines.slug("Market access"));
        assertEquals("0.333333", ScenarioWriter.number(1.0 / 3));
        assertEquals("12", ScenarioWriter.number(12));
    }
}
