package org.ministerial.scenario;

import org.ministerial.model.DevelopmentStatus;
import org.ministerial.model.ActorSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns country rows into the model's actors: saliences normalised, defaults filled in, member states of a union
 * pooled into it ({@link #union}), capabilities from a table rescaled to sum to 1 over the actors. Run at load, and
 * again by each run that draws its inputs.
 */
final class ActorAssembly implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * A declared union: its name and status, and a row holding what its declaration writes over the pooled values
     * (its own position, salience, reservation...).
     */
    record Union(String id, String name, String status, CountryRow declared) implements java.io.Serializable {
    }

    /** The actors, and each code's actor index (member states map to their union). */
    record Actors(List<ActorSpec> actors, Map<String, Integer> actorOf) {
    }

    private final double reservation, exponent, responsiveness;
    private final Map<String, Union> unions;

    ActorAssembly(double reservation, double exponent, double responsiveness, Map<String, Union> unions) {
        this.reservation = reservation;
        this.exponent = exponent;
        this.responsiveness = responsiveness;
        this.unions = Map.copyOf(unions);
    }

    /** @param problems where a row whose saliences are all zero is reported; null when drawing */
    Actors assemble(Collection<CountryRow> rows, Problems problems) {
        List<ActorSpec> single = new ArrayList<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, List<CountryRow>> members = new LinkedHashMap<>();
        for (CountryRow row : rows) {
            if (Double.isNaN(row.capability)) continue;
            // a member of an undeclared union has been reported; it stands alone so the rest can still be checked
            if (!row.negotiatesThrough.isEmpty() && unions.containsKey(row.negotiatesThrough)) {
                boolean first = !members.containsKey(row.negotiatesThrough);
                members.computeIfAbsent(row.negotiatesThrough, x -> new ArrayList<>()).add(row);
                if (first) order.put(row.negotiatesThrough, -1);
                continue;
            }
            order.put(row.code, single.size());
            single.add(new ActorSpec(row.code, row.name, row.capability, row.position.clone(),
                    normalisedSalience(row, problems), or(row.reservation, reservation), or(row.exponent, exponent),
                    or(row.responsiveness, responsiveness), List.of(), row.status,
                    DevelopmentStatus.isDeveloped(row.status) || row.highIncome));
        }
        // unions take the place of their first member in the actor order
        List<ActorSpec> ordered = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : order.entrySet()) {
            String code = e.getKey();
            index.put(code, ordered.size());
            ordered.add(members.containsKey(code) ? union(unions.get(code), members.get(code), problems)
                    : single.get(e.getValue()));
        }
        boolean fromTable = rows.stream().allMatch(r -> !Double.isNaN(r.gdpShare));
        Map<String, Integer> actorOf = new LinkedHashMap<>(index);
        for (Map.Entry<String, List<CountryRow>> e : members.entrySet())
            for (CountryRow m : e.getValue()) actorOf.put(m.code, index.get(e.getKey()));
        return new Actors(fromTable ? normalised(ordered) : ordered, actorOf);
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
     * position, salience and responsiveness are its members' capability-weighted means (the union answers to the
     * constituencies of every member), under what its declaration writes.
     */
    private ActorSpec union(Union u, List<CountryRow> members, Problems problems) {
        int k = u.declared().position.length;
        double cap = 0, gdpShare = 0, tradeShare = 0, psi = 0;
        double[] pos = new double[k], sal = new double[k];
        for (CountryRow m : members) {
            double[] s = normalisedSalience(m, problems);
            cap += m.capability;
            psi += m.capability * or(m.responsiveness, responsiveness);
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
        psi /= cap;
        // pooled size, on the members' own scale (capability / sqrt(gdp share x trade share) is the table's constant)
        CountryRow first = members.get(0);
        double scale = first.capability / Math.sqrt(first.gdpShare * first.tradeShare);
        if (!Double.isNaN(gdpShare) && gdpShare * tradeShare > 0 && Double.isFinite(scale))
            cap = scale * Math.sqrt(gdpShare * tradeShare);
        CountryRow own = u.declared().copy();
        System.arraycopy(pos, 0, own.position, 0, k);
        System.arraycopy(sal, 0, own.salience, 0, k);
        own.responsiveness = psi;
        own.applyFixed();
        return new ActorSpec(u.id(), u.name(), cap, own.position, normalisedSalience(own, problems),
                or(own.reservation, reservation), or(own.exponent, exponent),
                or(own.responsiveness, responsiveness), members.stream().map(m -> m.code).toList(), u.status(),
                DevelopmentStatus.isDeveloped(u.status()) || members.stream().allMatch(m -> m.highIncome));
    }

    private static double[] normalisedSalience(CountryRow row, Problems problems) {
        double total = 0;
        for (double s : row.salience) total += s;
        double[] out = new double[row.salience.length];
        if (!(total > 0)) {
            if (problems != null) problems.add(row.location, row.code + ": saliences are all zero");
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
