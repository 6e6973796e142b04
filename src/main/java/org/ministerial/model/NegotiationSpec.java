package org.ministerial.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the model needs for a run, independent of where it came from (files, a generator, a test). Made with
 * {@link #builder} (or {@link #toBuilder} for a variant of another spec), which leaves the optional parts empty.
 *
 * @param name       scenario name
 * @param issues     the issues on the table
 * @param actors     negotiating actors (unions count once), each with one position per issue
 * @param groups     groups that existed before the meeting
 * @param networks   NGO network identifiers
 * @param ngos       civil-society organisations, laid out for these issues and networks
 * @param chair      the chair, with a green-room flag per actor
 * @param calendar   days and sessions
 * @param events     timed events
 * @param rule       the decision rule
 * @param parameters model parameters
 * @param references observed coalitions each run is compared with (analysis only; they never act)
 * @param context    what surrounds the meeting: the meeting before it and a bilateral track after it
 * @param inputs     what is not known about the actors' inputs, drawn per run by {@link #withInputsDrawn}
 */
public record NegotiationSpec(String name, List<Issue> issues, List<ActorSpec> actors, List<GroupSpec> groups,
                              List<String> networks, Organisations ngos, ChairSpec chair, Calendar calendar,
                              List<TimedEvent> events, DecisionRule rule, Parameters parameters,
                              List<ReferenceCoalition> references, MeetingContext context, InputUncertainty inputs)
        implements java.io.Serializable {
    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if an actor lacks a position per issue, the green-room flags do not cover every
     *                                  actor, the organisations are laid out for other issues or networks, or an
     *                                  index in the chair, groups, events, references or bilateral track points
     *                                  outside the issues, actors or networks
     */
    public NegotiationSpec {
        Objects.requireNonNull(name, "name");
        issues = List.copyOf(issues);
        actors = List.copyOf(actors);
        groups = List.copyOf(groups);
        networks = List.copyOf(networks);
        Objects.requireNonNull(ngos, "ngos");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(calendar, "calendar");
        events = List.copyOf(events);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(parameters, "parameters");
        references = List.copyOf(references);
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(inputs, "inputs");
        for (ActorSpec a : actors)
            if (a.ideal().length != issues.size())
                throw new IllegalArgumentException(a.code() + ": needs one position per issue");
        if (chair.greenRoom().length != actors.size())
            throw new IllegalArgumentException("green room flags must cover every actor");
        if (!ngos.laidOutFor(issues.size(), networks.size()))
            throw new IllegalArgumentException("the organisations are laid out for other issues or networks");
        checkIndices(issues.size(), actors.size(), networks.size(), groups, chair, events, references,
                context.bilateral());
    }

    /** Every index a part holds points into this spec's issues, actors or networks. */
    private static void checkIndices(int issues, int actors, int networks, List<GroupSpec> groups, ChairSpec chair,
                                     List<TimedEvent> events, List<ReferenceCoalition> references,
                                     BilateralTrack bilateral) {
        Indices.below(chair.agenda(), issues, "the chair's agenda");
        Indices.below(chair.offTable(), issues, "the issues off the table");
        Indices.below(chair.coChairs(), actors, "the co-chairs");
        if (chair.openingText() != null && chair.openingText().length != issues)
            throw new IllegalArgumentException("the opening text needs one position per issue");
        for (GroupSpec g : groups) Indices.below(g.members(), actors, "group " + g.id() + "'s members");
        for (ReferenceCoalition r : references) {
            Indices.below(r.anchors(), actors, r.id() + "'s anchors");
            Indices.below(r.members(), actors, r.id() + "'s members");
        }
        for (TimedEvent e : events) {
            if (e instanceof TimedEvent.DropIssue d && d.issue() >= issues)
                throw new IllegalArgumentException(e.label() + ": issue " + d.issue() + " outside [0, " + issues + ")");
            if (e instanceof TimedEvent.NetworkSplit s && s.network() >= networks)
                throw new IllegalArgumentException(e.label() + ": network " + s.network() + " outside [0, " + networks
                        + ")");
        }
        if (bilateral != null && bilateral.access().length != actors)
            throw new IllegalArgumentException("the bilateral track needs one access value per actor");
    }

    /** A builder of a meeting on its own: no groups, organisations, events or references, no precedent. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's components, to make a variant of it. */
    public Builder toBuilder() {
        return new Builder().name(name).issues(issues).actors(actors).groups(groups).networks(networks).ngos(ngos)
                .chair(chair).calendar(calendar).events(events).rule(rule).parameters(parameters)
                .references(references).context(context).inputs(inputs);
    }

    /** A copy with other parameters (for sweeps and the GUI). */
    public NegotiationSpec withParameters(Parameters p) {
        return toBuilder().parameters(p).build();
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
        MeetingContext drawnContext = context.withPrecedent(drawnPrecedent);
        if (drawn.bilateralAccess() != null) drawnContext = drawnContext.withBilateralAccess(drawn.bilateralAccess());
        return toBuilder().actors(drawn.actors()).parameters(drawn.parameters()).context(drawnContext).build();
    }

    /** Whether this meeting's inputs, or its precedent's, are drawn per run. */
    public boolean inputsVary() {
        return inputs.varies() || context.precedent() != null && context.precedent().inputsVary();
    }

    public int indexOfActor(String code) {
        for (int i = 0; i < actors.size(); i++) if (actors.get(i).code().equals(code)) return i;
        return -1;
    }

    public int indexOfIssue(String id) {
        return Issue.indexOf(issues, id);
    }

    /**
     * Collects a spec's components by name. Name, issues, actors, chair, calendar, rule and parameters must be set;
     * the rest default to none: no groups, networks, organisations, events or reference coalitions, a meeting on its
     * own ({@link MeetingContext#NONE}) whose inputs are taken as written ({@link InputUncertainty#NONE}).
     */
    public static final class Builder {
        private String name;
        private List<Issue> issues;
        private List<ActorSpec> actors;
        private List<GroupSpec> groups = List.of();
        private List<String> networks = List.of();
        private List<NgoSpec> ngos = List.of();
        private ChairSpec chair;
        private Calendar calendar;
        private List<TimedEvent> events = List.of();
        private DecisionRule rule;
        private Parameters parameters;
        private List<ReferenceCoalition> references = List.of();
        private MeetingContext context = MeetingContext.NONE;
        private InputUncertainty inputs = InputUncertainty.NONE;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder issues(List<Issue> issues) {
            this.issues = issues;
            return this;
        }

        public Builder actors(List<ActorSpec> actors) {
            this.actors = actors;
            return this;
        }

        public Builder groups(List<GroupSpec> groups) {
            this.groups = groups;
            return this;
        }

        /** The network identifiers the organisations' network indices point into. */
        public Builder networks(List<String> networks) {
            this.networks = networks;
            return this;
        }

        /** The organisations, laid out by {@link #build} for the issues and networks (an existing layout is kept). */
        public Builder ngos(List<NgoSpec> ngos) {
            this.ngos = ngos;
            return this;
        }

        public Builder chair(ChairSpec chair) {
            this.chair = chair;
            return this;
        }

        public Builder calendar(Calendar calendar) {
            this.calendar = calendar;
            return this;
        }

        public Builder events(List<TimedEvent> events) {
            this.events = events;
            return this;
        }

        public Builder rule(DecisionRule rule) {
            this.rule = rule;
            return this;
        }

        public Builder parameters(Parameters parameters) {
            this.parameters = parameters;
            return this;
        }

        public Builder references(List<ReferenceCoalition> references) {
            this.references = references;
            return this;
        }

        public Builder context(MeetingContext context) {
            this.context = context;
            return this;
        }

        public Builder inputs(InputUncertainty inputs) {
            this.inputs = inputs;
            return this;
        }

        /**
         * The spec.
         *
         * @throws NullPointerException     if a required component was not set
         * @throws IllegalArgumentException as {@link NegotiationSpec}'s constructor, or if an organisation's stance or
         *                                  networks do not fit the issues and networks
         */
        public NegotiationSpec build() {
            Objects.requireNonNull(issues, "issues");
            Objects.requireNonNull(networks, "networks");
            return new NegotiationSpec(name, issues, actors, groups, networks,
                    Organisations.of(ngos, issues.size(), networks.size()), chair, calendar, events, rule, parameters,
                    references, context, inputs);
        }
    }
}
