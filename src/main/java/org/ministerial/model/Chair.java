package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import static org.ministerial.model.Parameter.CHAIR_AGENDA_DECAY;
import static org.ministerial.model.Parameter.CHAIR_AGENDA_POWER;
import static org.ministerial.model.Parameter.CHAIR_CO_CHAIR_PULL;
import static org.ministerial.model.Parameter.CHAIR_DROP_FROM;
import static org.ministerial.model.Parameter.CHAIR_DROP_ISSUES;
import static org.ministerial.model.Parameter.CHAIR_DROP_SALIENCE;
import static org.ministerial.model.Parameter.CHAIR_GREEN_ROOM_WEIGHT;
import static org.ministerial.model.Parameter.CHAIR_MEDIATION;
import static org.ministerial.model.Parameter.CHAIR_PATIENCE;

/**
 * The chair keeps a single negotiating text (Raiffa 1982). Each round it asks the decision rule whether the text is
 * adopted; if not, it revises the text toward the compromise of stated positions (the capability x salience weighted
 * mean of the DEU studies, with green-room members weighted up) and, by mediation, toward the ideals of those who
 * reject it. Issues are revised in agenda order, later ones more slowly. It may drop an issue that a blocking
 * minority holds with high salience.
 */
public final class Chair implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final int[] agendaRank;
    private final double[] num, den, medNum, medDen;
    private final int[] flips;
    /** Per actor, whether it still expects an acceptable text by the deadline (no frustration, 7.4). */
    private final boolean[] hopeful;
    /** The fewest doubters so far, the largest fall in one round, the last count, rounds since the fewest. */
    private double fewestDoubters = Double.POSITIVE_INFINITY, bestPace, lastDoubters = Double.NaN;
    private int sinceProgress;

    Chair(Negotiation model) {
        this.model = model;
        int k = model.k;
        agendaRank = new int[k];
        int[] agenda = model.spec().chair().agenda();
        for (int r = 0; r < agenda.length; r++) agendaRank[agenda[r]] = r;
        num = new double[k];
        den = new double[k];
        medNum = new double[k];
        medDen = new double[k];
        flips = new int[k];
        hopeful = new boolean[model.n];
    }

    void tableOpeningText() {
        for (int issue : model.spec().chair().offTable()) drop(issue);
        double[] opening = model.spec().chair().openingText();
        if (opening != null) {
            for (int j = 0; j < model.k; j++) if (!model.text.isDropped(j)) model.text.set(j, opening[j]);
        } else {
            // the opening draft is the compromise of the opening positions on every issue: the agenda's order
            // decides which issues the chair moves first once the meeting runs, not which it drafts (ODD 5)
            revise(1, 0, 1);
        }
    }

    @Override
    public void step(SimState state) {
        Negotiation s = model;
        s.log.noteEvaluatedText();
        DecisionRule rule = s.spec().rule();
        if (rule.adopts(s.actors.acceptances(), s.actors.walkouts(), s.actors.capabilities())) {
            s.settle(Outcome.AGREEMENT);
            return;
        }
        if (rule.walkoutEndsMeeting()) {
            for (boolean w : s.actors.walkouts())
                if (w) {
                    s.settle(Outcome.BREAKDOWN);
                    return;
                }
        }
        if (s.round >= s.roundCount - 1 || textHasStalled(rule)) {
            if (s.round < s.roundCount - 1) s.closedByChair = true;
            if (rule.twoTier()) {
                TwoTierDeal deal = TwoTierDeal.find(s);
                s.deal = deal;
                s.settle(deal.hasCore() ? Outcome.FLEXIBLE : Outcome.BREAKDOWN);
            } else {
                s.settle(Outcome.BREAKDOWN);
            }
            return;
        }
        double tau = s.spec().calendar().tau(s.round);
        if (s.params.on(CHAIR_DROP_ISSUES) && tau >= s.params.get(CHAIR_DROP_FROM)) considerDropping();
        revise(s.revisedTextThisRound ? 1 : s.params.get(CHAIR_AGENDA_POWER), s.params.get(CHAIR_MEDIATION),
                s.params.get(CHAIR_AGENDA_DECAY));
    }

    /**
     * Whether the chair closes the meeting before its deadline because the text has stopped gaining support: the
     * delegations that no longer expect an acceptable text by the deadline (those with frustration, 7.4) would block
     * it under the rule, their number has not fallen for {@code chair.patience} rounds, and at the best pace seen
     * so far they could not be won back in the rounds that remain. A chair reads the room rather than the clock
     * (Odell 2009 on Derbez closing Cancún; Zartman and Berman 1982 on the endgame).
     */
    private boolean textHasStalled(DecisionRule rule) {
        Negotiation s = model;
        for (int i = 0; i < s.n; i++) hopeful[i] = s.actors.frustration(i) <= 0;
        double doubters = rule.shortfall(hopeful, s.actors.walkouts(), s.actors.capabilities());
        if (!Double.isNaN(lastDoubters)) bestPace = Math.max(bestPace, lastDoubters - doubters);
        lastDoubters = doubters;
        if (doubters < fewestDoubters - 1e-12) {
            fewestDoubters = doubters;
            sinceProgress = 0;
            return false;
        }
        int left = s.roundCount - 1 - s.round;
        return doubters > 0 && ++sinceProgress >= s.params.count(CHAIR_PATIENCE) && doubters > bestPace * left + 1e-12;
    }

    private void revise(double power, double mediation, double decay) {
        Negotiation s = model;
        int k = s.k;
        double g = s.params.get(CHAIR_GREEN_ROOM_WEIGHT);
        boolean[] room = s.spec().chair().greenRoom();
        java.util.Arrays.fill(num, 0);
        java.util.Arrays.fill(den, 0);
        java.util.Arrays.fill(medNum, 0);
        java.util.Arrays.fill(medDen, 0);
        for (int i = 0; i < s.n; i++) {
            if (s.actors.walkedOut(i)) continue;
            double w = s.actors.capability(i) * (room[i] ? g : 1);
            boolean rejects = !s.actors.accepts(i);
            int base = i * k;
            for (int j = 0; j < k; j++) {
                double ws = w * s.actors.salience(base + j);
                num[j] += ws * s.actors.stated(base + j);
                den[j] += ws;
                if (rejects) {
                    double cs = s.actors.capability(i) * s.actors.salience(base + j);
                    medNum[j] += cs * s.actors.ideal(base + j);
                    medDen[j] += cs;
                }
            }
        }
        int[] co = s.spec().chair().coChairs();
        double[] coWeight = s.spec().chair().coChairWeights();
        double pull = co.length == 0 ? 0 : s.params.get(CHAIR_CO_CHAIR_PULL);
        for (int j = 0; j < k; j++) {
            if (s.text.isDropped(j)) continue;
            double x = s.text.at(j);
            if (den[j] > 0) {
                double target = num[j] / den[j];
                if (pull > 0) {
                    double drafted = 0, wsum = 0;
                    for (int c = 0; c < co.length; c++) {
                        drafted += coWeight[c] * s.actors.stated(co[c] * k + j);
                        wsum += coWeight[c];
                    }
                    target = (1 - pull) * target + pull * drafted / wsum;
                }
                x += power * Math.pow(decay, agendaRank[j]) * (target - s.text.at(j));
            }
            if (medDen[j] > 0) x += mediation * (medNum[j] / medDen[j] - s.text.at(j));
            s.text.set(j, x < 0 ? 0 : (x > 1 ? 1 : x));
        }
    }

    /** Drops the issue whose removal would turn the most rejections into acceptances, if they hold it dearly. */
    private void considerDropping() {
        Negotiation s = model;
        int issue = Pivotal.hingeIssue(s, flips);
        if (issue < 0 || flips[issue] == 0) return;
        double sal = 0;
        int count = 0;
        for (int i = 0; i < s.n; i++) {
            if (s.actors.accepts(i) || s.actors.walkedOut(i)) continue;
            if (Pivotal.flipsWhenDropped(s, i, issue)) {
                sal += s.actors.salience(i * s.k + issue);
                count++;
            }
        }
        if (count > 0 && sal / count >= s.params.get(CHAIR_DROP_SALIENCE)) drop(issue);
    }

    /** Takes an issue off the table: it is held at the status quo from now on. */
    void drop(int issue) {
        model.text.drop(issue, model.round);
    }

    public String getName() {
        return model.spec().chair().name();
    }

    public double[] getText() {
        return model.text();
    }

    @Override
    public String toString() {
        return "Chair (" + getName() + ")";
    }
}
