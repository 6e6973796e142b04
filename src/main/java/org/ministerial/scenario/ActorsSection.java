package org.ministerial.scenario;

import org.ministerial.model.ActorSpec;
import org.ministerial.model.Issue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code countries:} and {@code unions:} into negotiating actors. Countries come from a structural table
 * (positions derived by the {@link PreferenceModel}), from inline entries, or both; per-country overrides must cite a
 * source. Member states of a union negotiate through it: the union's position and salience are the
 * capability-weighted means of its members', its capability computed from their pooled size (see {@link #union}).
 */
final class ActorsSection {
    final List<ActorSpec> actors = new ArrayList<>();
    /** Country or union code to actor index; member states map to their union. */
    final Map<String, Integer> actorOf = new LinkedHashMap<>();
    final Map<String, CountryRow> rows = new LinkedHashMap<>();
    private final List<Issue> issues;
    private final Fields f;

    ActorsSection(List<Issue> issues, Fields f) {
        this.issues = issues;
        this.f = f;
    }

    void read(Tree.Mapping root, List<Path> inputs) {
        Tree.Mapping countries = f.mapping(root.get("countries"), "'countries'");
        if (countries == null) {
            f.problems().add(root.location(), "a scenario needs 'countries'");
            return;
        }
        Tree.Mapping defaults = f.mapping(countries.get("defaults"), "'defaults'");
        if (countries.get("table") != null) new CountryTableReader(issues, f).read(countries, rows, inputs);
        for (Tree t : f.sequence(countries.get("entries"), "'entries'")) readEntry(f.mapping(t, "a country entry"));
        if (rows.isEmpty()) f.problems().add(countries.location(), "no countries: give a 'table' or 'entries'");
        Tree.Mapping overrides = f.mapping(countries.get("overrides"), "'overrides'");
        if (overrides != null)
            for (Map.Entry<String, Tree> e : overrides.entries().entrySet()) {
                CountryRow row = rows.get(e.getKey());
                if (row == null) {
                    f.problems().add(overrides.keyLocation(e.getKey()), "override for unknown country '" + e.getKey() + "'");
                    continue;
                }
                Tree.Mapping o = f.mapping(e.getValue(), "override of " + e.getKey());
                if (o == null) continue;
                if (o.get("source") == null)
                    f.problems().add(o.location(), "override of " + e.getKey() + " needs a 'source'");
                applyValues(row, o, true);
            }
        Map<String, Tree.Mapping> unions = readUnions(root);
        build(defaults, unions);
    }

    private void readEntry(Tree.Mapping e) {
        if (e == null) return;
        String code = f.required(e, "code", "a country entry");
        if (code == null) return;
        if (!IsoCodes.isCountry(code)) {
            f.problems().add(e.get("code").location(), "unknown country code '" + code
                    + "' (expected an ISO 3166-1 alpha-3 code such as BRA)");
            return;
        }
        if (rows.containsKey(code)) {
            f.problems().add(e.location(), "country " + code + " appears twice");
            return;
        }
        CountryRow row = new CountryRow(code, e.location(), issues.size());
        row.name = f.string(e, "name", code);
        row.status = f.string(e, "status", "");
        row.negotiatesThrough = f.string(e, "negotiates_through", "");
        row.groups.addAll(f.strings(e.get("groups"), "'groups'"));
        if (e.get("capability") == null) f.problems().add(e.location(), code + " needs a 'capability'");
        for (String need : List.of("position", "salience"))
            if (e.get(need) == null) f.problems().add(e.location(), code + " needs a '" + need + "' for every issue");
        applyValues(row, e, false);
        rows.put(code, row);
    }

    /** Reads capability, position, salience and behaviour keys; partial maps are allowed only for overrides. */
    private void applyValues(CountryRow row, Tree.Mapping m, boolean partial) {
        if (m.get("capability") != null) row.capability = f.number(m, "capability", 1, 1e-12, 1e12);
        readIssueMap(row.code, m, "position", row.position, partial);
        readIssueMap(row.code, m, "salience", row.salience, partial);
        if (m.get("reservation") != null) row.reservation = f.number(m, "reservation", 0, -1, 1);
        if (m.get("exponent") != null) row.exponent = f.number(m, "exponent", 1, 1e-3, 1e3);
        if (m.get("responsiveness") != null) row.responsiveness = f.number(m, "responsiveness", 0.5, 0, 1);
    }

    private void readIssueMap(String code, Tree.Mapping m, String key, double[] into, boolean partial) {
        Tree.Mapping values = f.mapping(m.get(key), "'" + key + "'");
        if (values == null) return;
        for (int k = 0; k < issues.size(); k++) {
            String id = issues.get(k).id();
            Tree v = values.get(id);
            if (v == null) {
                if (!partial) f.problems().add(values.location(), "issue '" + id + "' is missing from the " + key
                        + " of " + code);
                continue;
            }
            into[k] = f.number(v, key + " of " + code + " on '" + id + "'", 0, 0, 1);
        }
        for (String id : values.entries().keySet())
            if (issues.stream().noneMatch(i -> i.id().equals(id)))
                f.problems().add(values.keyLocation(id), key + " of " + code + " names unknown issue '" + id + "'");
    }

    private Map<String, Tree.Mapping> readUnions(Tree.Mapping root) {
        Map<String, Tree.Mapping> unions = new LinkedHashMap<>();
        for (Tree t : f.sequence(root.get("unions"), "'unions'")) {
            Tree.Mapping u = f.mapping(t, "a union");
            if (u == null) continue;
            String id = f.required(u, "id", "a union");
            if (id == null) continue;
            unions.put(id, u);
            for (String member : f.strings(u.get("members"), "'members'")) {
                CountryRow row = rows.get(member);
                if (row == null) f.problems().add(u.get("members").location(), "union " + id
                        + " lists unknown country '" + member + "'");
                else row.negotiatesThrough = id;
            }
        }
        for (CountryRow row : rows.values())
            if (!row.negotiatesThrough.isEmpty() && !unions.containsKey(row.negotiatesThrough))
                f.problems().add(row.location, row.code + " negotiates through '" + row.negotiatesThrough
                        + "', which is not a declared union");
        return unions;
    }

