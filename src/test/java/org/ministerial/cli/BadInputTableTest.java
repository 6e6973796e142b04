package org.ministerial.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's table of bad inputs: each row is something a user might really hand the program (a misspelt or hostile
 * scenario or experiment file, a cut, repeated or foreign results table, a folder in the wrong state, an option out
 * of range) and the message it must give. Every row must be refused with a non-zero exit status, name what is wrong,
 * and print no stack trace. The table must keep at least 100 rows.
 */
class BadInputTableTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String TEXTBOOK = ROOT.resolve("scenarios/textbook.yaml").toString();
    private static final String LAUNCHER = ROOT.resolve("bin/ministerial").toString();
    private static final String MIAMI = ROOT.resolve("scenarios/ftaa-miami-2003.yaml").toString();

    /** Results folders made once and copied by the rows that spoil them. */
    private static Path fixtures, batch, sweep, shard0, shard1, miami;

    static final String VALID = """
            name: tiny
            issues:
              - {id: a}
              - {id: b}
            calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}
            countries:
              entries:
                - code: USA
                  capability: 1
                  position: {a: 0.2, b: 0.4}
                  salience: {a: 0.5, b: 0.5}
                - code: BRA
                  capability: 1
                  position: {a: 0.9, b: 0.1}
                  salience: {a: 0.7, b: 0.3}
            """;

    static final String SWEEP = """
            name: tsal
            scenario: TEXTBOOK
            set:
              parameters.noise.position: 0.05
            seed: 1
            replications: 1
            parameters:
              parameters.chair.agenda_power: {min: 0.2, max: 0.9}
              parameters.chair.mediation: {min: 0, max: 0.6}
            design: {type: saltelli, base_samples: 4}
            """.replace("TEXTBOOK", TEXTBOOK);

    static final String FACTORIAL = """
            name: fact
            scenario: TEXTBOOK
            replications: 1
            parameters:
              parameters.chair.agenda_power: [0.5, 1]
            """.replace("TEXTBOOK", TEXTBOOK);

    /** What a row does in its own empty folder: write files, then give the command line. */
    interface Setup {
        List<String> args(Path dir) throws Exception;
    }

    /** A row: what is done, and a part of the message it must give. */
    record Case(String name, Setup setup, String expected) {
    }

    @BeforeAll
    static void results() throws Exception {
        fixtures = Files.createTempDirectory("bad-inputs");
        CliHarness cli = new CliHarness();
        batch = fixtures.resolve("batch");
        assertEquals(0, cli.run("batch", TEXTBOOK, "--runs", "10", "--out", batch.toString()), cli.err.toString());
        Path exp = Files.writeString(fixtures.resolve("sweep.yaml"), SWEEP);
        sweep = fixtures.resolve("sweep");
        shard0 = fixtures.resolve("shard0");
        shard1 = fixtures.resolve("shard1");
        assertEquals(0, cli.run("sweep", exp.toString(), "--out", sweep.toString()), cli.err.toString());
        assertEquals(0, cli.run("sweep", exp.toString(), "--shard", "0/2", "--out", shard0.toString()));
        assertEquals(0, cli.run("sweep", exp.toString(), "--shard", "1/2", "--out", shard1.toString()));
        miami = fixtures.resolve("miami");
        assertEquals(0, cli.run("batch", MIAMI, "--runs", "4", "--out", miami.toString()), cli.err.toString());
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> s = Files.walk(fixtures)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    // --- helpers the rows use ---

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }

    /** Cuts {@code bytes} bytes off the end of a file: a row cut in the middle. */
    static void cut(Path file, int bytes) throws IOException {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length - bytes));
    }

    /** Drops the last {@code lines} whole lines of a file. */
    static void dropLines(Path file, int lines) throws IOException {
        List<String> l = org.ministerial.TableText.readLines(file);
        org.ministerial.TableText.writeLines(file, l.subList(0, l.size() - lines));
    }

    /** Appends a copy of line {@code n} (1-based, the header is 1). */
    static void repeatLine(Path file, int n) throws IOException {
        List<String> l = new ArrayList<>(org.ministerial.TableText.readLines(file));
        l.add(l.get(n - 1));
        org.ministerial.TableText.writeLines(file, l);
    }

    static Setup validate(String from, String to) {
        return d -> {
            if (!VALID.contains(from)) throw new IllegalStateException("not in the scenario: " + from);
            return List.of("validate", write(d.resolve("s.yaml"), VALID.replace(from, to)).toString());
        };
    }

    static Setup validateText(String text) {
        return d -> List.of("validate", write(d.resolve("s.yaml"), text).toString());
    }

    static Setup sweepWith(String from, String to) {
        return d -> {
            if (!SWEEP.contains(from)) throw new IllegalStateException("not in the experiment: " + from);
            return List.of("sweep", write(d.resolve("e.yaml"), SWEEP.replace(from, to)).toString(), "--out",
                    d.resolve("out").toString());
        };
    }

    static Setup sweepText(String text) {
        return d -> List.of("sweep", write(d.resolve("e.yaml"), text).toString(), "--out", d.resolve("out").toString());
    }

    /** A copy of the Cancún scenario and its tables, with one table spoilt. */
    static Setup cancunTable(String table, byte[] content) {
        return d -> {
            copy(ROOT.resolve("scenarios/cancun-2003"), d.resolve("cancun-2003"));
            Files.copy(ROOT.resolve("scenarios/cancun-2003.yaml"), d.resolve("c.yaml"));
            Files.write(d.resolve("cancun-2003").resolve(table), content);
            return List.of("validate", d.resolve("c.yaml").toString());
        };
    }

    static byte[] cancunBytes(String table) {
        try {
            return Files.readAllBytes(ROOT.resolve("scenarios/cancun-2003").resolve(table));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    interface Spoil {
        void apply(Path folder) throws Exception;
    }

    /** A copy of a fixture folder, spoilt, then the command on it. */
    static Setup spoilt(Path[] fixture, Spoil spoil, String... command) {
        return d -> {
            Path f = copy(fixture[0], d.resolve("r"));
            spoil.apply(f);
            List<String> args = new ArrayList<>();
            for (String a : command)
                args.add(a.equals("R") ? f.toString() : a.startsWith("D/") ? d.resolve(a.substring(2)).toString() : a);
            return args;
        };
    }

    static final Path[] BATCH = new Path[1], SWEEP_F = new Path[1], SHARD0 = new Path[1], SHARD1 = new Path[1],
            MIAMI_F = new Path[1];

    static Stream<Named<Case>> cases() {
        return table().stream().map(c -> Named.of(c.name(), c));
    }

    static String bomb() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x]\n");
        for (int i = 1; i < 16; i++)
            bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append(", *a").append(i - 1).append("]\n");
        return bomb.toString();
    }

    static List<Case> table() {
        List<Case> t = new ArrayList<>();
        // ---- scenario files (validate) ----
        t.add(new Case("unclosed flow mapping", validate("  - {id: b}", "  - {id: b"), "malformed YAML"));
        t.add(new Case("unknown country code", validate("code: BRA", "code: BRZ"), "s.yaml:12: unknown country code 'BRZ'"));
        t.add(new Case("salience above 1", validate("{a: 0.7, b: 0.3}", "{a: 1.7, b: 0.3}"), "is outside [0, 1]"));
        t.add(new Case("salience negative", validate("{a: 0.7, b: 0.3}", "{a: -0.2, b: 0.3}"), "is outside [0, 1]"));
        t.add(new Case("issue missing from a position", validate("position: {a: 0.9, b: 0.1}", "position: {a: 0.9}"),
                "issue 'b' is missing from the position of BRA"));
        t.add(new Case("position not a number", validate("position: {a: 0.9, b: 0.1}", "position: {a: high, b: 0.1}"),
                "s.yaml:14"));
        t.add(new Case("position above 1", validate("position: {a: 0.9, b: 0.1}", "position: {a: 1.9, b: 0.1}"),
                "s.yaml:14"));
        t.add(new Case("zero days", validate("days: 1", "days: 0"), "'days' = 0 is outside [1, 366]"));
        t.add(new Case("too many sessions", validate("sessions_per_day: 2", "sessions_per_day: 99"),
                "'sessions_per_day' = 99 is outside [1, 48]"));
        t.add(new Case("fractional days", validate("days: 1", "days: 1.5"), "'days' must be a whole number"));
        t.add(new Case("date that is no date", validate("start: 2003-09-10", "start: 2003-13-40"), "is not a date"));
        t.add(new Case("issue id with capitals", validate("{id: a}", "{id: Tariffs}"), "must be lower case letters"));
        t.add(new Case("issue given twice", validate("  - {id: b}", "  - {id: a}"), "issue 'a' appears twice"));
        t.add(new Case("unknown top-level key", validate("name: tiny", "name: tiny\ncolour: red"), "unknown key 'colour'"));
        t.add(new Case("no issues", validate("issues:\n  - {id: a}\n  - {id: b}\n", "iss: []\n"), "a scenario needs 'issues'"));
        t.add(new Case("no calendar", validate("calendar: {start: 2003-09-10, days: 1, sessions_per_day: 2}\n", ""),
                "a scenario needs a 'calendar'"));
        t.add(new Case("union nobody declared", validate("- code: USA\n", "- code: USA\n      negotiates_through: EC\n"),
                "USA negotiates through 'EC', which is not a declared union"));
        t.add(new Case("capability not a number", validate("capability: 1\n      position: {a: 0.2",
                "capability: lots\n      position: {a: 0.2"), "s.yaml:9"));
        t.add(new Case("negative capability", validate("capability: 1\n      position: {a: 0.2",
                "capability: -1\n      position: {a: 0.2"), "s.yaml:9"));
        t.add(new Case("unknown model parameter", validateText(VALID + "parameters:\n  noise: {positon: 0.1}\n"),
                "unknown parameter 'noise.positon' (did you mean 'noise.position'?)"));
        t.add(new Case("parameter out of range", validateText(VALID + "parameters:\n  chair: {agenda_power: 7}\n"),
                "s.yaml:17: parameter 'chair.agenda_power' = 7 is outside [0, 1]"));
        t.add(new Case("agenda naming an unknown issue", validateText(VALID + "chair: {agenda: [a, c]}\n"),
                "agenda names unknown issue 'c'"));
        // ---- misspelt keys below the top level: refused with the key meant ----
        t.add(new Case("misspelt reservation", validate("capability: 1\n      position: {a: 0.9",
                "capability: 1\n      reservaton: 0.1\n      position: {a: 0.9"),
                "unknown key 'reservaton' in the entry of BRA (did you mean 'reservation'?)"));
        t.add(new Case("misspelt exponent in defaults", validateText(VALID.replace("countries:\n",
                "countries:\n  defaults: {exponant: 2}\n")), "unknown key 'exponant' in 'defaults' (did you mean 'exponent'?)"));
        t.add(new Case("misspelt calendar key", validate("days: 1", "dayz: 1"),
                "unknown key 'dayz' in 'calendar' (did you mean 'days'?)"));
        t.add(new Case("misspelt green room", validateText(VALID + "chair: {gren_room: [USA]}\n"),
                "unknown key 'gren_room' in 'chair' (did you mean 'green_room'?)"));
        t.add(new Case("misspelt event session", validateText(VALID
                + "events:\n  - {day: 1, sesion: 2, type: revised_text}\n"),
                "unknown key 'sesion' in an event (did you mean 'session'?)"));
        t.add(new Case("a colour in a group", validateText(VALID + "groups:\n  - {id: G, colour: red, members: [USA]}\n"),
                "unknown key 'colour' in the group G"));
        t.add(new Case("misspelt group members", validateText(VALID + "groups:\n  - {id: G, membres: [USA]}\n"),
                "unknown key 'membres' in the group G (did you mean 'members'?)"));
        t.add(new Case("misspelt decision rule threshold", validateText(VALID
                + "decision_rule: {type: qualified_majority, threshhold: 0.7}\n"),
                "unknown key 'threshhold' in 'decision_rule' (did you mean 'threshold'?)"));
        t.add(new Case("misspelt issue key", validate("{id: a}", "{id: a, nmae: A}"),
                "unknown key 'nmae' in an issue (did you mean 'name'?)"));
        t.add(new Case("event filter naming an unknown sector", validateText(VALID
                + "ngos:\n  entries:\n    - {id: N, name: N, home: USA, region: north_america, activity: inside, sector: peasant,"
                + " resources: 0.5, networks: [], stance: {a: 1}}\n"
                + "events:\n  - {day: 1, session: 1, type: mobilisation_shock, filter: {sectors: [peasent]}}\n"),
                "no organisation of the scenario has the sector 'peasent' (did you mean 'peasant'?)"));
        t.add(new Case("event filter naming an unknown region", validateText(VALID
                + "ngos:\n  entries:\n    - {id: N, name: N, home: USA, region: north_america, activity: inside, sector: peasant,"
                + " resources: 0.5, networks: [], stance: {a: 1}}\n"
                + "events:\n  - {day: 1, session: 1, type: mobilisation_shock, filter: {regions: [europe]}}\n"),
                "no organisation of the scenario has the region 'europe'"));
        t.add(new Case("green room naming an unknown actor", validateText(VALID + "chair: {green_room: [USA, XX]}\n"),
                "green room names unknown actor 'XX'"));
        t.add(new Case("group listing an unknown actor", validateText(VALID + "groups:\n  - {id: G, members: [USA, ZZZ]}\n"),
                "group G lists unknown actor 'ZZZ'"));
        t.add(new Case("event after the last day", validateText(VALID
                + "events:\n  - {day: 9, session: 1, type: revised_text}\n"), "'day' = 9 is outside [1, 1]"));
        t.add(new Case("unknown decision rule", validateText(VALID + "decision_rule: {type: unanimity_ish}\n"),
                "s.yaml:16: unknown decision rule 'unanimity_ish'"));
        t.add(new Case("anchor of a reference coalition unknown", validateText(VALID
                + "validation:\n  reference_coalitions:\n    - {id: G, source: x, anchors: [BRA, CHX], members: [BRA]}\n"),
                "anchors names unknown actor 'CHX'"));
        t.add(new Case("cyclic extends", d -> {
            write(d.resolve("two.yaml"), "name: two\nextends: s.yaml\n");
            return List.of("validate", write(d.resolve("s.yaml"), "extends: two.yaml\nname: one\n").toString());
        }, "cyclic extends"));
        t.add(new Case("extends a missing file", validateText("extends: nowhere.yaml\nname: x\n"), "nowhere.yaml"));
        t.add(new Case("a folder given as the scenario", d -> List.of("validate", d.toString()),
                ": is a folder; give the YAML file itself"));
        t.add(new Case("a scenario that does not exist", d -> List.of("validate", d.resolve("none.yaml").toString()),
                "none.yaml"));
        t.add(new Case("a list instead of a scenario", validateText("- a\n- b\n"), "s.yaml"));
        t.add(new Case("tab indentation", validateText("name: x\nissues:\n\t- {id: a}\n"), "malformed YAML"));
        t.add(new Case("duplicate key", validateText(VALID + "name: again\n"), "s.yaml"));
        t.add(new Case("invalid UTF-8 in the YAML", d -> {
            Path f = d.resolve("s.yaml");
            Files.write(f, concat(VALID.getBytes(StandardCharsets.UTF_8), new byte[]{'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'}));
            return List.of("validate", f.toString());
        }, "s.yaml:" + (VALID.split("\n").length + 1) + ": not valid UTF-8 text")); // the comment line after VALID
        // ---- hostile YAML ----
        t.add(new Case("alias bomb under the alias limit", validateText(bomb()), "expands to more than 200000 entries"));
        t.add(new Case("recursive alias", validateText("name: t\nnotes: &r [*r]\n"), "nested more than 100 levels deep"));
        t.add(new Case("2000 nested brackets", validateText("name: t\nnotes: " + "[".repeat(2000) + "]".repeat(2000) + "\n"),
                "nested"));
        t.add(new Case("2000 nested mappings", validateText("name: t\nnotes: " + "{a: ".repeat(2000) + "x" + "}".repeat(2000) + "\n"),
                "nested"));
        t.add(new Case("java global tag", validateText("name: !!java/object:java.io.File x\n"),
                "tag '!!java/object:java.io.File' is not allowed"));
        t.add(new Case("script engine tag", validateText(VALID + "title: !!javax.script.ScriptEngineManager [x]\n"),
                "tag '!!javax.script.ScriptEngineManager' is not allowed"));
        t.add(new Case("local tag", validateText("name: !custom x\n"), "tag '!custom' is not allowed"));
        t.add(new Case("a 5 MB scalar", validateText("name: " + "x".repeat(5_000_000) + "\n"), "may have at most 524288"));
        t.add(new Case("a 600 KB file of comments", validateText(VALID + "#".repeat(600_000) + "\n"), "may have at most 524288"));
        // ---- --set ----
        t.add(new Case("--set of an unknown key", d -> List.of("validate", write(d.resolve("s.yaml"), VALID).toString(),
                "--set", "calendar.weeks=3"), "--set calendar.weeks: unknown key 'weeks' in 'calendar'"));
        t.add(new Case("--set of an unknown parameter", d -> List.of("validate", write(d.resolve("s.yaml"), VALID).toString(),
                "--set", "parameters.chair.charisma=3"), "no model parameter 'chair.charisma'"));
        t.add(new Case("--set without =", d -> List.of("validate", write(d.resolve("s.yaml"), VALID).toString(),
                "--set", "parameters.chair.agenda_power"), "KEY=VALUE"));
        t.add(new Case("--set of a word for a number", d -> List.of("validate", write(d.resolve("s.yaml"), VALID).toString(),
                "--set", "parameters.chair.agenda_power=lots"), "lots"));
        // ---- scenario tables ----
        t.add(new Case("countries.csv with an unclosed quote", cancunTable("countries.csv",
                concat(cancunBytes("countries.csv"), "ZZZ,\"Never closed\n".getBytes(StandardCharsets.UTF_8))),
                "countries.csv: cannot read table: a quoted field is never closed"));
        t.add(new Case("countries.csv with a stray quote", cancunTable("countries.csv",
                new String(cancunBytes("countries.csv"), StandardCharsets.UTF_8)
                        .replaceFirst("United States", "\"United States").getBytes(StandardCharsets.UTF_8)),
                "countries.csv:17: a quoted field is followed by more text before the comma"));
        t.add(new Case("countries.csv with a misspelt status", cancunTable("countries.csv",
                new String(cancunBytes("countries.csv"), StandardCharsets.UTF_8)
                        .replaceFirst("Belgium,europe,developed", "Belgium,europe,develped").getBytes(StandardCharsets.UTF_8)),
                "countries.csv:3: unknown status 'develped' (did you mean 'developed'?)"));
        t.add(new Case("countries.csv with invalid UTF-8", cancunTable("countries.csv",
                concat(cancunBytes("countries.csv"), new byte[]{(byte) 0xFF, (byte) 0xFE, '\n'})),
                "countries.csv:" + (new String(cancunBytes("countries.csv"), StandardCharsets.UTF_8).split("\n").length + 1)
                        + ": not valid UTF-8 text"));
        t.add(new Case("ngos.csv with an unclosed quote", cancunTable("ngos.csv",
                concat(cancunBytes("ngos.csv"), "\"x,\n".getBytes(StandardCharsets.UTF_8))), "ngos.csv: cannot read table: a quoted field is never closed"));
        t.add(new Case("empty countries.csv", cancunTable("countries.csv", new byte[0]), "countries.csv"));
        t.add(new Case("countries.csv without its code column", cancunTable("countries.csv",
                "name,gdp\nX,1\n".getBytes(StandardCharsets.UTF_8)), "countries.csv"));
        // ---- experiment files (sweep) ----
        t.add(new Case("factor with a misspelt key", sweepWith("{min: 0, max: 0.6}", "{min: 0, max: 0.6, stpes: 3}"),
                "unknown key 'stpes'"));
        t.add(new Case("factor min above max", sweepWith("{min: 0.2, max: 0.9}", "{min: 0.9, max: 0.2}"), "e.yaml"));
        t.add(new Case("factor of no model parameter", sweepWith("parameters.chair.mediation:", "parameters.chair.charisma:"),
                "charisma"));
        t.add(new Case("unknown design type", sweepWith("type: saltelli", "type: sobolish"), "sobolish"));
        t.add(new Case("zero replications", sweepWith("replications: 1", "replications: 0"), "replications"));
        t.add(new Case("zero base samples", sweepWith("base_samples: 4", "base_samples: 0"), "base_samples"));
        t.add(new Case("missing scenario", sweepWith("scenario: " + TEXTBOOK, "scenario: nowhere.yaml"), "nowhere.yaml"));
        t.add(new Case("unknown top-level key in an experiment", sweepWith("seed: 1", "seed: 1\nreplicatons: 3"),
                "replicatons"));
        t.add(new Case("seed that is a word", sweepWith("seed: 1", "seed: one"), "seed"));
        t.add(new Case("factorial of three factors of 5,001 values", sweepText("""
                name: big
                scenario: TEXTBOOK
                replications: 1
                parameters:
                  parameters.chair.agenda_power: {from: 0, to: 1, step: 0.0002}
                  parameters.chair.mediation: {from: 0, to: 1, step: 0.0002}
                  parameters.country.concession_rate: {from: 0, to: 1, step: 0.0002}
                """.replace("TEXTBOOK", TEXTBOOK)), "e.yaml"));
        t.add(new Case("alias bomb in an experiment", sweepText(bomb()), "expands to more than 200000 entries"));
        t.add(new Case("java tag in an experiment", sweepText(SWEEP + "notes: !!java.io.File x\n"), "is not allowed"));
        t.add(new Case("experiment given as a folder", d -> List.of("sweep", d.toString(), "--out", d.resolve("o").toString()),
                "folder"));
        // ---- command-line options ----
        t.add(new Case("--runs 0", d -> List.of("batch", TEXTBOOK, "--runs", "0", "--out", d.resolve("o").toString()), "--runs"));
        t.add(new Case("--runs negative", d -> List.of("batch", TEXTBOOK, "--runs", "-5", "--out", d.resolve("o").toString()), "--runs"));
        t.add(new Case("--runs a word", d -> List.of("batch", TEXTBOOK, "--runs", "many", "--out", d.resolve("o").toString()), "many"));
        t.add(new Case("--threads 0", d -> List.of("batch", TEXTBOOK, "--threads", "0", "--out", d.resolve("o").toString()), "--threads"));
        t.add(new Case("--shard beyond its count", d -> List.of("batch", TEXTBOOK, "--shard", "3/2", "--out", d.resolve("o").toString()), "3/2"));
        t.add(new Case("--shard not a fraction", d -> List.of("batch", TEXTBOOK, "--shard", "x", "--out", d.resolve("o").toString()), "--shard"));
        t.add(new Case("--seed a word", d -> List.of("batch", TEXTBOOK, "--seed", "abc", "--out", d.resolve("o").toString()), "abc"));
        t.add(new Case("--runs-per-draw 0", d -> List.of("batch", TEXTBOOK, "--runs-per-draw", "0", "--out", d.resolve("o").toString()), "--runs-per-draw"));
        t.add(new Case("unknown option", d -> List.of("batch", TEXTBOOK, "--rnus", "3"), "--rnus"));
        t.add(new Case("unknown command", d -> List.of("bach", TEXTBOOK), "bach"));
        // ---- results folders: batch and sweep refusing to overwrite ----
        t.add(new Case("batch on the finished folder of another plan", spoilt(BATCH, f -> { },
                "batch", TEXTBOOK, "--runs", "5", "--out", "R"), "holds the finished results of a different command"));
        t.add(new Case("sweep on the finished folder of a batch", spoilt(BATCH, f -> write(f.resolveSibling("e.yaml"), FACTORIAL),
                "sweep", "D/e.yaml", "--out", "R"), "holds the finished results of a different command"));
        t.add(new Case("batch on a folder held by another command", d -> {
            Path f = Files.createDirectories(d.resolve("held"));
            holder = holdLock(f);
            return List.of("batch", TEXTBOOK, "--runs", "5", "--out", f.toString());
        }, "is in use by another command (pid "));
        // ---- merge ----
        t.add(new Case("merge of a shard whose rounds.csv is cut mid-row", spoilt(SHARD1, f -> cut(f.resolve("rounds.csv.gz"), 7),
                "merge", "SHARD0", "R", "--out", "D/m"), "rounds.csv.gz: the file is cut off"));
        t.add(new Case("merge of a shard whose runs.csv is cut mid-row", spoilt(SHARD1, f -> cut(f.resolve("runs.csv"), 7),
                "merge", "SHARD0", "R", "--out", "D/m"), "runs.csv: the last row is cut off"));
        t.add(new Case("merge of a shard missing whole rounds rows", spoilt(SHARD1, f -> dropLines(f.resolve("rounds.csv.gz"), 3),
                "merge", "SHARD0", "R", "--out", "D/m"), "rounds.csv.gz: run 15 has not the"));
        t.add(new Case("merge of a shard missing whole runs rows", spoilt(SHARD1, f -> dropLines(f.resolve("runs.csv"), 2),
                "merge", "SHARD0", "R", "--out", "D/m"), "runs.csv"));
        t.add(new Case("merge of a shard with a repeated runs row", spoilt(SHARD1, f -> repeatLine(f.resolve("runs.csv"), 2),
                "merge", "SHARD0", "R", "--out", "D/m"), "runs.csv"));
        t.add(new Case("merge of one shard twice", spoilt(SHARD0, f -> { }, "merge", "SHARD0", "R", "--out", "D/m"),
                "shard 0/2 is given twice"));
        t.add(new Case("merge with a shard missing", spoilt(SHARD0, f -> { }, "merge", "R", "--out", "D/m"),
                "missing shard 1/2 of 2"));
        t.add(new Case("merge of an unfinished shard", spoilt(SHARD1, f -> Files.delete(f.resolve("manifest.json")),
                "merge", "SHARD0", "R", "--out", "D/m"), "is not a finished results folder"));
        t.add(new Case("merge of a shard with a corrupt manifest", spoilt(SHARD1, f -> cut(f.resolve("manifest.json"), 200),
                "merge", "SHARD0", "R", "--out", "D/m"), "manifest.json:"));
        t.add(new Case("merge of shards of different plans", spoilt(BATCH, f -> { }, "merge", "SHARD0", "R", "--out", "D/m"),
                "is from a different batch or sweep"));
        t.add(new Case("merge into one of its parts", spoilt(SHARD1, f -> { }, "merge", "SHARD0", "R", "--out", "R"),
                "is one of the parts"));
        t.add(new Case("merge over the finished results of another plan", spoilt(BATCH, f -> { },
                "merge", "SHARD0", "SHARD1", "--out", "R"), "holds the finished results of a different command"));
        t.add(new Case("merge into a folder in use", d -> {
            Path f = Files.createDirectories(d.resolve("held"));
            holder = holdLock(f);
            return List.of("merge", shard0.toString(), shard1.toString(), "--out", f.toString());
        }, "is in use by another command (pid "));
        // ---- sensitivity ----
        t.add(new Case("sensitivity of an unmerged shard", spoilt(SHARD0, f -> { }, "sensitivity", "R"),
                "holds shard 0/2 of a split run"));
        t.add(new Case("sensitivity with a repeated run", spoilt(SWEEP_F, f -> repeatLine(f.resolve("runs.csv"), 2),
                "sensitivity", "R"), "run 0 appears more than once"));
        t.add(new Case("sensitivity with a run missing", spoilt(SWEEP_F, f -> dropLines(f.resolve("runs.csv"), 1),
                "sensitivity", "R"), "holds 15 runs but manifest.json records 16"));
        t.add(new Case("sensitivity with runs.csv cut mid-row", spoilt(SWEEP_F, f -> cut(f.resolve("runs.csv"), 9),
                "sensitivity", "R"), "runs.csv: the last row is cut off"));
        t.add(new Case("sensitivity with rounds.csv rows missing", spoilt(SWEEP_F, f -> dropLines(f.resolve("rounds.csv.gz"), 2),
                "sensitivity", "R"), "rounds.csv.gz: run 15 has not the"));
        t.add(new Case("sensitivity with the runs.csv of another sweep", spoilt(SWEEP_F, f -> {
            Path other = f.resolveSibling("other.yaml");
            write(other, SWEEP.replace("{min: 0.2, max: 0.9}", "{min: 0.1, max: 0.8}"));
            CliHarness cli = new CliHarness();
            assertEquals(0, cli.run("sweep", other.toString(), "--out", f.resolveSibling("o").toString()));
            Files.copy(f.resolveSibling("o").resolve("runs.csv"), f.resolve("runs.csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }, "sensitivity", "R"), "these runs are from another sweep"));
        t.add(new Case("sensitivity with the runs.csv of a shard", spoilt(SWEEP_F, f -> Files.copy(shard0.resolve("runs.csv"),
                f.resolve("runs.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING), "sensitivity", "R"), "run 1 is missing"));
        t.add(new Case("sensitivity with an unknown reference coalition", spoilt(SWEEP_F, f -> { },
                "sensitivity", "R", "--reference-coalition", "BRA,NOPE"), "'NOPE' is no actor of the sweep's scenario"));
        t.add(new Case("sensitivity without a manifest", spoilt(SWEEP_F, f -> Files.delete(f.resolve("manifest.json")),
                "sensitivity", "R"), "is not a finished sweep's results folder"));
        t.add(new Case("sensitivity with a corrupt manifest", spoilt(SWEEP_F, f -> cut(f.resolve("manifest.json"), 300),
                "sensitivity", "R"), "manifest.json:"));
        t.add(new Case("sensitivity of a batch", spoilt(BATCH, f -> { }, "sensitivity", "R"), "holds a batch's results, not a sweep's"));
        t.add(new Case("sensitivity with too few resamples", spoilt(SWEEP_F, f -> { }, "sensitivity", "R", "--bootstrap", "5"),
                "use at least 100 resamples"));
        t.add(new Case("sensitivity with design.csv rows missing", spoilt(SWEEP_F, f -> dropLines(f.resolve("design.csv"), 2),
                "sensitivity", "R"), "design"));
        // ---- plot ----
        t.add(new Case("plot of a folder with runs missing", spoilt(BATCH, f -> dropLines(f.resolve("runs.csv"), 3),
                "plot", "R", "--out", "D/p"), "holds 7 runs but manifest.json records 10"));
        t.add(new Case("plot of a folder with a run repeated", spoilt(BATCH, f -> repeatLine(f.resolve("runs.csv"), 2),
                "plot", "R", "--out", "D/p"), "run 0 appears more than once"));
        t.add(new Case("plot of a folder without a manifest", spoilt(BATCH, f -> Files.delete(f.resolve("manifest.json")),
                "plot", "R", "--out", "D/p"), "no manifest.json"));
        t.add(new Case("plot of a folder with rows of another scenario", spoilt(BATCH, f -> {
            List<String> l = new ArrayList<>(Files.readAllLines(f.resolve("runs.csv")));
            List<String> other = Files.readAllLines(miami.resolve("runs.csv"));
            l.add(other.get(1));
            Files.write(f.resolve("runs.csv"), l);
        }, "plot", "R", "--out", "D/p"), "runs.csv"));
        t.add(new Case("plot of an unmerged shard", spoilt(SHARD0, f -> { }, "plot", "R", "--out", "D/p"),
                "holds shard 0/2 of a split run"));
        t.add(new Case("plot of a folder with runs.csv cut mid-row", spoilt(BATCH, f -> cut(f.resolve("runs.csv"), 5),
                "plot", "R", "--out", "D/p"), "runs.csv: the last row is cut off"));
        t.add(new Case("plot of a folder with rounds.csv cut mid-row", spoilt(BATCH, f -> cut(f.resolve("rounds.csv.gz"), 5),
                "plot", "R", "--out", "D/p"), "rounds.csv.gz: the file is cut off"));
        t.add(new Case("plot of a missing folder", d -> List.of("plot", d.resolve("none").toString(), "--out",
                d.resolve("p").toString()), "no such file or folder"));
        t.add(new Case("plot of an unknown outcome", spoilt(BATCH, f -> { }, "plot", "R", "--out", "D/p", "--outcome",
                "walkout"), "--outcome walkout: not an outcome of"));
        t.add(new Case("plot in an unknown format", spoilt(BATCH, f -> { }, "plot", "R", "--out", "D/p", "--format", "bmp"),
                "--format"));
        t.add(new Case("plot --top 0", spoilt(BATCH, f -> { }, "plot", "R", "--out", "D/p", "--top", "0"),
                "--top must be at least 1"));
        // ---- commitments ----
        t.add(new Case("commitments.csv cut mid-row", spoilt(MIAMI_F, f -> cut(f.resolve("commitments.csv.gz"), 9),
                "commitments", "MIAMI", "R"), "commitments.csv.gz: the file is cut off"));
        t.add(new Case("commitments.csv with a row repeated", spoilt(MIAMI_F, f -> repeatLine(f.resolve("commitments.csv.gz"), 2),
                "commitments", "MIAMI", "R"), "appears twice in run 0"));
        t.add(new Case("commitments.csv with rows missing", spoilt(MIAMI_F, f -> dropLines(f.resolve("commitments.csv.gz"), 2),
                "commitments", "MIAMI", "R"), "rows but runs.csv has 4 completed runs"));
        t.add(new Case("commitments of a folder without a manifest", spoilt(MIAMI_F, f -> Files.delete(f.resolve("manifest.json")),
                "commitments", "MIAMI", "R"), "no manifest.json"));
        t.add(new Case("commitments of a batch without commitments", spoilt(BATCH, f -> { }, "commitments", "R"),
                "no commitments.csv.gz"));
        t.add(new Case("commitments with runs.csv cut mid-row", spoilt(MIAMI_F, f -> cut(f.resolve("runs.csv"), 9),
                "commitments", "MIAMI", "R"), "runs.csv: the last row is cut off"));
        // ---- slurm ----
        t.add(new Case("slurm --time with a newline", d -> List.of("slurm", write(d.resolve("e.yaml"), FACTORIAL).toString(),
                "--launcher", LAUNCHER, "--time", "1:00:00\ntouch pwned", "--out", d.resolve("o").toString()), "is not a Slurm time limit"));
        t.add(new Case("slurm --partition with a semicolon", d -> List.of("slurm", write(d.resolve("e.yaml"), FACTORIAL).toString(),
                "--launcher", LAUNCHER, "--partition", "short; rm -rf ~", "--out", d.resolve("o").toString()), "--partition"));
        t.add(new Case("slurm --out with a double quote", d -> List.of("slurm", write(d.resolve("e.yaml"), FACTORIAL).toString(),
                "--launcher", LAUNCHER, "--out", d.resolve("a\"b").toString()), "holds a double quote"));
        t.add(new Case("slurm --out with a newline", d -> List.of("slurm", write(d.resolve("e.yaml"), FACTORIAL).toString(),
                "--launcher", LAUNCHER, "--out", d.resolve("a\nb").toString()), "holds a control character"));
        t.add(new Case("slurm of a missing experiment", d -> List.of("slurm", d.resolve("none.yaml").toString()), "none.yaml"));
        t.add(new Case("slurm --shards 0", d -> List.of("slurm", write(d.resolve("e.yaml"), FACTORIAL).toString(),
                "--launcher", LAUNCHER, "--shards", "0", "--out", d.resolve("o").toString()), "--shards"));
        return t;
    }

    /** A separate process holding the folder's lock, as a running batch would. */
    static Process holdLock(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = folder.resolveSibling("Hold.java");
        write(script, """
                public class Hold {
                    public static void main(String[] a) throws Exception {
                        try (var lock = org.ministerial.batch.FolderLock.acquire(java.nio.file.Path.of(a[0]))) {
                            System.out.println("held");
                            Thread.sleep(120_000);
                        }
                    }
                }
                """);
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), script.toString(),
                folder.toString()).redirectErrorStream(true).start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        assertEquals("held", first);
        return p;
    }

    /** The process holding a lock for the row under test, if any. */
    static Process holder;

    @org.junit.jupiter.api.AfterEach
    void release() throws InterruptedException {
        if (holder != null) {
            holder.destroy();
            holder.waitFor();
            holder = null;
        }
    }

    @Test
    void theTableKeepsAtLeastAHundredRows() {
        assertTrue(table().size() >= 100, "rows: " + table().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedByName(Case c) throws Exception {
        BATCH[0] = batch;
        SWEEP_F[0] = sweep;
        SHARD0[0] = shard0;
        SHARD1[0] = shard1;
        MIAMI_F[0] = miami;
        Path dir = Files.createDirectories(fixtures.resolve("case-" + Math.abs(c.name().hashCode())));
        List<String> args = new ArrayList<>();
        for (String a : c.setup().args(dir))
            args.add(a.equals("SHARD0") ? shard0.toString() : a.equals("SHARD1") ? shard1.toString()
                    : a.equals("MIAMI") ? miami.toString() : a);
        CliHarness cli = new CliHarness();
        long start = System.nanoTime();
        int code = cli.run(args.toArray(String[]::new));
        String said = cli.err + "" + cli.out;
        assertTrue(code == 1 || code == 2, c.name() + ": exit " + code + ": " + said);
        assertTrue(said.contains(c.expected()), c.name() + ": expected [" + c.expected() + "] in: " + said);
        assertFalse(said.contains("\tat org.") || said.contains("\tat java."), c.name() + ": a stack trace: " + said);
        assertFalse(said.contains("Exception:") && !said.contains("error:"), c.name() + ": an exception's name: " + said);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, c.name() + ": took over 10 s");
    }
}
