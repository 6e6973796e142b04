package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.ministerial.model.Parameter.COALITIONS_ENABLED;
import static org.ministerial.model.Parameter.NGO_ENABLED;

/**
 * A multilateral negotiation under a chair's single text: the MASON model. One step is one round of negotiation,
 * held in one session of the calendar.
 * State lives in flat arrays indexed {@code [actor * K + issue]} so that a round allocates nothing per agent, held
 * by owners that write their own fields: {@link ActorState} (each {@link Country} its row), {@link NegotiatingText}
 * (the {@link Chair}), {@link NgoField} (the organisations) and each {@link Coalition}. This class holds the clock
 * (the round, advanced by the observer) and the outcome: the chair settles it and may close the meeting, an event
 * marks a round whose text the chair revised in full, and a meeting that follows a precedent starts from its result
 * ({@link Carryover}).
 *
 * <p>Within a round the orderings below run in turn: events change conditions, organisations mobilise and press,
 * governments evaluate the text and concede, coalitions form and speak as blocs, the chair decides and revises,
 * and the observer records the round.
 */
public class Negotiation extends SimState {
    private static final long serialVersionUID = 1L;

    public static final int ORDER_EVENTS = 0;
    public static final int ORDER_NETWORKS = 1;
    public static final int ORDER_NGOS = 2;
    public static final int ORDER_PRESSURE = 3;
    public static final int ORDER_COUNTRIES = 4;
    public static final int ORDER_COALITIONS = 5;
    public static final int ORDER_CHAIR = 6;
    public static final int ORDER_OBSERVER = 7;

    private final NegotiationSpec spec;
    Parameters params;
    int n, k, m;
    /** Rounds in the meeting, T: one per session of the calendar. */
    int roundCount;

    /** The governments' state, written by the governments' and the coalitions' phases through its methods. */
    ActorState actors;
    /** The chair's single negotiating text, written by the chair alone. */
    NegotiatingText text;
    // organisations: their state is the NgoField's
    // clock and outcome
    /** The 0-based round being negotiated. */
    int round;
    boolean finished;
    Outcome outcome;
    int endRound = -1;
    boolean revisedTextThisRound;
    /** Whether the chair closed the meeting before its deadline because the text had stopped gaining support. */
    boolean closedByChair;
    TwoTierDeal deal;
    /** Set by {@link Carryover}: per organisation, its starting mobilisation (NaN for the default). */
    double[] startMobilisation;
    /** The result of the precedent meeting this one followed, or null. */
    RunResult precedentResult;

    Country[] countries;
    Ngo[] ngos;
    Chair chair;
    NgoField ngoField;
    CoalitionDynamics coalitions;
    RoundLog log;

    public Negotiation(long seed, NegotiationSpec spec) {
        super(seed);
        this.spec = spec;
    }

    public NegotiationSpec getSpec() {
        return spec;
    }

    NegotiationSpec spec() {
        return spec;
    }

    @Override
    public void start() {
        super.start();
        params = spec.parameters();
        n = spec.actors().size();
        k = spec.issues().size();
        m = spec.ngos().size();
        roundCount = spec.calendar().rounds();
        initialiseActors();
        initialiseOrganisations();
        text = new NegotiatingText(k);
        round = 0;
        finished = false;
        outcome = null;
        endRound = -1;
        closedByChair = false;
        deal = null;
        log = new RoundLog(this);
        chair = new Chair(this);
        coalitions = new CoalitionDynamics(this);
        chair.tableOpeningText();

        schedule.scheduleRepeating(0, ORDER_EVENTS, new EventStep(spec.events()), 1);
        if (params.on(NGO_ENABLED) && m > 0) {
            schedule.scheduleRepeating(0, ORDER_NETWORKS, (Steppable) s -> ngoField.prepare(), 1);
            schedule.scheduleRepeating(0, ORDER_NGOS, (Steppable) s -> ngoField.mobiliseAll(), 1);
            schedule.scheduleRepeating(0, ORDER_PRESSURE, (Steppable) s -> ngoField.aggregatePressure(), 1);
        }
        // one steppable per phase, agents in index order: within a phase each agent writes only its own state, so
        // the order is immaterial, and MASON's per-agent heap and shuffle would cost a third of the run
        schedule.scheduleRepeating(0, ORDER_COUNTRIES, (Steppable) s -> {
            for (Country c : countries) c.step(s);
        }, 1);
        if (params.on(COALITIONS_ENABLED)) schedule.scheduleRepeating(0, ORDER_COALITIONS, coalitions, 1);
        schedule.scheduleRepeating(0, ORDER_CHAIR, chair, 1);
        schedule.scheduleRepeating(0, ORDER_OBSERVER, (Steppable) s -> observeAndAdvance(), 1);
    }

