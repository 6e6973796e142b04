package org.ministerial.importer;

import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.ministerial.importer.ScenarioWriter.number;
import static org.ministerial.importer.ScenarioWriter.quote;

/**
 * Turns an actor table (KTAB CSV, a Decide file or a plain table) into a Ministerial scenario: positions rescaled
 * from the declared scale to [0,1] (optionally turned round per issue), saliences divided by their scale, power kept
 * as capability, actor names mapped to ISO 3166-1 alpha-3 codes.
 */
public final class Importer {
    /** The formats read. */
    public enum Format { KTAB, DECIDE, TABLE }

    /**
     * Positions that are all whole numbers no higher than this, read on the default 0-100 scale, look like a survey
     * scale (1-5, 1-7, 0-10) imported without --scale: rescaled to 0-100 they would all crowd at the status quo.
     */
    private static final double SHORT_SCALE_TOP = 10;

    /**
     * What the user chose.
     *
     * @param format        null: guessed from the file
     * @param lower         the position scale's lower end (KTAB, table, and Decide issues without {@code #M} lines)
     * @param upper         its upper end
     * @param salienceScale what a salience of 1 is written as; null: 1 for Decide, {@code upper} otherwise
     * @param reverse       issue ids whose direction is turned round (1 = the source's lower end)
     * @param foldSalience  one issue only: capability = power x salience (the model normalises each actor's saliences
     *                      over issues, so with one issue salience would otherwise not differ between actors)
     * @param codes         a {@code name,code} file, or null
     * @param dropUnmapped  leave out actors that map to no country instead of refusing the table
     * @param start         the calendar's first day (YYYY-MM-DD)
     */
    public record Options(Format format, double lower, double upper, Double salienceScale, Set<String> reverse,
                          boolean foldSalience, Path codes, boolean dropUnmapped, String start, int days,
                          int sessionsPerDay) {
        public Options {
            reverse = Set.copyOf(reverse);
        }

        /** Defaults: format guessed, scale 0-100, no reversal, calendar of 3 days of 3 sessions. */
        public static Options defaults() {
            return new Options(null, 0, 100, null, Set.of(), false, null, false, "2000-01-01", 3, 3);
        }
    }

    /** The scenario text, what the import did (one remark a line) and the counts. */
    public record Result(String yaml, List<String> report, int actors, int issues, Format format) {
    }

    private Importer() {
    }

    public static Result run(Path file, Options o) throws IOException, ScenarioException {
        Format format = o.format() != null ? o.format() : guess(file);
        ActorTable t = switch (format) {
            case KTAB -> KtabReader.read(file);
            case DECIDE -> DecideReader.read(file);
            case TABLE -> PlainTableReader.read(file);
        };
        return convert(t, format, o, CountryCodes.withFile(o.codes()));
    }

    /** Decide files start with {@code #} records; KTAB files have the header Actor,Description,... on their second line. */
    static Format guess(Path file) throws IOException, ScenarioException {
        List<String> lines = Lines.read(file);
        List<String> filled = new ArrayList<>();
        for (String l : lines) if (!l.isBlank()) filled.add(l.trim());
        if (filled.isEmpty()) throw new ScenarioException(new Problem(file.toString(), 1, "the file is empty"));
        String first = filled.get(0).replace("'", "").replace("\"", "").toUpperCase(Locale.ROOT);
        if (first.matches("#[APMD0/].*")) return Format.DECIDE;
        if (filled.size() > 1 && filled.get(1).replace("\"", "").toLowerCase(Locale.ROOT).startsWith("actor,description,"))
            return Format.KTAB;
        return Format.TABLE;
    }

