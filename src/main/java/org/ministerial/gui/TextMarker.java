package org.ministerial.gui;

import org.ministerial.model.Issue;
import org.ministerial.model.Negotiation;
import sim.util.Properties;
import sim.util.Propertied;

import java.util.List;

/** The chair's single negotiating text on the policy-space display; its inspector lists the text issue by issue. */
final class TextMarker implements Propertied {
    private final Negotiation model;
    private final InspectorRows rows;

    TextMarker(Negotiation model) {
        this.model = model;
        rows = new InspectorRows()
                .text("Chair", "who chairs the meeting", () -> model.chair().getName())
                .count("Accepting", "governments accepting the text they evaluated this round",
                        model::acceptingCount);
        List<Issue> issues = model.getSpec().issues();
        for (int k = 0; k < issues.size(); k++) {
            int issue = k;
            rows.number(issues.get(k).id(), issues.get(k).name() + " (0 = status quo, 1 = deepest)",
                    () -> model.textOn(issue));
        }
        for (int k = 0; k < issues.size(); k++) {
            int issue = k;
            rows.flag(issues.get(k).id() + " dropped", "whether the chair has taken the issue off the table",
                    () -> model.isDropped(issue));
        }
    }

    @Override
    public Properties properties() {
        return rows;
    }

    @Override
    public String toString() {
        return "Text of " + model.chair().getName();
    }
}
