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
 */
public record NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                              List<String> networks, List<NgoSpec> ngos, ChairSpec chair, Calendar calendar,
                              List<TimedEvent> events, DecisionRule rule, Parameters parameters,
                              List<ReferenceCoalition> references, MeetingContext context) implements java.io.Serializable {
    public NegotiationSpec {
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
                references, context);
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
