package org.ministerial.scenario;

import org.ministerial.model.Issue;
import org.ministerial.model.NgoSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code ngos:}: named organisations from a table and inline entries, and the unnamed rest generated from a
 * table of counts per region (and country) with a sector template. Generation is deterministic:
 * <ol>
 * <li>each row's count, less the named organisations it already holds, is split over the sectors by largest
 * remainder of their shares (a sector's {@code share_by_region} replaces its share in that region, the others
 * filling the rest in proportion; a sector whose {@code home_when} no home of the row meets is left out and its share
 * goes to the others in proportion);</li>
 * <li>a row naming a country homes them all there; a row naming only a region homes them, under {@code home_weight},
 * in the region's countries of the countries table in proportion to each country's weight (a product of table
 * columns raised to powers): a sector restricted by {@code home_when} is split over the countries that meet it by
 * largest remainder of their weights; the other sectors' organisations are split over all the region's countries
 * the same way, each country's count is exact, and the sectors are dealt to the countries, heaviest first, from a
 * sequence in which every sector keeps its share at every point, so every country gets a near-proportional mix;</li>
 * <li>within each country and sector, activity (inside, both, outside) is allotted by largest remainder, and the
 * sector's stance is overridden by each {@code stance_by_home} entry whose condition the home country's row meets,
 * in order.</li>
 * </ol>
 * A region in {@code region_homes} homes all its organisations at one actor instead; a region without countries
 * ({@value #UNASSIGNED}) leaves them without a home.
 */
final class NgoSection {
    /** The region of organisations without a regional assignment (the seed table's gap). */
    static final String UNASSIGNED = "unassigned";
    private static final Set<String> KEYS = Set.of("table", "regions", "region_homes", "home_weight", "sectors",
            "entries");
    private static final Set<String> SECTOR_KEYS = Set.of("share", "share_by_region", "inside", "both", "resources",
            "networks", "stance", "home_when", "stance_by_home", "source");
    private static final Set<String> OVERRIDE_KEYS = Set.of("when", "stance", "source");
    private static final Set<String> ROW_FIELDS = Set.of("code", "name", "region", "status", "groups",
            "negotiates_through");

    final List<NgoSpec> ngos = new ArrayList<>();
    final List<String> networks = new ArrayList<>();
    private final List<Issue> issues;
    private final Map<String, Integer> actorOf;
    private final Map<String, CountryRow> countries;
    private final Fields f;

    private record Sector(String name, double share, Map<String, Double> shareByRegion, double inside, double both,
                          double resources, List<String> networks, double[] stance, Condition homeWhen,
                          List<StanceOverride> overrides) {
    }

    /** Stance values (NaN = unchanged) for the organisations of a sector whose home meets a condition. */
    private record StanceOverride(Condition when, double[] stance) {
    }

    /** One test on a column of the home country's row. */
    private record Clause(String column, String op, String text, double number) {
        boolean test(CountryRow row) {
            String v = value(row, column);
            if (op.equals("equals"))
                return column.equals("groups") ? row.groups.contains(text) : text.equals(v == null ? "" : v);
            Double x = Fields.parseNumber(v);
            if (x == null) return false;
            return switch (op) {
                case "above" -> x > number;
                case "below" -> x < number;
                case "at_least" -> x >= number;
                default -> x <= number;
            };
        }
    }

    /** All clauses must hold. */
    private record Condition(List<Clause> clauses) {
        boolean test(CountryRow row) {
            if (row == null) return false;
            for (Clause c : clauses) if (!c.test(row)) return false;
            return true;
        }
    }

    NgoSection(List<Issue> issues, Map<String, Integer> actorOf, Fields f) {
        this(issues, actorOf, Map.of(), f);
    }

    /**
     * @param countries the countries read (excluded rows are not there), by code: where generated organisations find
     *                  their homes and what {@code home_weight}, {@code home_when} and {@code stance_by_home} read
     */
    NgoSection(List<Issue> issues, Map<String, Integer> actorOf, Map<String, CountryRow> countries, Fields f) {
        this.issues = issues;
        this.actorOf = actorOf;
        this.countries = countries;
        this.f = f;
    }

    void read(Tree.Mapping root, List<Path> inputs) {
        Tree.Mapping m = f.mapping(root.get("ngos"), "'ngos'");
        if (m == null) return;
        unknownKeys(m, KEYS, "'ngos'");
        if (m.get("table") instanceof Tree.Scalar ref) readTable(ref, inputs);
        for (Tree t : f.sequence(m.get("entries"), "'entries'")) readEntry(f.mapping(t, "an NGO entry"));
        if (m.get("regions") instanceof Tree.Scalar ref) generate(ref, m, inputs);
    }

    private void unknownKeys(Tree.Mapping m, Set<String> known, String where) {
        f.onlyKeys(m, where, known);
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
            add(r.location(), r.get("id"), r.get("name"), r.get("home"), r.get("region"), r.get("activity"),
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
        double[] stance = stance(f.mapping(e.get("stance"), "'stance'"), 0);
        add(e.location(), f.required(e, "id", "an NGO"), f.string(e, "name", null), f.string(e, "home", ""),
                f.string(e, "region", ""), f.string(e, "activity", "both"), f.string(e, "sector", ""),
                f.number(e, "resources", 0.5, 1e-9, 1), f.strings(e.get("networks"), "'networks'"), stance);
    }

    /** A stance mapping of issue ids to -1..1; issues it does not name take {@code missing}. */
    private double[] stance(Tree.Mapping s, double missing) {
        double[] stance = new double[issues.size()];
        Arrays.fill(stance, missing);
        if (s == null) return stance;
        for (String key : s.entries().keySet())
            if (issues.stream().noneMatch(i -> i.id().equals(key)))
                f.problems().add(s.keyLocation(key), "stance names unknown issue '" + key + "'");
        for (int k = 0; k < issues.size(); k++)
            if (s.get(issues.get(k).id()) != null) stance[k] = f.number(s, issues.get(k).id(), 0, -1, 1);
        return stance;
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
            CountryRow row = countries.get(home);
            if (row != null && !row.region.isEmpty() && !region.isEmpty() && !row.region.equals(region))
                f.problems().add(at, "NGO " + id + ": home " + home + " is in region '" + row.region + "', not '"
                        + region + "'");
        }
        boolean inside = activity.equals("inside") || activity.equals("both");
        boolean outside = activity.equals("outside") || activity.equals("both");
        if (!inside && !outside) {
            f.problems().add(at, "NGO " + id + ": activity must be inside, outside or both, not '" + activity + "'");
            return;
        }
        int[] netIndex = nets.stream().map(String::trim).filter(s -> !s.isEmpty()).mapToInt(this::network).toArray();
        ngos.add(new NgoSpec(id, name == null || name.isBlank() ? id : name, homeActor, inside, outside, sector,
                region, resources, stance, netIndex, home));
    }

    private int network(String id) {
        int at = networks.indexOf(id);
        if (at >= 0) return at;
        networks.add(id);
        return networks.size() - 1;
    }

    /** Regions of the countries read, plus {@value #UNASSIGNED}. */
    private Set<String> knownRegions() {
        Set<String> out = new TreeSet<>();
        for (CountryRow r : countries.values()) if (!r.region.isEmpty()) out.add(r.region);
        out.add(UNASSIGNED);
        return out;
    }

    private void generate(Tree.Scalar ref, Tree.Mapping m, List<Path> inputs) {
        List<Sector> sectors = readSectors(m);
        if (sectors.isEmpty()) {
            f.problems().add(ref.location(), "generating NGOs from 'regions' needs a 'sectors' template");
            return;
        }
        Tree.Mapping homes = f.mapping(m.get("region_homes"), "'region_homes'");
        if (homes != null)
            for (Map.Entry<String, Tree> e : homes.entries().entrySet()) {
                String actor = f.string(homes, e.getKey(), "");
                if (!actorOf.containsKey(actor))
                    f.problems().add(e.getValue().location(), "region_homes: " + e.getKey() + " names unknown actor '"
                            + actor + "'");
            }
        Map<String, Double> weightRule = readWeightRule(m);
        InputTable t;
        try {
            t = InputTable.read(ref, List.of("region", "country", "count"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        Set<String> known = knownRegions();
        Set<String> tableRegions = new LinkedHashSet<>();
        for (InputTable.Row r : t.rows()) tableRegions.add(r.get("region"));
        List<NgoSpec> named = List.copyOf(ngos);
        for (NgoSpec n : named)
            if (!tableRegions.contains(n.region()))
                f.problems().add(ref.location(), "NGO " + n.id() + ": region '" + n.region() + "' is not a region of "
                        + ref.value() + " (" + String.join(", ", tableRegions) + ")");
        for (InputTable.Row r : t.rows()) {
            String region = r.get("region"), country = r.get("country");
            Double count = Fields.parseNumber(r.get("count"));
            if (count == null || count < 0 || count != Math.rint(count)) {
                f.problems().add(r.location(), "count '" + r.get("count") + "' must be a whole number");
                continue;
            }
            String legacyHome = country.isEmpty() ? f.string(homes, region, "") : "";
            if (!known.contains(region) && legacyHome.isEmpty()) {
                f.problems().add(r.location(), "unknown region '" + region + "' (regions of the countries table: "
                        + String.join(", ", known) + ")");
                continue;
            }
            CountryRow only = null;
            if (!country.isEmpty()) {
                only = countries.get(country);
                if (only == null || !actorOf.containsKey(country)) {
                    f.problems().add(r.location(), "unknown country '" + country + "' (not a country of the scenario)");
                    continue;
                }
                if (!only.region.isEmpty() && !only.region.equals(region)) {
                    f.problems().add(r.location(), "country " + country + " is in region '" + only.region + "', not '"
                            + region + "'");
                    continue;
                }
            }
            long already = named.stream().filter(n -> n.region().equals(region)
                    && (country.isEmpty() || n.country().equals(country))).count();
            int rest = (int) (count - already);
            if (rest < 0) {
                f.problems().add(r.location(), "count " + count.intValue() + " is below the " + already
                        + " named organisations of " + (country.isEmpty() ? region : country));
                continue;
            }
            List<CountryRow> candidates = new ArrayList<>();
            double[] weights;
            if (only != null) {
                candidates.add(only);
                weights = new double[]{1};
            } else if (legacyHome.isEmpty() && weightRule != null) {
                for (CountryRow c : countries.values())
                    if (c.region.equals(region) && actorOf.containsKey(c.code)) candidates.add(c);
                weights = new double[candidates.size()];
                for (int c = 0; c < candidates.size(); c++) weights[c] = weight(candidates.get(c), weightRule, r);
                int kept = 0;
                for (int c = 0; c < candidates.size(); c++)
                    if (weights[c] > 0) {
                        candidates.set(kept, candidates.get(c));
                        weights[kept++] = weights[c];
                    }
                candidates.subList(kept, candidates.size()).clear();
                weights = Arrays.copyOf(weights, kept);
                if (kept == 0 && !region.equals(UNASSIGNED) && rest > 0)
                    f.problems().add(r.location(), "region '" + region + "' has no country with a positive home weight");
            } else {
                weights = new double[0];
            }
            emit(r.location(), region, legacyHome, candidates, weights, sectors, rest);
        }
    }

    /** Generates {@code rest} organisations of one row of the regions table over its candidate homes. */
    private void emit(Tree.Location at, String region, String legacyHome, List<CountryRow> candidates,
                      double[] weights, List<Sector> sectors, int rest) {
        int s = sectors.size(), c = candidates.size();
        double fixed = 0, free = 0;
        for (Sector sec : sectors) {
            Double regional = sec.shareByRegion().get(region);
            if (regional != null) fixed += regional;
            else free += sec.share();
        }
        double[] shares = new double[s];
        for (int i = 0; i < s; i++) {
            Sector sec = sectors.get(i);
            boolean eligible = sec.homeWhen() == null || candidates.stream().anyMatch(sec.homeWhen()::test);
            if (!eligible) continue;
            Double regional = sec.shareByRegion().get(region);
            shares[i] = regional != null ? regional : (free > 0 ? sec.share() * Math.max(0, 1 - fixed) / free : 0);
        }
        int[] perSector = allot(rest, shares);
        if (c == 0) {
            String tag = region.toUpperCase(Locale.ROOT);
            for (int i = 0; i < s; i++) emitGroup(at, tag, legacyHome, region, null, sectors.get(i), perSector[i]);
            return;
        }
        int[][] counts = new int[c][s];
        int[] unrestricted = new int[s];
        int dealt = 0;
        for (int i = 0; i < s; i++) {
            Sector sec = sectors.get(i);
            if (sec.homeWhen() == null) {
                unrestricted[i] = perSector[i];
                dealt += perSector[i];
                continue;
            }
            double[] w = new double[c];
            for (int h = 0; h < c; h++) w[h] = sec.homeWhen().test(candidates.get(h)) ? weights[h] : 0;
            int[] split = allot(perSector[i], w);
            for (int h = 0; h < c; h++) counts[h][i] += split[h];
        }
        int[] quota = allot(dealt, weights);
        int[] sequence = dealSequence(unrestricted, dealt);
        Integer[] order = new Integer[c];
        for (int h = 0; h < c; h++) order[h] = h;
        Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
        int next = 0;
        for (int h : order)
            for (int q = 0; q < quota[h]; q++) counts[h][sequence[next++]]++;
        for (int h = 0; h < c; h++) {
            CountryRow home = candidates.get(h);
            for (int i = 0; i < s; i++) emitGroup(at, home.code, home.code, region, home, sectors.get(i), counts[h][i]);
        }
    }

    /**
     * A sequence of {@code total} sector indices holding {@code counts[i]} of sector i, in which every prefix is as
     * close to proportional as can be: at each step the sector furthest behind its share of the steps so far is next
     * (ties: the first listed).
     */
    static int[] dealSequence(int[] counts, int total) {
        int[] out = new int[total];
        int[] given = new int[counts.length];
        for (int t = 1; t <= total; t++) {
            int best = -1;
            double bestGap = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < counts.length; i++) {
                if (given[i] >= counts[i]) continue;
                double gap = (double) counts[i] * t / total - given[i];
                if (gap > bestGap + 1e-12) {
                    bestGap = gap;
                    best = i;
                }
            }
            out[t - 1] = best;
            given[best]++;
        }
        return out;
    }

    private void emitGroup(Tree.Location at, String tag, String home, String region, CountryRow row, Sector sec,
                           int n) {
        if (n == 0) return;
        int[] activity = allot(n, new double[]{sec.inside(), sec.both(), Math.max(0, 1 - sec.inside() - sec.both())});
        double[] stance = sec.stance().clone();
        if (row != null)
            for (StanceOverride o : sec.overrides())
                if (o.when().test(row))
                    for (int k = 0; k < stance.length; k++) if (!Double.isNaN(o.stance()[k])) stance[k] = o.stance()[k];
        for (int i = 0; i < n; i++) {
            String act = i < activity[0] ? "inside" : i < activity[0] + activity[1] ? "both" : "outside";
            add(at, "GEN-" + tag + "-" + sec.name().toUpperCase(Locale.ROOT) + "-" + (i + 1), null, home, region, act,
                    sec.name(), sec.resources(), sec.networks(), stance.clone());
        }
    }

    /** {@code home_weight}: column -> exponent; null when absent. */
    private Map<String, Double> readWeightRule(Tree.Mapping m) {
        Tree.Mapping w = f.mapping(m.get("home_weight"), "'home_weight'");
        if (w == null) return null;
        Map<String, Double> rule = new LinkedHashMap<>();
        Set<String> columns = columns();
        for (String column : w.entries().keySet()) {
            if (!columns.contains(column)) {
                f.problems().add(w.keyLocation(column), "home_weight: unknown column '" + column + "'");
                continue;
            }
            rule.put(column, f.number(w, column, 1, 0, 10));
        }
        if (rule.isEmpty()) f.problems().add(w.location(), "home_weight needs at least one column");
        return rule;
    }

    private final Map<String, Double> weightCache = new HashMap<>();

    /** Home weight of a country: the product of its columns raised to their exponents. */
    private double weight(CountryRow row, Map<String, Double> rule, InputTable.Row at) {
        return weightCache.computeIfAbsent(row.code, code -> {
            double w = 1;
            for (Map.Entry<String, Double> e : rule.entrySet()) {
                Double v = Fields.parseNumber(value(row, e.getKey()));
                if (v == null || v < 0) {
                    f.problems().add(at.location(), "home_weight: " + code + " has no usable " + e.getKey() + " ('"
                            + value(row, e.getKey()) + "')");
                    return 0.0;
                }
                w *= Math.pow(v, e.getValue());
            }
            return w;
        });
    }

    /** Columns a condition or weight may read: the row's fields and every column of the countries table. */
    private Set<String> columns() {
        Set<String> out = new TreeSet<>(ROW_FIELDS);
        for (CountryRow r : countries.values()) out.addAll(r.data.keySet());
        return out;
    }

    private static String value(CountryRow row, String column) {
        return switch (column) {
            case "code" -> row.code;
            case "name" -> row.name;
            case "region" -> row.region;
            case "status" -> row.status;
            case "groups" -> String.join(";", row.groups);
            case "negotiates_through" -> row.negotiatesThrough;
            default -> row.data.get(column);
        };
    }

    /** A condition on the home country's row: {@code {column: value}} (groups: contains) or {@code {column: {above: x}}}. */
    private Condition condition(Tree node, String what) {
        Tree.Mapping m = f.mapping(node, what);
        if (m == null) return null;
        if (m.entries().isEmpty()) {
            f.problems().add(m.location(), what + " needs at least one column");
            return null;
        }
        Set<String> columns = columns();
        List<Clause> clauses = new ArrayList<>();
        for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
            String column = e.getKey();
            if (!columns.contains(column)) {
                f.problems().add(m.keyLocation(column), what + ": unknown column '" + column + "'");
                continue;
            }
            if (e.getValue() instanceof Tree.Scalar s) {
                if (column.equals("region") && !knownRegions().contains(s.value()))
                    f.problems().add(s.location(), what + ": unknown region '" + s.value() + "' (regions of the "
                            + "countries table: " + String.join(", ", knownRegions()) + ")");
                clauses.add(new Clause(column, "equals", s.value(), Double.NaN));
                continue;
            }
            Tree.Mapping test = f.mapping(e.getValue(), what + " '" + column + "'");
            if (test == null) continue;
            for (String op : test.entries().keySet()) {
                if (!Set.of("above", "below", "at_least", "at_most").contains(op)) {
                    f.problems().add(test.keyLocation(op), what + ": unknown test '" + op
                            + "' (above, below, at_least, at_most)");
                    continue;
                }
                clauses.add(new Clause(column, op, null, f.number(test, op, 0, -1e12, 1e12)));
            }
        }
        return new Condition(clauses);
    }

    private List<Sector> readSectors(Tree.Mapping m) {
        List<Sector> out = new ArrayList<>();
        Tree.Mapping sm = f.mapping(m.get("sectors"), "'sectors'");
        if (sm == null) return out;
        double total = 0;
        for (Map.Entry<String, Tree> e : sm.entries().entrySet()) {
            String where = "sector '" + e.getKey() + "'";
            Tree.Mapping s = f.mapping(e.getValue(), where);
            if (s == null) continue;
            unknownKeys(s, SECTOR_KEYS, where);
            double[] stance = stance(f.mapping(s.get("stance"), "'stance'"), 0);
            Map<String, Double> byRegion = new LinkedHashMap<>();
            Tree.Mapping br = f.mapping(s.get("share_by_region"), where + " 'share_by_region'");
            if (br != null)
                for (String region : br.entries().keySet()) {
                    if (!knownRegions().contains(region))
                        f.problems().add(br.keyLocation(region), where + ": unknown region '" + region + "'");
                    byRegion.put(region, f.number(br, region, 0, 0, 1));
                }
            double inside = f.number(s, "inside", 0.5, 0, 1), both = f.number(s, "both", 0, 0, 1);
            if (inside + both > 1 + 1e-9)
                f.problems().add(s.location(), where + ": inside + both = " + (inside + both) + " is above 1");
            Condition homeWhen = s.get("home_when") == null ? null : condition(s.get("home_when"), where + " home_when");
            List<StanceOverride> overrides = new ArrayList<>();
            for (Tree t : f.sequence(s.get("stance_by_home"), where + " 'stance_by_home'")) {
                Tree.Mapping o = f.mapping(t, "a stance_by_home entry");
                if (o == null) continue;
                unknownKeys(o, OVERRIDE_KEYS, "a stance_by_home entry");
                if (f.required(o, "source", "a stance_by_home entry") == null) continue;
                if (o.get("when") == null) {
                    f.problems().add(o.location(), "a stance_by_home entry needs 'when'");
                    continue;
                }
                Condition when = condition(o.get("when"), where + " stance_by_home 'when'");
                double[] st = stance(f.mapping(o.get("stance"), "'stance'"), Double.NaN);
                if (when != null) overrides.add(new StanceOverride(when, st));
            }
            Sector sec = new Sector(e.getKey(), f.number(s, "share", 0, 0, 1), byRegion, inside, both,
                    f.number(s, "resources", 0.2, 1e-9, 1), f.strings(s.get("networks"), "'networks'"), stance,
                    homeWhen, overrides);
            total += sec.share();
            out.add(sec);
        }
        if (Math.abs(total - 1) > 1e-6) f.problems().add(sm.location(), "sector shares add up to " + total + ", not 1");
        Map<String, Double> regional = new HashMap<>();
        for (Sector sec : out) for (Map.Entry<String, Double> e : sec.shareByRegion().entrySet())
            regional.merge(e.getKey(), e.getValue(), Double::sum);
        for (Map.Entry<String, Double> e : regional.entrySet())
            if (e.getValue() > 1 + 1e-6)
                f.problems().add(sm.location(), "sector shares by region add up to " + e.getValue() + " in '"
                        + e.getKey() + "', above 1");
        return out;
    }

    /** Splits {@code n} into whole parts proportional to {@code shares} by largest remainder (ties: first listed). */
    static int[] allot(int n, double[] shares) {
        double total = 0;
        for (double s : shares) total += s;
        int[] out = new int[shares.length];
        if (n == 0 || total <= 0) return out;
        double[] rem = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = n * shares[i] / total;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        for (; given < n; given++) {
            int best = -1;
            for (int i = 0; i < rem.length; i++)
                if (shares[i] > 0 && (best < 0 || rem[i] > rem[best] + 1e-12)) best = i;
            out[best]++;
            rem[best] = -1;
        }
        return out;
    }
}
