package org.ministerial.gui;

import org.ministerial.model.Coalition;
import org.ministerial.model.Country;
import org.ministerial.model.Issue;
import org.ministerial.model.Negotiation;
import org.ministerial.model.Utility;

import java.util.List;

/**
 * What the inspector shows for a country: its coalition, whether it accepts, utility against reservation and
 * aspiration (the acceptance rule of docs/ODD.md), and per issue its stated and ideal positions, salience and the
 * pressure it feels; then who presses it, per organisation hub and the strongest single organisations. Numbers are
 * shown to three decimals.
 */
final class CountryInspector {
    private CountryInspector() {
    }

    static InspectorRows rows(Negotiation model, int index, PolicyAxes axes, PressureSources pressure) {
        Country c = model.countries()[index];
        InspectorRows rows = new InspectorRows()
                .text("Code", "actor code", c::getCode)
                .text("Name", "actor name", c::getName)
                .text("Status", "development status (analysis only)",
                        () -> model.getSpec().actors().get(index).developmentStatus())
                .text("Coalition", "the coalition it belongs to now, with its size", () -> coalition(model, index))
                .flag("Accepts the text", "whether it accepted the text it evaluated this round", c::getAccepts)
                .flag("Walked out", "whether it has left the meeting", c::getWalkedOut)
                .number("Capability (% of all)", "weight in the chair's text and in coalitions, as a share of all "
                        + "actors' (in per cent: a share would round to 0.000 for the smallest states)",
                        () -> 100 * c.getCapability() / totalCapability(model))
                .number("Utility (evaluated text)", "U(x) = 1 - sum_k s_k |x_k - p_k| of the text evaluated this "
                        + "round; it accepts when this reaches its aspiration", c::getUtility)
                .number("Utility (text on the table)", "utility of the chair's text as revised this round",
                        () -> Utility.of(model.text(), c.getIdealPositions(), c.getSaliences(), 0,
                                model.getSpec().issues().size()))
                .number("Reservation", "r = U(status quo) + rho: the least it can accept", c::getReservation)
                .number("Aspiration", "a(tau) = r + (1 - r)(1 - tau^(1/e)): what it demands now", c::getAspiration)
                .number("Policy space x", "stated position on " + axes.xLabel(),
                        () -> axes.x(c.getStatedPositions(), c.getSaliences()))
                .number("Policy space y", "stated position on " + axes.yLabel(),
                        () -> axes.y(c.getStatedPositions(), c.getSaliences()));
        List<Issue> issues = model.getSpec().issues();
        for (int k = 0; k < issues.size(); k++) {
            int issue = k;
            String id = issues.get(k).id(), name = issues.get(k).name();
            rows.number(id + ": stated", "stated position on " + name + " (0 = status quo, 1 = deepest)",
                            () -> c.getStatedPositions()[issue])
                    .number(id + ": ideal", "ideal position on " + name + ", after domestic pressure",
                            () -> c.getIdealPositions()[issue])
                    .number(id + ": salience", "salience of " + name + " (saliences sum to 1)",
                            () -> c.getSaliences()[issue])
                    .number(id + ": pressure", "net NGO pressure on " + name + " (+ for deeper, - against)",
                            () -> model.pressureOn(index, issue));
        }
        for (int h = 0; h < pressure.hubs(); h++) {
            int hub = h;
            rows.number("Pressure from " + pressure.name(h), "pressure of the organisations in "
                    + pressure.name(h) + ", summed over issues", () -> pressure.on(hub, index));
        }
        rows.text("Strongest pressure from", "the three organisations pressing it hardest now",
                () -> String.join("; ", pressure.strongestOn(index, 3)));
        return rows;
    }

    private static double totalCapability(Negotiation model) {
        double total = 0;
        for (Country country : model.countries()) total += country.getCapability();
        return total;
    }

    private static String coalition(Negotiation model, int index) {
        int c = model.coalitionOf(index);
        if (c < 0) return "none";
        for (Coalition coalition : model.coalitions())
            if (coalition.index() == c) return coalition.id() + " (" + coalition.size() + " members)";
        return "none";
    }
}
