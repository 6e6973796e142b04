package org.ministerial.scenario;

import org.ministerial.model.NgoActivity;
import org.ministerial.model.NgoSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisations of a scenario as they are read, named and generated alike, and the networks they name, indexed
 * in the order first named. Each is checked as it is added: a repeated id, an unknown home, a home outside the
 * organisation's region or an unknown activity is reported and the organisation left out.
 */
final class NgoRoster {
    final List<NgoSpec> ngos = new ArrayList<>();
    final List<String> networks = new ArrayList<>();
    /** The ids in {@link #ngos}, to find a repeated id without a scan of the roster (generated rosters are large). */
    private final Set<String> ids = new HashSet<>();
    private final Map<Integer, Integer> members = new java.util.HashMap<>();
    private final Map<Integer, Tree.Location> firstNamedAt = new java.util.HashMap<>();
    private final Map<String, Integer> actorOf;
    private final HomeCountries homes;
    private final Fields f;

    NgoRoster(Map<String, Integer> actorOf, HomeCountries homes, Fields f) {
        this.actorOf = actorOf;
        this.homes = homes;
        this.f = f;
    }

    void add(Tree.Location at, String id, String name, String home, String region, String activity,
                     String sector, double resources, List<String> nets, double[] stance) {
        if (id == null || id.isBlank()) return;
        if (ids.contains(id)) {
            f.problems().add(at, "NGO '" + id + "' appears twice");
            return;
        }
        int homeActor = -1;
        if (!home.isEmpty()) {
            if (actorOf.containsKey(home)) homeActor = actorOf.get(home);
            else if (!IsoCodes.isCountry(home)) f.problems().add(at, "NGO " + id + ": unknown home country '" + home + "'");
            CountryRow row = homes.get(home);
            if (row != null && !row.region.isEmpty() && !region.isEmpty() && !row.region.equals(region))
                f.problems().add(at, "NGO " + id + ": home " + home + " is in region '" + row.region + "', not '"
                        + region + "'");
        }
        NgoActivity acts = NgoActivity.parse(activity);
        if (acts == null) {
            f.problems().add(at, "NGO " + id + ": activity must be inside, outside or both, not '" + activity + "'");
            return;
        }
        int[] netIndex = nets.stream().map(String::trim).filter(s -> !s.isEmpty()).mapToInt(this::network).toArray();
        for (int n : netIndex) {
            members.merge(n, 1, Integer::sum);
            firstNamedAt.putIfAbsent(n, at);
        }
        ids.add(id);
        ngos.add(new NgoSpec(id, name == null || name.isBlank() ? id : name, homeActor, acts.inside(), acts.outside(), sector,
                region, resources, stance, netIndex, home));
    }

    /**
     * Networks are not declared: an organisation's list names them. So a misspelt name makes a network of one that
     * no event or tie reaches; a network of one member whose name is a few edits from another network's is taken
     * for that and reported, with the name it likely meant.
     */
    void checkLoneNetworks() {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < networks.size(); i++) if (members.getOrDefault(i, 0) > 1) shared.add(networks.get(i));
        for (int i = 0; i < networks.size(); i++) {
            if (members.getOrDefault(i, 0) != 1) continue;
            String near = Spelling.closest(networks.get(i), shared);
            if (near != null)
                f.problems().add(firstNamedAt.get(i), "network '" + networks.get(i) + "' has no other member (did you"
                        + " mean '" + near + "'?)");
        }
    }

    private int network(String id) {
        int at = networks.indexOf(id);
        if (at >= 0) return at;
        networks.add(id);
        return networks.size() - 1;
    }
}
