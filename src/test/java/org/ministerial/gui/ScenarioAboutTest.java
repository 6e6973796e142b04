package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Issue;
import org.ministerial.model.TimedEvent;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The About tab explains the scenario: its title, issues and axes, rule, calendar and events. */
class ScenarioAboutTest {

    @Test
    void theAboutPageDescribesCancun() throws Exception {
        Scenario cancun = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of());
        String html = ScenarioAbout.html(cancun, PolicyAxes.of(cancun));
        assertTrue(html.contains(ScenarioAbout.esc(cancun.resolved().get("title").toString())), "title");
        for (Issue i : cancun.spec().issues()) assertTrue(html.contains(">" + i.id() + "<"), i.id());
        for (TimedEvent e : cancun.spec().events()) assertTrue(html.contains(ScenarioAbout.esc(e.label())), e.label());
        assertTrue(html.contains("<b>" + cancun.spec().actors().size() + "</b> negotiating actors"));
        assertTrue(html.contains("decision rule: <b>" + cancun.spec().rule().name() + "</b>"));
    }

    @Test
    void markupInScenarioTextIsShownNotInterpreted() {
        assertEquals("a &lt;b&gt; &amp; c", ScenarioAbout.esc("a <b> & c"));
    }
}
