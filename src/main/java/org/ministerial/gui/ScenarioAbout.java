package org.ministerial.gui;

import org.ministerial.model.Calendar;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.TimedEvent;
import org.ministerial.scenario.Scenario;

/**
 * The Console's About tab: what the scenario is (its title, description and notes), what is on the table, who
 * negotiates under which rule and calendar, the scripted events, and how to read the displays.
 */
final class ScenarioAbout {
    private ScenarioAbout() {
    }

    static String html(Scenario scenario, PolicyAxes axes) {
        NegotiationSpec spec = scenario.spec();
        Calendar cal = spec.calendar();
        StringBuilder h = new StringBuilder("<html><body style='font-family:sans-serif; margin:8px'>");
        h.append("<h2>").append(esc(text(scenario, "title", spec.name()))).append("</h2>");
        h.append("<p>").append(esc(text(scenario, "description", ""))).append("</p>");
        String notes = text(scenario, "notes", "");
        if (!notes.isEmpty()) h.append("<p><i>").append(esc(notes)).append("</i></p>");
        h.append("<p><b>").append(spec.actors().size()).append("</b> negotiating actors, <b>")
                .append(spec.ngos().size()).append("</b> civil-society organisations in <b>")
                .append(spec.networks().size()).append("</b> networks; <b>").append(cal.days())
                .append("</b> days of <b>")
                .append(cal.sessionsPerDay()).append("</b> sessions from ").append(cal.start())
                .append(" (one step of the Console is one round); decision rule: <b>")
                .append(esc(spec.rule().name())).append("</b>; chair: ").append(esc(spec.chair().name()))
                .append(".</p>");
        h.append("<h3>Issues</h3><table border='1' cellpadding='3' cellspacing='0'>")
                .append("<tr><th>id</th><th>issue (0 = status quo, 1 = deepest)</th><th>group</th><th>axis</th></tr>");
        for (int k = 0; k < spec.issues().size(); k++) {
            Issue i = spec.issues().get(k);
            String axis = axes.onX(k) ? "x" : (axes.onY(k) ? "y" : "");
            h.append("<tr><td>").append(esc(i.id())).append("</td><td>").append(esc(i.name())).append("</td><td>")
                    .append(esc(i.group())).append("</td><td>").append(axis).append("</td></tr>");
        }
        h.append("</table>");
        if (!spec.events().isEmpty()) {
            h.append("<h3>Events</h3><ul>");
            for (TimedEvent e : spec.events())
                h.append("<li>").append(esc(cal.label(e.round()))).append(": ").append(esc(e.label()))
                        .append("</li>");
            h.append("</ul>");
        }
        h.append("<h3>Reading the displays</h3><ul>")
                .append("<li><b>Policy space</b>: each government at its stated position; x = salience-weighted mean ")
                .append("on ").append(esc(axes.xLabel())).append(", y = on ").append(esc(axes.yLabel()))
                .append(". Circle area = capability, colour = coalition (hollow: none), heavy outline = accepts ")
                .append("the text, cross = walked out; + marks its ideal point, the thin line its trail. The star is ")
                .append("the chair's text; squares are NGO networks at their members' mean stance, with ties to the ")
                .append("governments they press hardest (width = pressure).</li>")
                .append("<li><b>Coalitions and NGO networks</b>: coalitions with their members, governments in no ")
                .append("coalition, and the same pressure ties.</li>")
                .append("<li><b>Charts</b>: governments accepting, mean distance of positions to the text, NGO ")
                .append("mobilisation, coalition sizes, one point per round.</li>")
                .append("<li>Click any marker to inspect it. The <b>Model</b> tab holds every parameter; changes ")
                .append("apply to the next run (Stop, then Play). File &gt; Save and Open keep and restore a run.</li>")
                .append("<li>The seed in the Console tab is the base seed of <tt>ministerial run --seed N</tt>: Play ")
                .append("shows the run that command reports.</li>")
                .append("</ul></body></html>");
        return h.toString();
    }

    private static String text(Scenario scenario, String key, String fallback) {
        Object v = scenario.resolved().get(key);
        return v == null ? fallback : v.toString().strip();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
