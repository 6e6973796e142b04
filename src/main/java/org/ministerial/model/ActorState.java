package org.ministerial.model;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;
import java.util.Arrays;

import static org.ministerial.model.Parameter.NOISE_EXPONENT;
import static org.ministerial.model.Parameter.NOISE_POSITION;

/**
 * The governments' state during a run, in flat arrays for speed ({@code [actor]}, or {@code [actor * k + issue]}):
 * their preferences as drawn at the start, as pressure moves them, their stated positions, and what they make of the
 * text. The state is written here alone, through methods named by the phase that calls them: the governments'
 * phase ({@link Country}) for each government's own row, and the coalitions' phase ({@link CoalitionDynamics}) when a
 * bloc speaks and decides for its members. The arrays handed out for reading ({@link #ideals()} and the like) are the
 * state itself, for the loops that read a whole row or the whole room; nobody writes into them.
 */
final class ActorState implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int k;
    private final double[] capability, ideal0, ideal, salience0, salience, stated, rho0, rho, exponent, psi;
    private final double[] utility, reservation, aspiration;
    private final boolean[] accepts, walkedOut;
    /** Per actor, the 0-based round in which it walked out, or -1: for the run's account, never read by agents. */
    private final int[] walkoutRound;
    /** Per actor: accumulated frustration, the text's utility last round, and the sum of the shares of its gap to
     * the text the text has closed, round by round. */
    private final double[] frustration, lastUtility, progressSeen;

    /**
     * The actors of a run's start: capabilities, reservation slack and responsiveness as the spec gives them,
     * concession exponents and ideal points perturbed by the run's generator (actor by actor, the exponent first, then the
     * issues in order), saliences as given; stated positions at the ideal points.
     */
    ActorState(NegotiationSpec spec, Parameters params, MersenneTwisterFast random) {
        int n = spec.actors().size();
        k = spec.issues().size();
        capability = new double[n];
        ideal0 = new double[n * k];
        salience0 = new double[n * k];
        rho0 = new double[n];
        exponent = new double[n];
        psi = new double[n];
        for (int i = 0; i < n; i++) {
            ActorSpec a = spec.actors().get(i);
            capability[i] = a.capability();
            rho0[i] = a.reservationSlack();
            psi[i] = a.responsiveness();
            exponent[i] = a.concessionExponent() * Math.exp(params.get(NOISE_EXPONENT) * random.nextGaussian());
            for (int j = 0; j < k; j++) {
                double p = a.ideal()[j] + params.get(NOISE_POSITION) * random.nextGaussian();
                ideal0[i * k + j] = Math.min(1, Math.max(0, p));
                salience0[i * k + j] = a.salience()[j];
            }
        }
        ideal = ideal0.clone();
        salience = salience0.clone();
        stated = ideal0.clone();
        rho = rho0.clone();
        utility = new double[n];
        reservation = new double[n];
        aspiration = new double[n];
        accepts = new boolean[n];
        walkedOut = new boolean[n];
        walkoutRound = new int[n];
        Arrays.fill(walkoutRound, -1);
        frustration = new double[n];
        lastUtility = new double[n];
        progressSeen = new double[n];
    }

    // reading, one value

    double capability(int i) { return capability[i]; }
    double ideal0(int at) { return ideal0[at]; }
    double ideal(int at) { return ideal[at]; }
    double salience0(int at) { return salience0[at]; }
    double salience(int at) { return salience[at]; }
    double stated(int at) { return stated[at]; }
    double rho0(int i) { return rho0[i]; }
    double rho(int i) { return rho[i]; }
    double exponent(int i) { return exponent[i]; }
    double psi(int i) { return psi[i]; }
    double utility(int i) { return utility[i]; }
    double reservation(int i) { return reservation[i]; }
    double aspiration(int i) { return aspiration[i]; }
    boolean accepts(int i) { return accepts[i]; }
    boolean walkedOut(int i) { return walkedOut[i]; }
    int walkoutRound(int i) { return walkoutRound[i]; }
    double frustration(int i) { return frustration[i]; }
    double lastUtility(int i) { return lastUtility[i]; }
    double progressSeen(int i) { return progressSeen[i]; }

    // reading, whole rows or the whole room (not to be written)

    double[] capabilities() { return capability; }
    double[] ideals() { return ideal; }
    double[] saliences() { return salience; }
    double[] statedPositions() { return stated; }
    boolean[] acceptances() { return accepts; }
    boolean[] walkouts() { return walkedOut; }

    // the governments' phase (Country), each government its own row

    /** Pressure has moved actor i's ideal point and salience on an issue. */
    void setIdeal(int at, double value) { ideal[at] = value; }
    void setSalience(int at, double value) { salience[at] = value; }
    /** Pressure has moved actor i's reservation slack. */
    void setRho(int i, double value) { rho[i] = value; }

    /** Actor i has evaluated the text: its utility, its reservation and aspiration, its answer. */
    void evaluate(int i, double u, double r, double a, boolean accepting) {
        utility[i] = u;
        reservation[i] = r;
        aspiration[i] = a;
        accepts[i] = accepting;
    }

    /** Actor i concedes: its stated position on an issue moves by {@code step}. */
    void moveStated(int at, double step) { stated[at] += step; }

    /** Actor i has seen the text close a share of its gap this round (its view of the pace of progress). */
    void addProgress(int i, double closedShare) { progressSeen[i] += closedShare; }

    void setLastUtility(int i, double u) { lastUtility[i] = u; }
    void setFrustration(int i, double value) { frustration[i] = value; }

    /** Actor i walks out in {@code round}: it accepts nothing from now on. */
    void walkOut(int i, int round) {
        walkedOut[i] = true;
        walkoutRound[i] = round;
        accepts[i] = false;
    }

    /** A walked-out actor answers no. */
    void reject(int i) { accepts[i] = false; }

    // the coalitions' phase (CoalitionDynamics), for the members of a bloc

    /** A bloc decides for member i and states its platform on its core issues. */
    void followBloc(int i, boolean accepting, Coalition bloc) {
        accepts[i] = accepting;
        for (int j = 0; j < k; j++) if (bloc.isCore(j)) stated[i * k + j] = bloc.platformOn(j);
    }
}
