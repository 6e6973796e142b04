package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sector of the {@code sectors} template from which the unnamed organisations are generated.
 *
 * @param name          the sector's name (peasant, labour, ...), upper-cased in generated ids
 * @param share         its share of a region's organisations
 * @param shareByRegion per region, a share that replaces {@code share} there
 * @param inside        share of its organisations that act inside only
 * @param both          share that act inside and outside (the rest act outside only)
 * @param resources     resources of each of its organisations
 * @param networks      network ids its organisations belong to
 * @param stance        per issue, its organisations' stance
 * @param homeWhen      the condition a home country must meet, or null for any
 * @param overrides     stances that replace {@code stance} where the home meets a condition, in order
 */
record NgoSector(String name, double share, Map<String, Double> shareByRegion, double inside, double both,
                 double resources, List<String> networks, double[] stance, HomeCondition homeWhen,
                 List<StanceOverride> overrides) {
    private static final Set<String> SECTOR_KEYS = Set.of("share", "share_by_region", "inside", "both", "resources",
            "networks", "stance", "home_when", "stance_by_home", "source");
    private static final Set<String> OVERRIDE_KEYS = Set.of("when", "stance", "source");

    NgoSector {
        stance = stance.clone();
    }

    /** Stance values (NaN = unchanged) for the organisations of a sector whose home meets a condition. */
    record StanceOverride(HomeCondition when, double[] stance) {
        StanceOverride {
            stance = stance.clone();
        }
    }

    /**
     * The {@code sectors} template of the {@code ngos} mapping, with the problems of its shares reported; empty when
     * absent.
     */
    static List<NgoSector> read(Tree.Mapping m, List<Issue> issues, HomeCountries homes, Fields f) {
        List<NgoSector> out = new ArrayList<>();
        Tree.Mapping sm = f.mapping(m.get("sectors"), "'sectors'");
        if (sm == null) return out;
        double total = 0;
        for (Map.Entry<String, Tree> e : sm.entries().entrySet()) {
            String where = "sector '" + e.getKey() + "'";
            Tree.Mapping s = f.mapping(e.getValue(), where);
            if (s == null) continue;
            f.onlyKeys(s, where, SECTOR_KEYS);
            double[] stance = NgoStances.read(f.mapping(s.get("stance"), "'stance'"), 0, issues, f);
            Map<String, Double> byRegion = new LinkedHashMap<>();
            Tree.Mapping br = f.mapping(s.get("share_by_region"), where + " 'share_by_region'");
            if (br != null)
                for (String region : br.entries().keySet()) {
                    if (!homes.regions().contains(region))
                        f.problems().add(br.keyLocation(region), where + ": unknown region '" + region + "'");
                    byRegion.put(region, f.number(br, region, 0, 0, 1));
                }
            double inside = f.number(s, "inside", 0.5, 0, 1), both = f.number(s, "both", 0, 0, 1);
            if (inside + both > 1 + 1e-9)
                f.problems().add(s.location(), where + ": inside + both = " + (inside + both) + " is above 1");
            HomeCondition homeWhen = s.get("home_when") == null ? null
                    : HomeCondition.read(s.get("home_when"), where + " home_when", homes, f);
            List<StanceOverride> overrides = new ArrayList<>();
            for (Tree t : f.sequence(s.get("stance_by_home"), where + " 'stance_by_home'")) {
                Tree.Mapping o = f.mapping(t, "a stance_by_home entry");
                if (o == null) continue;
                f.onlyKeys(o, "a stance_by_home entry", OVERRIDE_KEYS);
                if (f.required(o, "source", "a stance_by_home entry") == null) continue;
                if (o.get("when") == null) {
                    f.problems().add(o.location(), "a stance_by_home entry needs 'when'");
                    continue;
                }
                HomeCondition when = HomeCondition.read(o.get("when"), where + " stance_by_home 'when'", homes, f);
                double[] st = NgoStances.read(f.mapping(o.get("stance"), "'stance'"), Double.NaN, issues, f);
                if (when != null) overrides.add(new StanceOverride(when, st));
            }
            NgoSector sec = new NgoSector(e.getKey(), f.number(s, "share", 0, 0, 1), byRegion, inside, both,
                    f.positive(s, "resources", 0.2, 1), f.strings(s.get("networks"), "'networks'"), stance,
                    homeWhen, overrides);
            total += sec.share();
            out.add(sec);
        }
        if (Math.abs(total - 1) > 1e-6) f.problems().add(sm.location(), "sector shares add up to " + total + ", not 1");
        Map<String, Double> regional = new HashMap<>();
        for (NgoSector sec : out) for (Map.Entry<String, Double> e : sec.shareByRegion().entrySet())
            regional.merge(e.getKey(), e.getValue(), Double::sum);
        for (Map.Entry<String, Double> e : regional.entrySet())
            if (e.getValue() > 1 + 1e-6)
                f.problems().add(sm.location(), "sector shares by region add up to " + e.getValue() + " in '"
                        + e.getKey() + "', above 1");
        return out;
    }
}
