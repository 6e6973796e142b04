package org.ministerial.model;

import java.util.Set;

/**
 * Selects organisations for an event. An empty set, or a null activity, matches everything.
 *
 * @param sectors  sectors to match
 * @param regions  regions to match
 * @param activity the activity an organisation must include ({@link NgoActivity#INSIDE} also selects those acting
 *                 both inside and outside), or null for any
 * @param networks network indices, at least one of which the organisation must belong to
 */
public record NgoFilter(Set<String> sectors, Set<String> regions, NgoActivity activity, Set<Integer> networks) implements java.io.Serializable {
    public static final NgoFilter ALL = new NgoFilter(Set.of(), Set.of(), null, Set.of());

    public NgoFilter {
        sectors = Set.copyOf(sectors);
        regions = Set.copyOf(regions);
        networks = Set.copyOf(networks);
    }

    public boolean matches(NgoSpec ngo) {
        if (!sectors.isEmpty() && !sectors.contains(ngo.sector())) return false;
        if (!regions.isEmpty() && !regions.contains(ngo.region())) return false;
        if (activity != null && !activity.actedBy(ngo)) return false;
        if (networks.isEmpty()) return true;
        for (int n : ngo.networks()) if (networks.contains(n)) return true;
        return false;
    }
}
