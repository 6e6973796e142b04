package org.ministerial.scenario;

import org.ministerial.model.Issue;
import org.ministerial.model.NgoSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code ngos:}: named organisations from a table and inline entries, then the unnamed rest generated from a
 * table of counts per region (and country) with a sector template ({@link NgoGenerator}).
 */
final class NgoSection {
    private static final Set<String> KEYS = Set.of("table", "regions", "region_homes", "home_weight", "sectors",
            "entries");

    /** The organisations read, in order: the table's, the entries', then the generated ones. */
    final List<NgoSpec> ngos;
    /** The networks they name, in the order first named. */
    final List<String> networks;
    private final NgoRoster roster;
    private final List<Issue> issues;
    private final Map<String, Integer> actorOf;
    private final HomeCountries homes;
    private final Fields f;

    /**
     * @param countries the countries read (excluded rows are not there), by code: where generated organisations find
     *                  their homes and what {@code home_weight}, {@code home_when} and {@code stance_by_home} read
     */
    NgoSection(List<Issue> issues, Map<String, Integer> actorOf, Map<String, CountryRow> countries, Fields f) {
        this.issues = issues;
        this.actorOf = actorOf;
        this.homes = new HomeCountries(countries);
        this.f = f;
        this.roster = new NgoRoster(actorOf, homes, f);
        this.ngos = roster.ngos;
        this.networks = roster.networks;
    }

    void read(Tree.Mapping root, List<Path> inputs) {
        Tree.Mapping m = f.mapping(root.get("ngos"), "'ngos'");
        if (m == null) return;
        f.onlyKeys(m, "'ngos'", KEYS);
        if (m.get("table") instanceof Tree.Scalar ref) readTable(ref, inputs);
        for (Tree t : f.sequence(m.get("entries"), "'entries'")) readEntry(f.mapping(t, "an NGO entry"));
        if (m.get("regions") instanceof Tree.Scalar ref)
            new NgoGenerator(roster, issues, actorOf, homes, f).generate(ref, m, inputs);
        roster.checkLoneNetworks();
    }

    private void readTable(Tree.Scalar ref, List<Path> inputs) {
        List<String> required = new ArrayList<>(List.of("id", "name", "home", "region", "activity", "sector",
                "resources", "networks"));
        for (Issue i : issues) required.add("stance_" + i.id());
        InputTable t;
        try {
            t = InputTable.read(ref, required, inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        for (InputTable.Row r : t.rows()) {
            double[] stance = new double[issues.size()];
            for (int k = 0; k < issues.size(); k++) stance[k] = stanceCell(r, "stance_" + issues.get(k).id());
            Double resources = Fields.parseNumber(r.get("resources"));
            if (resources == null || resources <= 0 || resources > 1) {
                f.problems().add(r.location(), "resources '" + r.get("resources") + "' must be in (0, 1]");
                resources = 0.5;
            }
            roster.add(r.location(), r.get("id"), r.get("name"), r.get("home"), r.get("region"), r.get("activity"),
                    r.get("sector"), resources, List.of(r.get("networks").split(";")), stance);
        }
    }

    private double stanceCell(InputTable.Row r, String column) {
        String v = r.get(column);
        if (v.isEmpty()) return 0;
        Double d = Fields.parseNumber(v);
        if (d == null || d < -1 || d > 1) {
            f.problems().add(r.location(), column + " '" + v + "' must be -1, 0 or 1");
            return 0;
        }
        return d;
    }

    private void readEntry(Tree.Mapping e) {
        if (e == null) return;
        double[] stance = NgoStances.read(f.mapping(e.get("stance"), "'stance'"), 0, issues, f);
        roster.add(e.location(), f.required(e, "id", "an NGO"), f.string(e, "name", null), f.string(e, "home", ""),
                f.string(e, "region", ""), f.string(e, "activity", "both"), f.string(e, "sector", ""),
                f.positive(e, "resources", 0.5, 1), f.strings(e.get("networks"), "'networks'"), stance);
    }
}
