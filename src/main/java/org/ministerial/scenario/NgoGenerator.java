package org.ministerial.scenario;

import org.ministerial.model.Issue;
import org.ministerial.model.NgoActivity;
import org.ministerial.model.NgoSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the unnamed organisations of {@code ngos:} from a table of counts per region (and country) with a sector
 * template ({@link NgoSector}). Generation is deterministic:
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
 * ({@value HomeCountries#UNASSIGNED}) leaves them without a home.
 */
final class NgoGenerator {
    private final NgoRoster roster;
    private final List<Issue> issues;
    private final Map<String, Integer> actorOf;
    private final HomeCountries countries;
    private final Fields f;

    /** @param roster the organisations read so far, to which the generated ones are added */
    NgoGenerator(NgoRoster roster, List<Issue> issues, Map<String, Integer> actorOf, HomeCountries countries,
                 Fields f) {
        this.roster = roster;
        this.issues = issues;
        this.actorOf = actorOf;
        this.countries = countries;
        this.f = f;
    }

    /** Generates the organisations of the regions table {@code ref} names, after the named ones. */
    void generate(Tree.Scalar ref, Tree.Mapping m, List<Path> inputs) {
        List<NgoSector> sectors = NgoSector.read(m, issues, countries, f);
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
        HomeWeights weightRule = HomeWeights.read(m, countries, f);
        InputTable t;
        try {
            t = InputTable.read(ref, List.of("region", "country", "count"), inputs);
        } catch (ScenarioException e) {
            f.problems().addAll(e.problems());
            return;
        }
        Set<String> known = countries.regions();
        Set<String> tableRegions = new LinkedHashSet<>();
        for (InputTable.Row r : t.rows()) tableRegions.add(r.get("region"));
        List<NgoSpec> named = List.copyOf(roster.ngos);
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
                for (CountryRow c : countries.rows())
                    if (c.region.equals(region) && actorOf.containsKey(c.code)) candidates.add(c);
                weights = new double[candidates.size()];
                for (int c = 0; c < candidates.size(); c++) weights[c] = weightRule.of(candidates.get(c), r);
                int kept = 0;
                for (int c = 0; c < candidates.size(); c++)
                    if (weights[c] > 0) {
                        candidates.set(kept, candidates.get(c));
                        weights[kept++] = weights[c];
                    }
                candidates.subList(kept, candidates.size()).clear();
                weights = Arrays.copyOf(weights, kept);
                if (kept == 0 && !region.equals(HomeCountries.UNASSIGNED) && rest > 0)
                    f.problems().add(r.location(), "region '" + region + "' has no country with a positive home weight");
            } else {
                weights = new double[0];
            }
            emit(r.location(), region, legacyHome, candidates, weights, sectors, rest);
        }
    }

    /** Generates {@code rest} organisations of one row of the regions table over its candidate homes. */
    private void emit(Tree.Location at, String region, String legacyHome, List<CountryRow> candidates,
                      double[] weights, List<NgoSector> sectors, int rest) {
        int s = sectors.size(), c = candidates.size();
        double fixed = 0, free = 0;
        for (NgoSector sec : sectors) {
            Double regional = sec.shareByRegion().get(region);
            if (regional != null) fixed += regional;
            else free += sec.share();
        }
        double[] shares = new double[s];
        for (int i = 0; i < s; i++) {
            NgoSector sec = sectors.get(i);
            boolean eligible = sec.homeWhen() == null || candidates.stream().anyMatch(sec.homeWhen()::test);
            if (!eligible) continue;
            Double regional = sec.shareByRegion().get(region);
            shares[i] = regional != null ? regional : (free > 0 ? sec.share() * Math.max(0, 1 - fixed) / free : 0);
        }
        int[] perSector = Apportion.allot(rest, shares);
        if (c == 0) {
            String tag = region.toUpperCase(Locale.ROOT);
            for (int i = 0; i < s; i++) emitGroup(at, tag, legacyHome, region, null, sectors.get(i), perSector[i]);
            return;
        }
        int[][] counts = new int[c][s];
        int[] unrestricted = new int[s];
        int dealt = 0;
        for (int i = 0; i < s; i++) {
            NgoSector sec = sectors.get(i);
            if (sec.homeWhen() == null) {
                unrestricted[i] = perSector[i];
                dealt += perSector[i];
                continue;
            }
            double[] w = new double[c];
            for (int h = 0; h < c; h++) w[h] = sec.homeWhen().test(candidates.get(h)) ? weights[h] : 0;
            int[] split = Apportion.allot(perSector[i], w);
            for (int h = 0; h < c; h++) counts[h][i] += split[h];
        }
        int[] quota = Apportion.allot(dealt, weights);
        int[] sequence = Apportion.dealSequence(unrestricted, dealt);
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

    private void emitGroup(Tree.Location at, String tag, String home, String region, CountryRow row, NgoSector sec,
                           int n) {
        if (n == 0) return;
        int[] activity = Apportion.allot(n, new double[]{sec.inside(), sec.both(), Math.max(0, 1 - sec.inside() - sec.both())});
        double[] stance = sec.stance().clone();
        if (row != null)
            for (NgoSector.StanceOverride o : sec.overrides())
                if (o.when().test(row))
                    for (int k = 0; k < stance.length; k++) if (!Double.isNaN(o.stance()[k])) stance[k] = o.stance()[k];
        for (int i = 0; i < n; i++) {
            String act = (i < activity[0] ? NgoActivity.INSIDE : i < activity[0] + activity[1] ? NgoActivity.BOTH
                    : NgoActivity.OUTSIDE).key();
            roster.add(at, "GEN-" + tag + "-" + sec.name().toUpperCase(Locale.ROOT) + "-" + (i + 1), null, home, region, act,
                    sec.name(), sec.resources(), sec.networks(), stance.clone());
        }
    }
}
