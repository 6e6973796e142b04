package org.ministerial.scenario;

import org.ministerial.model.BilateralTrack;

import java.util.Map;
import java.util.Set;

/** {@code bilateral:} a bilateral track the offerer opens after the meeting, with the access it offers each partner. */
final class BilateralSection {
    private BilateralSection() {
    }

    /**
     * {@code bilateral: {offerer: USA, except_when: {column: value}, except_groups: [G], access: TERMS}}: the value to
     * each partner of an agreement is the sum over the access terms of {@code W x clamp01(C / S)} from the countries
     * table, where {@code TERMS} is one term {@code {column: C, scale: S, weight: W}} or a mapping of named terms;
     * countries matching {@code except_when} or in the listed groups (existing free-trade partners) get no offer.
     */
    static BilateralTrack read(Tree.Mapping root, ActorsSection actors, Fields f) {
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
        double[] value = new double[actors.actors.size()];
        Tree.Mapping access = f.mapping(m.get("access"), "'access'");
        if (access != null) {
            boolean single = access.get("column") != null;
            for (Map.Entry<String, Tree> term : (single ? Map.<String, Tree>of("access", access) : access.entries()).entrySet())
                addAccessTerm(f.mapping(term.getValue(), "access term '" + term.getKey() + "'"), actors, value, f);
        }
        if (o == null) return null;
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
        return new BilateralTrack(o, value, offered);
    }

    /** Adds {@code W x clamp01(C / S)} to each country actor's access value; a country without a value adds 0. */
    private static void addAccessTerm(Tree.Mapping term, ActorsSection actors, double[] value, Fields f) {
        Problems problems = f.problems();
        if (term == null) return;
        for (String key : term.entries().keySet())
            if (!Set.of("column", "scale", "weight").contains(key))
                problems.add(term.keyLocation(key), "unknown key '" + key + "' in an access term (column, scale, weight)");
        String column = f.required(term, "column", "an access term");
        double scale = f.number(term, "scale", 100, 1e-12, 1e12), weight = f.number(term, "weight", 0, 0, 10);
        if (column == null) return;
        boolean known = false;
        for (CountryRow row : actors.rows.values()) {
            if (row.data.containsKey(column)) known = true;
            Integer a = actors.actorOf.get(row.code);
            if (a == null || !actors.actors.get(a).members().isEmpty()) continue;
            Double v = Fields.parseNumber(row.data.getOrDefault(column, ""));
            if (v != null) value[a] += weight * Math.min(1, Math.max(0, v / scale));
        }
        if (!known) problems.add(term.get("column").location(), "access column '" + column
                + "' is not in the countries table");
    }
}
