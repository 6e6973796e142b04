package org.ministerial.scenario;

import org.ministerial.model.InputUncertainty;
import org.ministerial.model.Calendar;
import org.ministerial.model.ChairSpec;
import org.ministerial.model.DecisionRule;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.Issue;
import org.ministerial.model.MeetingContext;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Parameters;
import org.ministerial.model.ReferenceCoalition;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Turns a resolved scenario tree into a {@link NegotiationSpec}, collecting every problem on the way. Each top-level
 * section has its own reader ({@code IssuesSection}, {@code ChairSection}, ...); this class checks the top-level keys
 * and reads the sections in the order their problems are reported.
 */
final class SpecBuilder {
    /** The top-level keys of a scenario file ('extends' is taken out by Resolution before the tree comes here). */
    private static final Set<String> TOP_LEVEL = Set.of("extends", "name", "label", "title", "description", "issues",
            "calendar", "countries", "unions", "groups", "ngos", "chair", "events", "decision_rule", "parameters", "notes", "validation", "precedent", "bilateral", "parameter_uncertainty",
            "policy_space");

    private final Problems problems = new Problems();
    private final Fields f = new Fields(problems);
    /** The display axes read by the last {@link #build}: not model input, so not part of the spec. */
    private PolicySpaceAxes policySpace;

    NegotiationSpec build(Tree.Mapping root, String fallbackName, List<Path> inputs) throws ScenarioException {
        return build(root, fallbackName, inputs, Set.of());
    }

    /** @param held the --set keys: parameters the user sets are not drawn from a posterior */
    NegotiationSpec build(Tree.Mapping root, String fallbackName, List<Path> inputs, Set<String> held)
            throws ScenarioException {
        // as in every section, a misspelt key gets the key it most likely meant; 'extends' is among those named
        // (Resolution has taken it out of the tree by now), so 'extend:' points to it
        f.onlyKeys(root, "the scenario", TOP_LEVEL);
        String name = f.string(root, "name", fallbackName);
        // the display label is no model input (Scenario#label reads it): only checked here, with the other keys
        String label = f.string(root, Resolution.DISPLAY_LABEL, name);
        if (label != null && label.isBlank())
            problems.add(root.get(Resolution.DISPLAY_LABEL).location(), "'label' must not be empty");
        List<Issue> issues = IssuesSection.read(root, f);
        policySpace = PolicySpaceSection.read(root, issues, f);
        Calendar calendar = CalendarSection.read(root, f);
        ActorsSection actors = new ActorsSection(issues, f);
        actors.read(root, inputs);
        // without countries every later section would report what it cannot find among them, burying the cause
        if (actors.actors.isEmpty()) problems.throwIfAny();
        List<GroupSpec> groups = GroupsSection.read(root, actors, f);
        NgoSection ngos = new NgoSection(issues, actors.actorOf, actors.rows, f);
        ngos.read(root, inputs);
        ChairSpec chair = ChairSection.read(root, issues, actors, f);
        var events = EventsSection.read(root, calendar, id -> Issue.indexOf(issues, id), ngos.networks,
                ngos.ngos.stream().map(org.ministerial.model.NgoSpec::sector).collect(java.util.stream.Collectors.toSet()),
                ngos.ngos.stream().map(org.ministerial.model.NgoSpec::region).collect(java.util.stream.Collectors.toSet()), f);
        DecisionRule rule = RuleSection.read(root, f);
        Parameters params = ParametersSection.read(root, f);
        ParameterPosterior posterior = ParameterPosterior.read(root.get("parameter_uncertainty"), held, inputs, f);
        List<ReferenceCoalition> references = ReferencesSection.read(root, actors, f);
        PrecedentSection precedent = PrecedentSection.read(root, issues, inputs, problems);
        BilateralSection.Bilateral bilateral = BilateralSection.read(root, actors, f);
        problems.throwIfAny();
        InputUncertainty actorInputs = bilateral != null && actors.inputUncertainty instanceof ActorInputs drawn
                ? drawn.withAccess(bilateral.access()) : actors.inputUncertainty;
        return NegotiationSpec.builder().name(name).issues(issues).actors(actors.actors).groups(groups)
                .networks(ngos.networks).ngos(ngos.ngos).chair(chair).calendar(calendar).events(events).rule(rule)
                .parameters(params).references(references)
                .context(new MeetingContext(precedent.spec, precedent.issues, bilateral == null ? null : bilateral.track()))
                .inputs(ScenarioInputs.of(posterior, actorInputs)).build();
    }

    /** The policy-space axes the scenario declares, or the default ones; after {@link #build}. */
    PolicySpaceAxes policySpace() {
        return policySpace;
    }

    /**
     * The {@code parameters} section alone, read and checked as {@link #build} reads it: for a tree that differs from
     * one already built only there.
     *
     * @throws ScenarioException listing the section's problems
     */
    Parameters parametersSection(Tree.Mapping root) throws ScenarioException {
        Parameters p = ParametersSection.read(root, f);
        problems.throwIfAny();
        return p;
    }
}
