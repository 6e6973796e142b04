package org.ministerial.scenario;

import org.ministerial.model.DevelopmentStatus;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.InputUncertainty;
import org.ministerial.model.Issue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** What a run draws of the actors' inputs ({@link InputUncertainty#NONE} when nothing is uncertain). */
    InputUncertainty inputUncertainty = InputUncertainty.NONE;
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
        f.onlyKeys(countries, "'countries'", COUNTRIES_KEYS);
        Tree.Mapping defaults = f.mapping(countries.get("defaults"), "'defaults'");
        f.onlyKeys(defaults, "'defaults'", Set.of("reservation", "exponent", "responsiveness"));
        CountryTableReader.Inputs table = countries.get("table") == null ? null
                : new CountryTableReader(issues, f).read(countries, rows, inputs);
        for (Tree t : f.sequence(countries.get("entries"), "'entries'")) readEntry(f.mapping(t, "a country entry"));
        // an unreadable table has been reported already
        if (rows.isEmpty() && !(countries.get("table") != null && table == null))
            f.problems().add(countries.location(), "no countries: give a 'table' or 'entries'");
        Tree.Mapping overrides = f.mapping(countries.get("overrides"), "'overrides'");
        if (overrides != null)
            for (Map.Entry<String, Tree> e : overrides.entries().entrySet()) {
                CountryRow row = rows.get(e.getKey());
                if (row == null) {
                    f.problems().add(overrides.keyLocation(e.getKey()), "override for unknown country '" + e.getKey() + "'");
                    continue;
                }
                Tree.Mapping o = f.mapping(e.getValue(), "override of " + e.getKey());
                f.onlyKeys(o, "the override of " + e.getKey(), OVERRIDE_KEYS);
                if (o == null) continue;
                if (o.get("source") == null)
                    f.problems().add(o.location(), "override of " + e.getKey() + " needs a 'source'");
                applyValues(row, o, true);
            }
        ActorAssembly assembly = assembly(defaults, readUnions(root));
        ActorAssembly.Actors built = assembly.assemble(rows.values(), f.problems());
        actors.addAll(built.actors());
        actorOf.putAll(built.actorOf());
        if (table != null && table.priors().varies()) inputUncertainty = new ActorInputs(rows, table, assembly);
    }

    private static final Set<String> COUNTRIES_KEYS = Set.of("table", "sources", "exclude_when", "capability",
            "high_income", "defaults", "preference_model", "entries", "overrides", "positions");
    private static final Set<String> OVERRIDE_KEYS = Set.of("capability", "position", "salience", "reservation", "exponent", "responsiveness", "source");
    private static final Set<String> ENTRY_KEYS = Set.of("code", "name", "status", "negotiates_through", "groups",
            "capability", "position", "salience", "reservation", "exponent", "responsiveness");
    private static final Set<String> UNION_KEYS = Set.of("id", "name", "status", "members", "capability", "position", "salience", "reservation", "exponent", "responsiveness");

    private void readEntry(Tree.Mapping e) {
        if (e == null) return;
        String code = f.required(e, "code", "a country entry");
        if (code == null) return;
        f.onlyKeys(e, "the entry of " + code, ENTRY_KEYS);
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
        row.status = f.status(e, "");
        row.negotiatesThrough = f.string(e, "negotiates_through", "");
        row.groups.addAll(f.strings(e.get("groups"), "'groups'"));
        if (e.get("capability") == null) f.problems().add(e.location(), code + " needs a 'capability'");
        for (String need : List.of("position", "salience"))
            if (e.get(need) == null) f.problems().add(e.location(), code + " needs a '" + need + "' for every issue");
        applyValues(row, e, false);
        rows.put(code, row);
    }

    /** Reads capability, position, salience and behaviour keys; partial maps are allowed only for overrides. */
    /** A partial map (an override) is also recorded as fixed, so that a run deriving the row again keeps it. */
    private void applyValues(CountryRow row, Tree.Mapping m, boolean partial) {
        if (m.get("capability") != null) {
            row.capability = f.number(m, "capability", 1, 1e-12, 1e12);
            if (partial) row.fixedCapability = row.capability;
        }
        readIssueMap(row.code, m, "position", row.position, partial ? row.fixedPosition : null);
        readIssueMap(row.code, m, "salience", row.salience, partial ? row.fixedSalience : null);
        if (m.get("reservation") != null) row.reservation = f.number(m, "reservation", 0, -1, 1);
        if (m.get("exponent") != null) row.exponent = f.number(m, "exponent", 1, 1e-3, 1e3);
        if (m.get("responsiveness") != null) {
            row.responsiveness = f.number(m, "responsiveness", 0.5, 0, 1);
            if (partial) row.fixedResponsiveness = row.responsiveness;
        }
    }

    /** Reads one value per issue into {@code into}, and into {@code fixed} too when given (a partial map). */
    private void readIssueMap(String code, Tree.Mapping m, String key, double[] into, double[] fixed) {
        boolean partial = fixed != null;
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
            if (partial) fixed[k] = into[k];
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
            f.onlyKeys(u, "the union " + id, UNION_KEYS);
            if (id == null) continue;
            // a second entry of one id would replace the first, silently
            if (unions.containsKey(id)) {
                f.declaredTwice(u.location(), "union", id, unions.get(id).location());
                continue;
            }
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

    private ActorAssembly assembly(Tree.Mapping defaults, Map<String, Tree.Mapping> unions) {
        Map<String, ActorAssembly.Union> declared = new LinkedHashMap<>();
        for (Map.Entry<String, Tree.Mapping> e : unions.entrySet()) {
            Tree.Mapping u = e.getValue();
            CountryRow own = new CountryRow(e.getKey(), u.location(), issues.size());
            applyValues(own, u, true);
            declared.put(e.getKey(), new ActorAssembly.Union(e.getKey(), f.string(u, "name", e.getKey()),
                    f.status(u, DevelopmentStatus.DEVELOPED.label()), own));
        }
        return new ActorAssembly(f.number(defaults, "reservation", 0, -1, 1), f.number(defaults, "exponent", 1, 1e-3, 1e3),
                f.number(defaults, "responsiveness", 0.5, 0, 1), declared);
    }
}