    private void build(Tree.Mapping defaults, Map<String, Tree.Mapping> unions) {
        double defReservation = f.number(defaults, "reservation", 0, -1, 1);
        double defExponent = f.number(defaults, "exponent", 1, 1e-3, 1e3);
        double defResponsiveness = f.number(defaults, "responsiveness", 0.5, 0, 1);
        Map<String, List<CountryRow>> members = new LinkedHashMap<>();
        for (CountryRow row : rows.values()) {
            if (Double.isNaN(row.capability)) continue;
            // a member of an undeclared union has been reported; it stands alone so the rest can still be checked
            if (!row.negotiatesThrough.isEmpty() && unions.containsKey(row.negotiatesThrough)) {
                boolean first = !members.containsKey(row.negotiatesThrough);
                members.computeIfAbsent(row.negotiatesThrough, x -> new ArrayList<>()).add(row);
                if (first) actorOf.put(row.negotiatesThrough, -1);
                continue;
            }
            double[] sal = normalisedSalience(row);
            actorOf.put(row.code, actors.size());
            actors.add(new ActorSpec(row.code, row.name, row.capability, row.position.clone(), sal,
                    or(row.reservation, defReservation), or(row.exponent, defExponent),
                    or(row.responsiveness, defResponsiveness), List.of(), row.status,
                    "developed".equals(row.status) || row.highIncome));
        }
        // unions take the place of their first member in the actor order
        List<ActorSpec> ordered = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String code : actorOf.keySet()) {
            ActorSpec a = members.containsKey(code) ? union(code, unions.get(code), members.get(code),
                    defReservation, defExponent, defResponsiveness) : actors.get(actorOf.get(code));
            index.put(code, ordered.size());
            ordered.add(a);
        }
        actors.clear();
        actors.addAll(rows.values().stream().allMatch(r -> !Double.isNaN(r.gdpShare)) ? normalised(ordered) : ordered);
        actorOf.clear();
        actorOf.putAll(index);
        for (Map.Entry<String, List<CountryRow>> e : members.entrySet())
            for (CountryRow m : e.getValue()) actorOf.put(m.code, index.get(e.getKey()));
    }

    /** Capabilities from a table, rescaled to sum to 1 over the actors once unions have pooled their members. */
    private static List<ActorSpec> normalised(List<ActorSpec> in) {
        double total = 0;
        for (ActorSpec a : in) total += a.capability();
        List<ActorSpec> out = new ArrayList<>();
        for (ActorSpec a : in)
            out.add(new ActorSpec(a.code(), a.name(), a.capability() / total, a.ideal(), a.salience(),
                    a.reservationSlack(), a.concessionExponent(), a.responsiveness(), a.members(),
                    a.developmentStatus(), a.north()));
        return out;
    }

    /**
     * A union speaks for one market: its capability is computed from its members' pooled GDP and pooled external
     * trade ({@code sqrt(sum of GDP shares) x sqrt(sum of trade shares)}), not summed member by member; its
     * position and salience are its members' capability-weighted means.
     */
    private ActorSpec union(String id, Tree.Mapping u, List<CountryRow> members, double res, double exp, double resp) {
        int k = issues.size();
        double cap = 0, gdpShare = 0, tradeShare = 0;
        double[] pos = new double[k], sal = new double[k];
        for (CountryRow m : members) {
            double[] s = normalisedSalience(m);
            cap += m.capability;
            gdpShare += m.gdpShare;
            tradeShare += m.tradeShare;
            for (int j = 0; j < k; j++) {
                pos[j] += m.capability * m.position[j];
                sal[j] += m.capability * s[j];
            }
        }
        for (int j = 0; j < k; j++) {
            pos[j] /= cap;
            sal[j] /= cap;
        }
        // pooled size, on the members' own scale (capability / sqrt(gdp share x trade share) is the table's constant)
        CountryRow first = members.get(0);
        double scale = first.capability / Math.sqrt(first.gdpShare * first.tradeShare);
        if (!Double.isNaN(gdpShare) && gdpShare * tradeShare > 0 && Double.isFinite(scale))
            cap = scale * Math.sqrt(gdpShare * tradeShare);
        CountryRow own = new CountryRow(id, u.location(), k);
        System.arraycopy(pos, 0, own.position, 0, k);
        System.arraycopy(sal, 0, own.salience, 0, k);
        applyValues(own, u, true);
        return new ActorSpec(id, f.string(u, "name", id), cap, own.position, normalisedSalience(own),
                or(own.reservation, res), or(own.exponent, exp), or(own.responsiveness, resp),
                members.stream().map(m -> m.code).toList(), f.string(u, "status", "developed"),
                "developed".equals(f.string(u, "status", "developed")) || members.stream().allMatch(m -> m.highIncome));
    }

    private double[] normalisedSalience(CountryRow row) {
        double total = 0;
        for (double s : row.salience) total += s;
        double[] out = new double[row.salience.length];
        if (!(total > 0)) {
            f.problems().add(row.location, row.code + ": saliences are all zero");
            java.util.Arrays.fill(out, 1.0 / Math.max(1, out.length));
            return out;
        }
        for (int j = 0; j < out.length; j++) out[j] = row.salience[j] / total;
        return out;
    }

    private static double or(Double v, double fallback) {
        return v == null ? fallback : v;
    }
}