    static Result convert(ActorTable t, Format format, Options o, CountryCodes codes) throws ScenarioException {
        Path file = Path.of(t.file);
        int k = t.issues.size();
        List<String> report = new ArrayList<>(t.notes);
        for (String id : o.reverse())
            if (t.issues.stream().noneMatch(is -> is.key.equals(id) || idOf(t, is).equals(id)))
                throw new ScenarioException(new Problem(t.file, 1, "--reverse names issue '" + id + "'; the file's issues are "
                        + String.join(", ", t.issues.stream().map(is -> idOf(t, is)).toList())));
        if (o.foldSalience() && k != 1)
            throw new ScenarioException(new Problem(t.file, 1, "--fold-salience is for a table with one issue; this one has " + k));
        if (!(o.upper() > o.lower())) throw new ScenarioException(new Problem(t.file, 1, "the scale's upper end must exceed its lower end"));
        double salScale = o.salienceScale() != null ? o.salienceScale() : format == Format.DECIDE ? 1 : o.upper();
        if (!(salScale > 0)) throw new ScenarioException(new Problem(t.file, 1, "the salience scale must be positive"));
        double[] lo = new double[k], hi = new double[k];
        boolean[] reversed = new boolean[k];
        for (int j = 0; j < k; j++) {
            ActorTable.Issue is = t.issues.get(j);
            boolean declared = !Double.isNaN(is.lower);
            lo[j] = declared ? is.lower : o.lower();
            hi[j] = declared ? is.upper : o.upper();
            reversed[j] = o.reverse().contains(is.key) || o.reverse().contains(idOf(t, is));
        }

        // codes
        List<Problem> problems = new ArrayList<>();
        Map<String, ActorTable.Actor> byCode = new HashMap<>();
        List<ActorTable.Actor> kept = new ArrayList<>();
        List<String> codesOf = new ArrayList<>(), mapping = new ArrayList<>(), dropped = new ArrayList<>();
        for (ActorTable.Actor a : t.actors) {
            CountryCodes.Match m = codes.find(a.key, a.name);
            if (m == null) {
                if (o.dropUnmapped()) dropped.add(a.key);
                else problems.add(new Problem(t.file, a.line, "actor '" + a.key + "'" + (a.name.equals(a.key) ? "" : " ("
                        + a.name + ")") + " is not a country name or ISO 3166-1 alpha-3 code: map it with --codes FILE"
                        + " (a line '" + a.key + ",XXX' with its ISO code) or leave it out with --drop-unmapped"));
                continue;
            }
            ActorTable.Actor other = byCode.put(m.code(), a);
            if (other != null) {
                problems.add(new Problem(t.file, a.line, "actors '" + other.key + "' (line " + other.line + ") and '" + a.key
                        + "' both map to " + m.code() + ": give one of them another code with --codes FILE"));
                continue;
            }
            kept.add(a);
            codesOf.add(m.code());
            mapping.add(m.code() + (m.code().equals(a.key) ? "" : " <- '" + a.key + "'") + " (" + m.how() + ")");
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        if (kept.isEmpty()) throw new ScenarioException(new Problem(t.file, 1, "no actor maps to a country code"));
        if (!dropped.isEmpty()) report.add("left out (no country code): " + String.join(", ", dropped));

        // values
        double[][] pos = new double[kept.size()][k], sal = new double[kept.size()][k];
        double[] cap = new double[kept.size()];
        // positions read on the default scale 0-100 (no --scale, and no scale of the issue's own: a Decide file's #M
        // lines) are checked for the look of another scale; an issue whose scale was declared is as the user said
        boolean[] onDefaultScale = new boolean[k];
        for (int j = 0; j < k; j++)
            onDefaultScale[j] = Double.isNaN(t.issues.get(j).lower) && o.lower() == 0 && o.upper() == 100;
        boolean anyOnDefaultScale = false, fromUnitScale = true, wholeNumbers = true;
        double lowestPosition = Double.MAX_VALUE, highestPosition = -Double.MAX_VALUE;
        for (int i = 0; i < kept.size(); i++) {
            ActorTable.Actor a = kept.get(i);
            if (!(a.power > 0))
                problems.add(new Problem(t.file, a.line, "power of " + a.key + " is " + number(a.power)
                        + "; capability must be positive (leave the actor out of the table)"));
            double total = 0;
            boolean salienceRefused = false;
            for (int j = 0; j < k; j++) {
                String issue = t.issues.get(j).label;
                double p = a.position[j], s = a.salience[j];
                if (Double.isNaN(p)) {
                    report.add(a.key + " has no data on '" + issue + "': salience 0 there (position set to the middle)");
                    pos[i][j] = 0.5;
                    sal[i][j] = 0;
                    continue;
                }
                if (p < lo[j] - 1e-9 || p > hi[j] + 1e-9)
                    problems.add(new Problem(t.file, a.lines[j], "position " + number(p) + " of " + a.key + " on '" + issue
                            + "' lies outside the scale " + number(lo[j]) + " to " + number(hi[j]) + " (declare it with --scale)"));
                if (s < 0 || s > salScale + 1e-9) {
                    salienceRefused = true;
                    problems.add(new Problem(t.file, a.lines[j], "salience " + number(s) + " of " + a.key + " on '" + issue
                            + "' lies outside 0 to " + number(salScale) + " (declare the salience scale with --salience-scale)"));
                }
                if (onDefaultScale[j]) {
                    anyOnDefaultScale = true;
                    if (Math.abs(p) > 1 + 1e-9) fromUnitScale = false;
                    if (p != Math.rint(p)) wholeNumbers = false;
                    lowestPosition = Math.min(lowestPosition, p);
                    highestPosition = Math.max(highestPosition, p);
                }
                double x = Math.min(1, Math.max(0, (p - lo[j]) / (hi[j] - lo[j])));
                pos[i][j] = reversed[j] ? 1 - x : x;
                sal[i][j] = Math.min(1, Math.max(0, s / salScale));
                total += sal[i][j];
            }
            // a salience refused above is the cause; its clamped 0 is not a second problem
            if (total <= 0 && !salienceRefused)
                problems.add(new Problem(t.file, a.line, a.key + ": every salience is 0, so the actor cares about nothing;"
                        + " give it a salience or leave it out"));
            cap[i] = o.foldSalience() ? a.power * sal[i][0] : a.power;
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        if (anyOnDefaultScale && fromUnitScale)
            report.add("every position lies within 0 to 1 of the scale 0 to 100: if the table is on 0-1, give --scale 1");
        else if (anyOnDefaultScale && wholeNumbers && highestPosition <= SHORT_SCALE_TOP)
            report.add("every position is a whole number from " + number(lowestPosition) + " to " + number(highestPosition)
                    + ", as on a short survey scale, not spread over the scale 0 to 100: if the table is on such a"
                    + " scale, give its ends with --scale MIN:MAX (--scale 1:7 for a seven-point scale), and the"
                    + " saliences' own top with --salience-scale MAX if they are not on it (they default to the"
                    + " scale's top; --salience-scale " + number(salScale) + " keeps them as read now)");
        if (k == 1 && !o.foldSalience()) {
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
            for (double[] s : sal) {
                min = Math.min(min, s[0]);
                max = Math.max(max, s[0]);
            }
            if (max - min > 1e-12)
                report.add("one issue: the model normalises each actor's saliences to sum 1 over issues, so the"
                        + " saliences here do not differ between actors; --fold-salience makes capability = power x salience");
        }

        String yaml = write(t, format, o, file, salScale, lo, hi, reversed, kept, codesOf, mapping, pos, sal, cap, report);
        List<String> summary = new ArrayList<>();
        summary.add("read " + t.actors.size() + " actors and " + k + " issue" + (k == 1 ? "" : "s") + " from " + file
                + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
        summary.add("actor codes: " + String.join(", ", mapping));
        summary.addAll(report);
        return new Result(yaml, summary, kept.size(), k, format);
    }

    private static String idOf(ActorTable t, ActorTable.Issue is) {
        return is.key.matches("[a-z][a-z0-9_]*") ? is.key : Lines.slug(is.key);
    }

    private static String write(ActorTable t, Format format, Options o, Path file, double salScale, double[] lo,
                                double[] hi, boolean[] reversed, List<ActorTable.Actor> actors, List<String> codes,
                                List<String> mapping, double[][] pos, double[][] sal, double[] cap, List<String> notes) {
        int k = t.issues.size();
        StringBuilder y = new StringBuilder();
        List<String> head = new ArrayList<>();
        head.add("Imported by `ministerial import` from " + file.getFileName() + " ("
                + format.name().toLowerCase(Locale.ROOT) + " format).");
        head.add("Positions: rescaled from each issue's source scale to [0,1]; which end is 1 is said below and in");
        head.add("each issue's name (import with --reverse ISSUE to turn an issue round).");
        head.add("Salience: divided by " + number(salScale) + " (the model then normalises each actor's saliences to sum 1).");
        head.add("Capability: " + (o.foldSalience() ? "power x salience" : "the power column as given")
                + " (only ratios matter: actors weigh by capability relative to one another).");
        head.add("Actor codes: " + String.join(", ", mapping));
        for (int j = 0; j < k; j++) {
            ActorTable.Issue is = t.issues.get(j);
            head.add("Issue " + is.label + ": source scale " + number(lo[j]) + " to " + number(hi[j]) + "; 1 = "
                    + number(reversed[j] ? lo[j] : hi[j]) + (reversed[j] ? " (turned round)" : " (as in the file)"));
            for (String m : is.meanings) head.add("  " + m);
        }
        for (String n : notes) head.add("Note: " + n);
        head.add("The calendar, chair and parameters are defaults: edit them to the meeting (docs/scenarios.md).");
        ScenarioWriter.comment(y, "", head);
        y.append("name: ").append(quote(scenarioName(file))).append('\n');
        y.append("title: ").append(quote(t.title.isBlank() ? "Imported from " + file.getFileName() : t.title)).append('\n');
        if (!t.description.isBlank()) y.append("description: ").append(quote(t.description)).append('\n');
        y.append("\nissues:\n");
        Set<String> ids = new LinkedHashSet<>();
        for (int j = 0; j < k; j++) {
            ActorTable.Issue is = t.issues.get(j);
            String id = idOf(t, is);
            ids.add(id);
            String one = reversed[j] ? is.lowerMeaning : is.upperMeaning;
            String end = one.isBlank() ? number(reversed[j] ? lo[j] : hi[j]) + " on the source scale " + number(lo[j])
                    + "-" + number(hi[j]) : one;
            y.append("  - {id: ").append(id).append(", name: ").append(quote(is.label + " (1 = " + end + ")"))
                    .append(", group: imported}\n");
        }
        y.append("\ncalendar: {start: ").append(o.start()).append(", days: ").append(o.days())
                .append(", sessions_per_day: ").append(o.sessionsPerDay()).append("}\n");
        y.append("\ncountries:\n  entries:\n");
        List<String> idList = List.copyOf(ids);
        for (int i = 0; i < actors.size(); i++) {
            ActorTable.Actor a = actors.get(i);
            y.append("    - {code: ").append(codes.get(i)).append(", name: ").append(quote(a.name))
                    .append(", capability: ").append(number(cap[i])).append(",\n       position: {");
            for (int j = 0; j < k; j++) y.append(j == 0 ? "" : ", ").append(idList.get(j)).append(": ").append(number(pos[i][j]));
            y.append("},\n       salience: {");
            for (int j = 0; j < k; j++) y.append(j == 0 ? "" : ", ").append(idList.get(j)).append(": ").append(number(sal[i][j]));
            y.append("}}\n");
        }
        y.append("\ndecision_rule: {type: consensus}\n");
        return y.toString();
    }

    private static String scenarioName(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String s = Lines.slug(base).replace('_', '-');
        return s.isEmpty() ? "imported" : s.startsWith("issue-") ? s.substring(6) : s;
    }
}
