package org.ministerial.importer;

import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * KTAB's spatial-model CSV: a first line with the scenario's name and description (optionally the numbers of actors
 * and dimensions), a header {@code Actor,Description,Power,} followed by a position and a salience column for each
 * dimension, then one line per actor. Lines may end with a comma.
 */
final class KtabReader {
    private KtabReader() {
    }

    static ActorTable read(Path file) throws IOException, ScenarioException {
        List<String> lines = Lines.read(file);
        ActorTable t = new ActorTable(file.toString(), "ktab");
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i == lines.size()) throw problem(file, 1, "the file is empty");
        List<String> first = Lines.trimEnd(Lines.cells(lines.get(i), ',', false));
        int firstLine = i + 1;
        if (!first.isEmpty() && first.get(0).equalsIgnoreCase("actor"))
            throw problem(file, firstLine, "a KTAB file starts with a line giving the scenario's name and description,"
                    + " then the header Actor,Description,Power,...");
        t.title = first.isEmpty() ? "" : first.get(0);
        t.description = first.size() > 1 ? first.get(1) : "";
        i++;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i == lines.size()) throw problem(file, firstLine, "no header line Actor,Description,Power,... after the first line");
        int headerLine = i + 1;
        List<String> header = Lines.trimEnd(Lines.cells(lines.get(i), ',', false));
        if (header.size() < 5 || !header.get(0).equalsIgnoreCase("actor"))
            throw problem(file, headerLine, "expected the header Actor,Description,Power followed by a position and a"
                    + " salience column per dimension, found '" + lines.get(i).trim() + "'");
        if ((header.size() - 3) % 2 != 0)
            throw problem(file, headerLine, "after Actor,Description,Power the header needs pairs of position and"
                    + " salience columns; it has " + (header.size() - 3) + " columns");
        int k = (header.size() - 3) / 2;
        Set<String> ids = new HashSet<>();
        for (int d = 0; d < k; d++) {
            String label = dimensionLabel(header.get(3 + 2 * d), d);
            t.issues.add(new ActorTable.Issue(unique(Lines.slug(label), d, ids), label));
        }
        declaredCount(file, firstLine, first, 3, k, "dimensions");
        Set<String> keys = new HashSet<>();
        for (i++; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            int line = i + 1;
            List<String> c = Lines.trimEnd(Lines.cells(lines.get(i), ',', false));
            if (c.size() != 3 + 2 * k)
                throw problem(file, line, "expected " + (3 + 2 * k) + " cells (actor, description, power and a position"
                        + " and salience for each of " + k + " dimensions), found " + c.size());
            String key = c.get(0);
            if (key.isEmpty()) throw problem(file, line, "the actor cell is empty");
            if (!keys.add(key)) throw problem(file, line, "actor '" + key + "' appears twice");
            ActorTable.Actor a = new ActorTable.Actor(key, c.get(1).isEmpty() ? key : c.get(1), line, k);
            a.power = Lines.number(c.get(2), "power of " + key, file, line);
            for (int d = 0; d < k; d++) {
                a.position[d] = Lines.number(c.get(3 + 2 * d), "position of " + key, file, line);
                a.salience[d] = Lines.number(c.get(4 + 2 * d), "salience of " + key, file, line);
            }
            t.actors.add(a);
        }
        if (t.actors.isEmpty()) throw problem(file, headerLine, "no actor lines after the header");
        declaredCount(file, firstLine, first, 2, t.actors.size(), "actors");
        return t;
    }

    /** The first line may declare the numbers of actors (third cell) and dimensions (fourth); they must match. */
    private static void declaredCount(Path file, int line, List<String> first, int cell, int found, String what)
            throws ScenarioException {
        if (first.size() <= cell) return;
        try {
            int declared = Integer.parseInt(first.get(cell).trim());
            if (declared != found)
                throw problem(file, line, "the first line declares " + declared + " " + what + ", the table has " + found);
        } catch (NumberFormatException e) {
            // not a count: free text
        }
    }

    /** "Policy Position" gives "Policy", "Pstn1" gives "dim1"; an empty label the dimension's number. */
    static String dimensionLabel(String header, int d) {
        String s = header.replaceAll("(?i)\\b(position|pstn|pos)\\b", " ").replaceAll("(?i)^(pstn|pos)(?=\\d)", "")
                .replaceAll("\\s+", " ").trim();
        if (s.isEmpty() || s.matches("\\d+")) return "dim" + (s.isEmpty() ? String.valueOf(d + 1) : s);
        return s;
    }

    static String unique(String id, int d, Set<String> taken) {
        String base = id.isEmpty() ? "dim" + (d + 1) : id;
        String out = base;
        for (int n = 2; !taken.add(out); n++) out = base + "_" + n;
        return out;
    }

    static ScenarioException problem(Path file, int line, String message) {
        return new ScenarioException(new Problem(file.toString(), line, message));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
