package org.ministerial.scenario;

import org.ministerial.model.Issue;
import org.ministerial.model.NgoSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code ngos:}: named organisations from a table and inline entries, and the unnamed rest generated from a
 * table of counts per region (and country) with a sector template. Generation is deterministic: sectors are
 * allotted to each region's count by largest remainder of the template's shares, inside activity likewise.
 */
final class NgoSection {
    final List<NgoSpec> ngos = new ArrayList<>();
    final List<String> networks = new ArrayList<>();
    private final List<Issue> issues;
    private final Map<String, Integer> actorOf;
    private final Fields f;

    private record Sector(String name, double share, double inside, double resources, List<String> networks,
                          double[] stance) {
    }

    NgoSection(List<Issue> issues, Map<String, Integer> actorOf, Fields f) {
        this.issues = issues;
        this.actorOf = actorOf;
        this.f = f;
    }

    void read(Tree.Mapping root, List<Path> inputs) {
        Tree.Mapping m = f.mapping(root.get("ngos"), "'ngos'");
        if (m == null) return;
        if (m.get("table") instanceof Tree.Scalar ref) readTable(ref, inputs);
        for (Tree t : f.sequence(m.get("entries"), "'entries'")) readEntry(f.mapping(t, "an NGO entry"));
        if (m.get("regions") instanceof Tree.Scalar ref) generate(ref, m, inputs);
    }

