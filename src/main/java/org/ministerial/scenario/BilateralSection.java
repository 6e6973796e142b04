package org.ministerial.scenario;

import org.ministerial.model.BilateralTrack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bilateral:} a bilateral track the offerer opens after the meeting, with the access it offers each partner. */
final class BilateralSection {
    private BilateralSection() {
    }

    /**
     * The track as the scenario writes it, and the access terms a run that draws the countries table's cells computes
     * the access values with.
     */
    record Bilateral(BilateralTrack track, AccessTerms access) {
    }

    /**
     * {@code bilateral: {offerer: USA, except_when: {column: value}, except_groups: [G], access: TERMS}}: the value to
     * each partner of an agreement is the sum over the access terms of {@code W x clamp01(C / S)} from the countries
     * table, where {@code TERMS} is one term {@code {column: C, scale: S, weight: W}} or a mapping of named terms;
     * countries matching {@code except_when} or in the listed groups (existing free-trade partners) get no offer.
     */
    static Bilateral read(Tree.Mapping root, ActorsSection actors, Fields f) {
        Problems problems = f.problems();
        if (root.get("bilateral") instanceof Tree.Scalar none && none.value().equals("none")) return null;
        Tree.Mapping m = f.mapping(root.get("bilateral"), "'bilateral'");
        if (m == null) return null;
        for (String key : m.entries().keySet())
            if (!Set.of("offerer", "except_when", "except_groups", "access").contains(key))
                problems.add(m.keyLocation(key), "unknown key '" + key + "' in 'bilateral'");
        String offerer = f.required(m, "offerer", "the bilateral track");
        Integer o = offerer == null ? null : actors.actorOf.get(offerer);
        if (offerer != null && o == null)
            problems.add(m.get("offerer").location(), "bilateral offerer '" + offerer + "' is not an actor");
        List<AccessTerms.Term> terms = new ArrayList<>();
        Tree.Mapping access = f.mapping(m.get("access"), "'access'");
        if (access != null) {
            boolean single = access.get("column") != null;
            for (Map.Entry<String, Tree> term : (single ? Map.<String, Tree>of("access", access) : access.entries()).entrySet())
                accessTerm(f.mapping(term.getValue(), "access term '" + term.getKey() + "'"), actors, f, terms);
        }
        if (o == null) return null;
        Map<String, Integer> countries = new LinkedHashMap<>();
        for (CountryRow row : actors.rows.values()) {
            Integer a = actors.actorOf.get(row.code);
            if (a != null && actors.actors.get(a).members().isEmpty()) countries.put(row.code, a);
        }
        AccessTerms accessTerms = new AccessTerms(terms, countries, actors.actors.size());
        List<CountryRow> rows = List.copyOf(actors.rows.values());
        double[] value = accessTerms.values(rows.stream().map(r -> r.code).toList(),
                r -> column -> Fields.parseNumber(rows.get(r).data.getOrDefault(column, "")));
        value[o] = 0;
        boolean[] offered = new boolean[value.length];
        java.util.Arrays.fill(offered, true);
        offered[o] = false;
        for (String g : f.strings(m.get("except_groups"), "'except_groups'")) {
            boolean known = false;
            for (CountryRow row : actors.rows.values())
                if (row.groups.contains(g)) {
                    known = true;
                    Integer a = actors.actorOf.get(row.code);
                    if (a != null) offered[a] = false;
                }
            if (!known) problems.add(m.get("except_groups").location(), "no country belongs to group '" + g + "'");
        }
        Tree.Mapping when = f.mapping(m.get("except_when"), "'except_when'");
        if (when != null)
            for (Map.Entry<String, Tree> e : when.entries().entrySet()) {
                String wanted = e.getValue() instanceof Tree.Scalar sc ? sc.value() : null;
                if (wanted == null) problems.add(e.getValue().location(), "'except_when' needs column: value pairs");
                boolean known = false, matched = false;
                for (CountryRow row : actors.rows.values()) {
                    if (!row.data.containsKey(e.getKey())) continue;
                    known = true;
                    Integer a = actors.actorOf.get(row.code);
                    if (!row.data.get(e.getKey()).trim().equals(wanted)) continue;
                    matched = true;
                    if (a != null) offered[a] = false;
                }
                if (known && !matched && wanted != null)
                    problems.add(e.getValue().location(), "'except_when': no country has " + e.getKey() + " = '"
                            + wanted + "'");
                if (!known) problems.add(when.keyLocation(e.getKey()), "'except_when' names column '" + e.getKey()
                        + "', which is not in the countries table");
            }
        return new Bilateral(new BilateralTrack(o, value, offered), accessTerms);
    }

    /** Reads one access term {@code W x clamp01(C / S)} into {@code terms}, checking that the table has column C. */
    private static void accessTerm(Tree.Mapping term, ActorsSection actors, Fields f, List<AccessTerms.Term> terms) {
        Problems problems = f.problems();
        if (term == null) return;
        for (String key : term.entries().keySet())
            if (!Set.of("column", "scale", "weight").contains(key))
                problems.add(term.keyLocation(key), "unknown key '" + key + "' in an access term (column, scale, weight)");
        String column = f.required(term, "column", "an access term");
        double scale = f.number(term, "scale", 100, 1e-12, 1e12), weight = f.number(term, "weight", 0, 0, 10);
        if (column == null) return;
        terms.add(new AccessTerms.Term(column, scale, weight));
        boolean known = false;
        for (CountryRow row : actors.rows.values()) if (row.data.containsKey(column)) known = true;
        if (!known) problems.add(term.get("column").location(), "access column '" + column
                + "' is not in the countries table");
    }
}
