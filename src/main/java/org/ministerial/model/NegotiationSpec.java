package org.ministerial.model;

import java.util.List;

/**
 * Everything the model needs for a run, independent of where it came from (files, a generator, a test).
 *
 * @param name       scenario name
 * @param issues     the issues on the table
 * @param actors     negotiating actors (unions count once)
 * @param groups     groups that existed before the meeting
 * @param networks   NGO network identifiers
 * @param ngos       civil-society organisations
 * @param chair      the chair
 * @param calendar   days and sessions
 * @param events     timed events
 * @param rule       the decision rule
 * @param parameters model parameters
 * @param references observed coalitions each run is compared with (analysis only; they never act)
 * @param context    what surrounds the meeting: the meeting before it and a bilateral track after it
 * @param inputs     what is not known about the actors' inputs, drawn per run by {@link #withInputsDrawn}
 */
public record NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                              List<String> networks, List<NgoSpec> ngos, ChairSpec chair, Calendar calendar,
                              List<TimedEvent> events, DecisionRule rule, Parameters parameters,
                              List<ReferenceCoalition> references, MeetingContext context, InputUncertainty inputs)
        implements java.io.Serializable {
    public NegotiationSpec {
        inputs = inputs == null ? InputUncertainty.NONE : inputs;
        context = context == null ? MeetingContext.NONE : context;
        references = references == null ? List.of() : List.copyOf(references);
        issues = List.copyOf(issues);
        actors = List.copyOf(actors);
        groups = List.copyOf(groups);
        networks = List.copyOf(networks);
        ngos = Organisations.of(ngos, issues.size(), networks.size());
        events = List.copyOf(events);
        for (ActorSpec a : actors)
            if (a.ideal().length != issues.size())
                throw new IllegalArgumentException(a.code() + ": needs one position per issue");
        if (chair.greenRoom().length != actors.size())
            throw new IllegalArgumentException("green room flags must cover every actor");
    }

    /** A spec whose inputs are taken as written. */
    public NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                           List<String> networks, List<NgoSpec> ngos, ChairSpec chair, Calendar calendar,
                           List<TimedEvent> events, DecisionRule rule, Parameters parameters,
                           List<ReferenceCoalition> references, MeetingContext context) {
        this(name, issues, actors, groups, networks, ngos, chair, calendar, events, rule, parameters, references,
                context, InputUncertainty.NONE);
    }

    /** A spec without reference coalitions. */
    public NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                           List<String> networks, List<NgoSpec> ngos, ChairSpec chair, Calendar calendar,
                           List<TimedEvent> events, DecisionRule rule, Parameters parameters) {
        this(name, issues, actors, groups, networks, ngos, chair, calendar, events, rule, parameters, List.of(),
                MeetingContext.NONE);
    }

    /** A spec of a meeting on its own: no precedent, no bilateral track. */
    public NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                           List<String> networks, List<NgoSpec> ngos, ChairSpec chair, Calendar calendar,
                           List<TimedEvent> events, DecisionRule rule, Parameters parameters,
                           List<ReferenceCoalition> references) {
        this(name, issues, actors, groups, networks, ngos, chair, calendar, events, rule, parameters, references,
                MeetingContext.NONE);
    }

    /** A copy with other parameters (for sweeps and the GUI). */
    public NegotiationSpec withParameters(Parameters p) {
        return new NegotiationSpec(name, issues, actors, groups, networks, ngos, chair, calendar, events, rule, p,
                references, context, inputs);
    }

    /**
     * The spec of one run: its uncertain inputs drawn from a stream seeded with {@code inputSeed}, and its precedent's
     * with the same seed, so that a meeting and the one it follows share what is drawn for the same run. A spec
     * whose inputs do not vary is returned as it is.
     *
     * @param inputSeed the seed of the run's input stream, independent of the seed of its dynamics
     */
    public NegotiationSpec withInputsDrawn(long inputSeed) {
        NegotiationSpec precedent = context.precedent();
        NegotiationSpec drawnPrecedent = precedent == null ? null : precedent.withInputsDrawn(inputSeed);
        if (!inputs.varies() && drawnPrecedent == precedent) return this;
        InputUncertainty.Draw drawn = inputs.draw(actors, parameters, new ec.util.MersenneTwisterFast(inputSeed));
        return new NegotiationSpec(name, issues, drawn.actors(), groups, networks, ngos, chair, calendar, events, rule,
                drawn.parameters(), references, context.withPrecedent(drawnPrecedent), inputs);
    }

    /** Whether this meeting's inputs, or its precedent's, are drawn per run. */
    public boolean inputsVary() {
        return inputs.varies() || context.precedent() != null && context.precedent().inputsVary();
    }

    /** The organisations with the flat layout the round step reads ({@link #ngos()} is always one). */
    public Organisations organisations() {
        return (Organisations) ngos;
    }

    public int indexOfActor(String code) {
        for (int i = 0; i < actors.size(); i++) if (actors.get(i).code().equals(code)) return i;
        return -1;
    }

    public int indexOfIssue(String id) {
        for (int k = 0; k < issues.size(); k++) if (issues.get(k).id().equals(id)) return k;
        return -1;
    }
}
