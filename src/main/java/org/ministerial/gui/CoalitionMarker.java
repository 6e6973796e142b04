package org.ministerial.gui;

import org.ministerial.model.Coalition;
import org.ministerial.model.Issue;
import org.ministerial.model.Negotiation;
import sim.util.Properties;
import sim.util.Propertied;

import java.util.ArrayList;
import java.util.List;

/** A coalition's hub on the network display; its inspector shows its leader, members, cohesion and platform. */
final class CoalitionMarker implements Propertied {
    final int index;
    final String id;
    /** The coalition itself, for its platform (its position in the policy space). */
    final Coalition coalition;
    private final Negotiation model;
    private final InspectorRows rows;
    volatile int size;

    CoalitionMarker(Negotiation model, Coalition coalition) {
        this.model = model;
        this.index = coalition.index();
        this.id = coalition.id();
        this.coalition = coalition;
        this.size = coalition.size();
        rows = new InspectorRows()
                .text("Coalition", "identifier (G- and its founder's code)", () -> id)
                .count("Founded in round", "0-based round in which it formed", coalition::foundedRound)
                .text("Leader", "its member with the largest capability, who speaks for it",
                        () -> code(coalition.leader()))
                .count("Members", "number of members", coalition::size)
                .number("Cohesion", "in [0,1]: the chance a member who disagrees with the bloc still follows it",
                        coalition::cohesion)
                .text("Member list", "member codes in the order they joined", () -> members(coalition))
                .text("Core issues", "issues on which it states a common platform", () -> core(coalition));
        List<Issue> issues = model.getSpec().issues();
        for (int k = 0; k < issues.size(); k++) {
            int issue = k;
            rows.number("platform: " + issues.get(k).id(), "capability-weighted mean of members' ideals",
                    () -> coalition.platformOn(issue));
        }
    }

    private String code(int actor) {
        return model.countries()[actor].getCode();
    }

    private String members(Coalition coalition) {
        List<String> codes = new ArrayList<>();
        for (int i : coalition.members()) codes.add(code(i));
        return String.join(" ", codes);
    }

    private String core(Coalition coalition) {
        List<String> ids = new ArrayList<>();
        List<Issue> issues = model.getSpec().issues();
        for (int k = 0; k < issues.size(); k++) if (coalition.isCore(k)) ids.add(issues.get(k).id());
        return String.join(" ", ids);
    }

    @Override
    public Properties properties() {
        return rows;
    }

    @Override
    public String toString() {
        return id + " (" + size + " members)";
    }
}
