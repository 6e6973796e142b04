package org.ministerial.importer;

import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.ministerial.importer.KtabReader.problem;

/**
 * A plain CSV table as expected-utility replications keep it: columns {@code Actor}, {@code Capability} (or
 * {@code Power}, {@code Influence}), {@code Position} and {@code Salience} for one issue, or {@code Position_<issue>}
 * and {@code Salience_<issue>} for several; an optional {@code Name} (or {@code Description}) column. Comma- or
 * semicolon-separated; other columns are ignored (and said so).
 */
final class PlainTableReader {
    private static final Set<String> ACTOR = Set.of("actor", "code", "actor_code");
    private static final Set<String> NAME = Set.of("name", "description", "actor_name");
    private static final Set<String> POWER = Set.of("capability", "capabilities", "power", "influence", "clout");

    private PlainTableReader() {
    }

    static ActorTable read(Path file) throws IOException, ScenarioException {
        List<String> lines = Lines.read(file);
        ActorTable t = new ActorTable(file.toString(), "table");
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("#"))) i++;
        if (i == lines.size()) throw problem(file, 1, "the file is empty");
        int headerLine = i + 1;
        char sep = lines.get(i).indexOf(',') < 0 && lines.get(i).indexOf(';') >= 0 ? ';' : ',';
        List<String> header = Lines.trimEnd(Lines.cells(lines.get(i), sep, false));
        int actor = -1, name = -1, power = -1;
        Map<String, Integer> positions = new LinkedHashMap<>(), saliences = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c).toLowerCase(Locale.ROOT).replace(' ', '_');
            if (ACTOR.contains(h) && actor < 0) actor = c;
            else if (NAME.contains(h) && name < 0) name = c;
            else if (POWER.contains(h) && power < 0) power = c;
            else if (h.equals("position") || h.startsWith("position_"))
                positions.put(h.equals("position") ? "" : header.get(c).substring("position_".length()), c);
            else if (h.equals("salience") || h.startsWith("salience_"))
                saliences.put(h.equals("salience") ? "" : header.get(c).substring("salience_".length()), c);
            else ignored.add(header.get(c));
        }
        if (actor < 0) throw problem(file, headerLine, "no 'Actor' column in the header '" + lines.get(i).trim() + "'");
        if (power < 0) throw problem(file, headerLine, "no 'Capability' (or 'Power') column in the header");
        if (positions.isEmpty())
            throw problem(file, headerLine, "no 'Position' column (or 'Position_<issue>' columns) in the header");
        if (positions.containsKey("") && positions.size() > 1)
            throw problem(file, headerLine, "either one 'Position' column or 'Position_<issue>' columns, not both");
        for (String issue : positions.keySet())
            if (!saliences.containsKey(issue))
                throw problem(file, headerLine, "no '" + (issue.isEmpty() ? "Salience" : "Salience_" + issue)
                        + "' column beside '" + (issue.isEmpty() ? "Position" : "Position_" + issue) + "'");
        for (String issue : saliences.keySet())
            if (!positions.containsKey(issue))
                throw problem(file, headerLine, "'" + (issue.isEmpty() ? "Salience" : "Salience_" + issue)
                        + "' has no position column beside it");
        if (!ignored.isEmpty()) t.notes.add("columns ignored: " + String.join(", ", ignored));
        Set<String> ids = new HashSet<>();
        int d = 0;
        for (String issue : positions.keySet()) {
            String label = issue.isEmpty() ? "issue" : issue.replace('_', ' ');
            t.issues.add(new ActorTable.Issue(KtabReader.unique(Lines.slug(issue.isEmpty() ? "issue" : issue), d++, ids), label));
        }
        List<Integer> posCols = List.copyOf(positions.values());
        List<Integer> salCols = new ArrayList<>();
        for (String issue : positions.keySet()) salCols.add(saliences.get(issue));
        Set<String> keys = new HashSet<>();
        for (i++; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) continue;
            int line = i + 1;
            List<String> c = Lines.cells(lines.get(i), sep, false);
            int written = c.size();
            while (c.size() < header.size()) c.add("");
            String key = c.get(actor);
            if (key.isEmpty()) throw problem(file, line, "the Actor cell is empty");
            // a cut row would otherwise be reported as an empty cell, hiding that a separator or cell is missing
            int missing = firstMissing(written, power, posCols, salCols);
            if (missing >= 0)
                throw problem(file, line, "the row of " + key + " has " + written + " cells, the header "
                        + header.size() + ": no " + header.get(missing) + " (a cell or a separator is missing)");
            if (!keys.add(key)) throw problem(file, line, "actor '" + key + "' appears twice");
            String display = name >= 0 && !c.get(name).isEmpty() ? c.get(name) : key;
            ActorTable.Actor a = new ActorTable.Actor(key, display, line, posCols.size());
            a.power = Lines.number(c.get(power), header.get(power) + " of " + key, file, line);
            for (int j = 0; j < posCols.size(); j++) {
                a.position[j] = Lines.number(c.get(posCols.get(j)), header.get(posCols.get(j)) + " of " + key, file, line);
                a.salience[j] = Lines.number(c.get(salCols.get(j)), header.get(salCols.get(j)) + " of " + key, file, line);
            }
            t.actors.add(a);
        }
        if (t.actors.isEmpty()) throw problem(file, headerLine, "no actor rows after the header");
        return t;
    }

    /** The first column a row of {@code written} cells lacks among those every actor needs, or -1. */
    private static int firstMissing(int written, int power, List<Integer> posCols, List<Integer> salCols) {
        int first = power >= written ? power : Integer.MAX_VALUE;
        for (int j = 0; j < posCols.size(); j++) {
            if (posCols.get(j) >= written) first = Math.min(first, posCols.get(j));
            if (salCols.get(j) >= written) first = Math.min(first, salCols.get(j));
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }
}