    private void initialiseActors() {
        actors = new ActorState(spec, params, random);
        countries = new Country[n];
        for (int i = 0; i < n; i++) countries[i] = new Country(this, i);
    }

    private void initialiseOrganisations() {
        ngos = null;
        ngoField = new NgoField(this, startMobilisation);
    }

    private void observeAndAdvance() {
        log.record();
        if (finished) {
            schedule.clear();
            return;
        }
        round++;
    }

    /** Called by the chair when the decision rule settles the meeting. */
    void settle(Outcome result) {
        outcome = result;
        endRound = round;
        finished = true;
    }

    /** Runs a whole negotiation headless (its precedent first, if it has one) and returns its result. */
    public static RunResult runToEnd(NegotiationSpec spec, long seed) {
        Negotiation model = prepare(spec, seed);
        model.playToEnd();
        return model.result();
    }

    /**
     * A model ready to start: when the spec names a precedent, the precedent is run to its end first with the same
     * seed, and what it leaves carries over ({@link Carryover}). Front ends that step the model themselves (the GUI)
     * start from here.
     */
    public static Negotiation prepare(NegotiationSpec spec, long seed) {
        NegotiationSpec precedent = spec.context().precedent();
        if (precedent == null) return new Negotiation(seed, spec);
        Negotiation first = prepare(precedent, seed);
        first.playToEnd();
        return Carryover.prepare(first, spec, seed);
    }

    private void playToEnd() {
        start();
        while (!finished && schedule.step(this)) {
            // each step is one round
        }
        finish();
    }

    /** The result of a finished run. */
    public RunResult result() {
        if (!finished) throw new IllegalStateException("the negotiation has not finished");
        return RunResultBuilder.build(this);
    }

    // ---- read-only views for observers, the GUI and tests ----

    public boolean isFinished() {
        return finished;
    }

    public int getRound() {
        return round;
    }

    public String getClockLabel() {
        return spec.calendar().label(Math.min(round, roundCount - 1));
    }

    public double[] text() {
        return text.copy();
    }

    public double textOn(int issue) {
        return text.at(issue);
    }

    public boolean isDropped(int issue) {
        return text.isDropped(issue);
    }

    public Country[] countries() {
        return countries;
    }

    /** The organisations as agents, for inspectors and observers (made on first use; the round step needs none). */
    public Ngo[] ngos() {
        if (ngos == null) {
            ngos = new Ngo[m];
            for (int j = 0; j < m; j++) ngos[j] = new Ngo(this, j);
        }
        return ngos;
    }

    public Chair chair() {
        return chair;
    }

    public List<Coalition> coalitions() {
        return coalitions == null ? List.of() : new ArrayList<>(coalitions.active());
    }

    public List<RoundRecord> rounds() {
        return log.records();
    }

    public int coalitionOf(int actor) {
        return coalitions == null ? -1 : coalitions.coalitionOf(actor);
    }

    public int acceptingCount() {
        int c = 0;
        for (int i = 0; i < n; i++) if (actors.accepts(i) && !actors.walkedOut(i)) c++;
        return c;
    }

    public double meanMobilisation() {
        if (m == 0 || !params.on(NGO_ENABLED)) return 0;
        return ngoField.meanMobilisation();
    }

    public double mobilisationOf(int ngo) {
        return ngoField.mobilisation(ngo);
    }

    public double pressureOn(int actor, int issue) {
        return ngoField.pressure(actor * k + issue);
    }

    /**
     * The force organisation j brought to bear this round ({@code m_j R_j phi_j}, docs/ODD.md); 0 when organisations
     * are disabled. Its pressure on government i on issue k is {@code ngoForce(j) * stance_jk * ngoAttention(j, i)},
     * and these contributions sum to {@link #pressureOn}. For observers that show who presses whom.
     */
    public double ngoForce(int ngo) {
        return params.on(NGO_ENABLED) && m > 0 ? ngoField.force(ngo) : 0;
    }

    /** The attention {@code A_ji} organisation j pays government i (home lobbying plus outside visibility). */
    public double ngoAttention(int ngo, int actor) {
        return params.on(NGO_ENABLED) && m > 0 ? ngoField.attention(ngo, actor) : 0;
    }
}