    private void readTable(Tree.Scalar ref, List<Path> inputs) {
        List<String> required = new ArrayList<>(List.of("id", "name", "home", "region", "activity", "sector",
                "resources", "networks"));
        for (Issue i : issues) required.add("stance_" + i.id());
        CsvTable t;
        try {
            t = CsvTable.read(ref, required, inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        for (CsvTable.Row r : t.rows()) {
            double[] stance = new double[issues.size()];
            for (int k = 0; k < issues.size(); k++) stance[k] = stanceCell(r, "stance_" + issues.get(k).id());
            Double resources = Fields.parseNumber(r.get("resources"));
            if (resources == null || resources <= 0 || resources > 1) {
                f.problems().add(r.location(), "resources '" + r.get("resources") + "' must be in (0, 1]");
                resources = 0.5;
            }
            add(r.location(), r.get("id"), r.get("name"), r.get("home"), r.get("region"), r.get("activity"),
                    r.get("sector"), resources, List.of(r.get("networks").split(";")), stance);
        }
    }

    private double stanceCell(CsvTable.Row r, String column) {
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
        double[] stance = new double[issues.size()];
        Tree.Mapping s = f.mapping(e.get("stance"), "'stance'");
        for (int k = 0; k < issues.size(); k++) stance[k] = f.number(s, issues.get(k).id(), 0, -1, 1);
        add(e.location(), f.required(e, "id", "an NGO"), f.string(e, "name", null), f.string(e, "home", ""),
                f.string(e, "region", ""), f.string(e, "activity", "both"), f.string(e, "sector", ""),
                f.number(e, "resources", 0.5, 1e-9, 1), f.strings(e.get("networks"), "'networks'"), stance);
    }

    private void add(Tree.Location at, String id, String name, String home, String region, String activity,
                     String sector, double resources, List<String> nets, double[] stance) {
        if (id == null || id.isBlank()) return;
        if (ngos.stream().anyMatch(n -> n.id().equals(id))) {
            f.problems().add(at, "NGO '" + id + "' appears twice");
            return;
        }
        int homeActor = -1;
        if (!home.isEmpty()) {
            if (actorOf.containsKey(home)) homeActor = actorOf.get(home);
            else if (!IsoCodes.isCountry(home)) f.problems().add(at, "NGO " + id + ": unknown home country '" + home + "'");
        }
        boolean inside = activity.equals("inside") || activity.equals("both");
        boolean outside = activity.equals("outside") || activity.equals("both");
        if (!inside && !outside) {
            f.problems().add(at, "NGO " + id + ": activity must be inside, outside or both, not '" + activity + "'");
            return;
        }
        int[] netIndex = nets.stream().map(String::trim).filter(s -> !s.isEmpty()).mapToInt(this::network).toArray();
        ngos.add(new NgoSpec(id, name == null || name.isBlank() ? id : name, homeActor, inside, outside, sector,
                region, resources, stance, netIndex));
    }

    private int network(String id) {
        int at = networks.indexOf(id);
        if (at >= 0) return at;
        networks.add(id);
        return networks.size() - 1;
    }

    private void generate(Tree.Scalar ref, Tree.Mapping m, List<Path> inputs) {
        List<Sector> sectors = readSectors(m);
        if (sectors.isEmpty()) {
            f.problems().add(ref.location(), "generating NGOs from 'regions' needs a 'sectors' template");
            return;
        }
        Tree.Mapping homes = f.mapping(m.get("region_homes"), "'region_homes'");
        CsvTable t;
        try {
            t = CsvTable.read(ref, List.of("region", "country", "count"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        List<NgoSpec> named = List.copyOf(ngos);
        for (CsvTable.Row r : t.rows()) {
            String region = r.get("region"), country = r.get("country");
            Double count = Fields.parseNumber(r.get("count"));
            if (count == null || count < 0 || count != Math.rint(count)) {
                f.problems().add(r.location(), "count '" + r.get("count") + "' must be a whole number");
                continue;
            }
            long already = named.stream().filter(n -> n.region().equals(region)
                    && (country.isEmpty() || homeCode(n).equals(country))).count();
            int rest = (int) (count - already);
            if (rest < 0) {
                f.problems().add(r.location(), "count " + count.intValue() + " is below the " + already
                        + " named organisations of " + (country.isEmpty() ? region : country));
                continue;
            }
            String home = !country.isEmpty() ? country : f.string(homes, region, "");
            String tag = (country.isEmpty() ? region : country).toUpperCase(java.util.Locale.ROOT);
            int[] perSector = allot(rest, sectors.stream().mapToDouble(Sector::share).toArray());
            for (int s = 0; s < sectors.size(); s++) {
                Sector sec = sectors.get(s);
                int inside = (int) Math.round(perSector[s] * sec.inside());
                for (int i = 0; i < perSector[s]; i++)
                    add(r.location(), "GEN-" + tag + "-" + sec.name().toUpperCase(java.util.Locale.ROOT) + "-" + (i + 1),
                            null, home, region, i < inside ? "inside" : "outside", sec.name(), sec.resources(),
                            sec.networks(), sec.stance().clone());
            }
        }
    }

    private String homeCode(NgoSpec n) {
        if (n.homeActor() < 0) return "";
        for (Map.Entry<String, Integer> e : actorOf.entrySet())
            if (e.getValue() == n.homeActor() && IsoCodes.isCountry(e.getKey())) return e.getKey();
        return "";
    }

    private List<Sector> readSectors(Tree.Mapping m) {
        List<Sector> out = new ArrayList<>();
        Tree.Mapping sm = f.mapping(m.get("sectors"), "'sectors'");
        if (sm == null) return out;
        double total = 0;
        for (Map.Entry<String, Tree> e : sm.entries().entrySet()) {
            Tree.Mapping s = f.mapping(e.getValue(), "sector '" + e.getKey() + "'");
            if (s == null) continue;
            double[] stance = new double[issues.size()];
            Tree.Mapping st = f.mapping(s.get("stance"), "'stance'");
            for (int k = 0; k < issues.size(); k++) stance[k] = f.number(st, issues.get(k).id(), 0, -1, 1);
            Sector sec = new Sector(e.getKey(), f.number(s, "share", 0, 0, 1), f.number(s, "inside", 0.5, 0, 1),
                    f.number(s, "resources", 0.2, 1e-9, 1), f.strings(s.get("networks"), "'networks'"), stance);
            total += sec.share();
            out.add(sec);
        }
        if (Math.abs(total - 1) > 1e-6) f.problems().add(sm.location(), "sector shares add up to " + total + ", not 1");
        return out;
    }

    /** Splits {@code n} into whole parts proportional to {@code shares} by largest remainder (ties: first listed). */
    static int[] allot(int n, double[] shares) {
        double total = 0;
        for (double s : shares) total += s;
        int[] out = new int[shares.length];
        double[] rem = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total > 0 ? n * shares[i] / total : 0;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        for (; given < n; given++) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) if (rem[i] > rem[best] + 1e-12) best = i;
            out[best]++;
            rem[best] = -1;
        }
        return out;
    }

    /** Region of every named organisation, for the validate report. */
    Map<String, Integer> countByRegion() {
        Map<String, Integer> c = new LinkedHashMap<>();
        for (NgoSpec n : ngos) c.merge(n.region(), 1, Integer::sum);
        return c;
    }
}
