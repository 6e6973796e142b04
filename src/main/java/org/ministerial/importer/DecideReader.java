package org.ministerial.importer;

import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.ministerial.importer.KtabReader.problem;

/**
 * The input of the Decide exchange model (Stokman's tradition): one record a line, cells separated by tabs,
 * semicolons or commas, optionally quoted. {@code #A key name} an actor, {@code #P key name} an issue, {@code #M
 * issue position meaning} a labelled point of an issue's scale (the lowest and highest give the scale; without them
 * the import's {@code --scale}, 0-100 by default as in Decide), {@code #D actor issue position salience power} an actor's data on an issue; {@code #0} and
 * {@code #/} lines are comments.
 */
final class DecideReader {
    private DecideReader() {
    }

    static ActorTable read(Path file) throws IOException, ScenarioException {
        List<String> lines = Lines.read(file);
        ActorTable t = new ActorTable(file.toString(), "decide");
        Map<String, String[]> actors = new LinkedHashMap<>(); // key -> {name, line}
        Map<String, ActorTable.Issue> issues = new LinkedHashMap<>();
        Map<String, Map<Double, String>> marks = new LinkedHashMap<>();
        record Datum(String actor, String issue, double position, double salience, double power, int line) {
        }
        List<Datum> data = new java.util.ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) continue;
            int line = i + 1;
            String bare = raw.trim().replaceFirst("^['\"]", "");
            if (bare.startsWith("#0") || bare.startsWith("#/")) continue;
            char sep = raw.indexOf('\t') >= 0 ? '\t' : raw.indexOf(';') >= 0 ? ';' : ',';
            List<String> c = Lines.trimEnd(Lines.cells(raw, sep, true));
            String tag = c.isEmpty() ? "" : c.get(0).toUpperCase(java.util.Locale.ROOT);
            switch (tag) {
                case "#0", "#/" -> {
                }
                case "#A" -> {
                    need(c, 2, file, line, "#A actor-key name");
                    if (actors.containsKey(c.get(1))) throw problem(file, line, "actor '" + c.get(1) + "' is defined twice");
                    String name = c.size() > 2 && !c.get(2).isEmpty() ? c.get(2) : c.get(1);
                    actors.put(c.get(1), new String[]{name, String.valueOf(line)});
                }
                case "#P" -> {
                    need(c, 2, file, line, "#P issue-key name");
                    if (issues.containsKey(c.get(1))) throw problem(file, line, "issue '" + c.get(1) + "' is defined twice");
                    String label = c.size() > 2 && !c.get(2).isEmpty() ? c.get(2) : c.get(1);
                    issues.put(c.get(1), new ActorTable.Issue(c.get(1), label));
                }
                case "#M" -> {
                    need(c, 3, file, line, "#M issue-key position meaning");
                    if (!issues.containsKey(c.get(1)))
                        throw problem(file, line, "#M names issue '" + c.get(1) + "', not defined by a #P line before it");
                    double p = Lines.number(c.get(2), "position", file, line);
                    marks.computeIfAbsent(c.get(1), x -> new java.util.TreeMap<>()).put(p, c.size() > 3 ? c.get(3) : "");
                }
                case "#D" -> {
                    need(c, 6, file, line, "#D actor-key issue-key position salience power");
                    if (!actors.containsKey(c.get(1)))
                        throw problem(file, line, "#D names actor '" + c.get(1) + "', not defined by an #A line");
                    if (!issues.containsKey(c.get(2)))
                        throw problem(file, line, "#D names issue '" + c.get(2) + "', not defined by a #P line");
                    if (!pairs.add(c.get(1) + "\u0000" + c.get(2)))
                        throw problem(file, line, "a second #D line for actor '" + c.get(1) + "' on issue '" + c.get(2) + "'");
                    data.add(new Datum(c.get(1), c.get(2), Lines.number(c.get(3), "position", file, line),
                            Lines.number(c.get(4), "salience", file, line), Lines.number(c.get(5), "power", file, line), line));
                }
                default -> throw problem(file, line, "a line of a Decide file starts with #A, #P, #M, #D, #0 or #/, not '"
                        + (c.isEmpty() ? raw.trim() : c.get(0)) + "'");
            }
        }
        if (actors.isEmpty()) throw problem(file, 1, "no actors (#A lines)");
        if (issues.isEmpty()) throw problem(file, 1, "no issues (#P lines)");
        Set<String> ids = new HashSet<>();
        int d = 0;
        for (ActorTable.Issue is : issues.values()) {
            ActorTable.Issue out = new ActorTable.Issue(KtabReader.unique(Lines.slug(is.key), d++, ids), is.label);
            java.util.TreeMap<Double, String> m = (java.util.TreeMap<Double, String>) marks.get(is.key);
            if (m != null && m.size() >= 2) {
                out.lower = m.firstKey();
                out.upper = m.lastKey();
                out.lowerMeaning = m.firstEntry().getValue();
                out.upperMeaning = m.lastEntry().getValue();
                m.forEach((p, meaning) -> {
                    if (!meaning.isEmpty()) out.meanings.add(ScenarioWriter.number(p) + " = " + meaning);
                });
            } else if (m != null) {
                throw problem(file, 1, "issue '" + is.key + "' has one #M line; give its lowest and highest positions");
            }
            // an issue without #M lines declares no scale: the import's --scale applies (0-100 unless given, as in
            // Decide), so a file on a survey scale can be read as one, and is flagged when it looks like one
            t.issues.add(out);
        }
        List<String> issueKeys = List.copyOf(issues.keySet());
        Map<String, ActorTable.Actor> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : actors.entrySet())
            byKey.put(e.getKey(), new ActorTable.Actor(e.getKey(), e.getValue()[0], Integer.parseInt(e.getValue()[1]),
                    issueKeys.size()));
        Map<String, double[]> powers = new LinkedHashMap<>(); // min, max, sum, count
        for (Datum x : data) {
            ActorTable.Actor a = byKey.get(x.actor());
            int j = issueKeys.indexOf(x.issue());
            a.position[j] = x.position();
            a.salience[j] = x.salience();
            a.lines[j] = x.line();
            double[] p = powers.computeIfAbsent(x.actor(), k -> new double[]{Double.MAX_VALUE, -Double.MAX_VALUE, 0, 0});
            p[0] = Math.min(p[0], x.power());
            p[1] = Math.max(p[1], x.power());
            p[2] += x.power();
            p[3]++;
        }
        for (ActorTable.Actor a : byKey.values()) {
            double[] p = powers.get(a.key);
            if (p == null) throw problem(file, a.line, "actor '" + a.key + "' has no #D line");
            a.power = p[2] / p[3];
            if (p[1] - p[0] > 1e-12)
                t.notes.add("power of " + a.key + " varies by issue (" + ScenarioWriter.number(p[0]) + " to "
                        + ScenarioWriter.number(p[1]) + "); its capability is the mean, " + ScenarioWriter.number(a.power));
            t.actors.add(a);
        }
        return t;
    }

    private static void need(List<String> c, int n, Path file, int line, String form) throws ScenarioException {
        if (c.size() < n) throw problem(file, line, "expected '" + form + "', found " + c.size() + " cells");
    }
}
