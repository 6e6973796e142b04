package org.ministerial.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.ministerial.model.Parameter.ANALYSIS_NASH;
import static org.ministerial.model.Parameter.COALITIONS_ENABLED;
import static org.ministerial.model.Parameter.NGO_ENABLED;

/** Assembles a {@link RunResult} from a finished model. */
final class RunResultBuilder {
    private RunResultBuilder() {
    }

    static RunResult build(Negotiation s) {
        NegotiationSpec spec = s.spec();
        Calendar cal = spec.calendar();
        int k = s.k;
        double[] finalText = s.log.records().isEmpty() ? s.text.copy() : evaluatedText(s);
        List<RunResult.ActorResult> actors = new ArrayList<>(s.n);
        double sumU = 0, minU = Double.POSITIVE_INFINITY;
        int walkouts = 0;
        for (int i = 0; i < s.n; i++) {
            boolean accepted = s.actors.accepts(i) && !s.actors.walkedOut(i);
            int hinge = accepted ? -1 : Pivotal.issueFor(s, i);
            actors.add(new RunResult.ActorResult(spec.actors().get(i).code(), s.actors.utility(i),
                    s.actors.reservation(i),
                    accepted, s.actors.walkedOut(i), s.actors.walkoutRound(i), hinge));
            sumU += s.actors.utility(i);
            minU = Math.min(minU, s.actors.utility(i));
            if (s.actors.walkedOut(i)) walkouts++;
        }
        List<RunResult.CoalitionResult> coalitions = new ArrayList<>();
        int largest = 0;
        if (s.coalitions != null && s.params.on(COALITIONS_ENABLED))
            for (Coalition c : s.coalitions.everFormed()) {
                if (!c.active()) continue;
                List<RunResult.Member> members = new ArrayList<>();
                for (int idx = 0; idx < c.memberView().size(); idx++)
                    members.add(new RunResult.Member(spec.actors().get(c.memberView().get(idx)).code(),
                            c.joinedRoundAt(idx)));
                coalitions.add(new RunResult.CoalitionResult(c.id(), spec.actors().get(c.leader()).code(), members));
                largest = Math.max(largest, members.size());
            }
        int hinge = Pivotal.hingeIssue(s, new int[k]);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(MetricNames.ACCEPTING, (double) s.acceptingCount());
        metrics.put(MetricNames.WALKOUTS, (double) walkouts);
        metrics.put(MetricNames.CLOSED_BY_CHAIR, s.closedByChair ? 1.0 : 0.0);
        metrics.put(MetricNames.MEAN_UTILITY, sumU / s.n);
        metrics.put(MetricNames.MIN_UTILITY, minU);
        metrics.put(MetricNames.EMERGENT_COALITIONS, (double) coalitions.size());
        metrics.put(MetricNames.LARGEST_COALITION, (double) largest);
        metrics.put(MetricNames.MOBILISATION, s.meanMobilisation());
        metrics.put(MetricNames.PRESSURE, s.params.on(NGO_ENABLED) && s.m > 0 ? s.ngoField.totalPressure() : 0);
        double[] compromise = compromiseOfOpening(s);
        metrics.put(MetricNames.COMPROMISE_DISTANCE, meanAbsDiff(finalText, compromise));
        if (s.params.on(ANALYSIS_NASH)) {
            double[] nash = NashBargaining.solve(s.actors.ideals(), s.actors.saliences(), s.n, k, compromise,
                    s.text.droppedView());
            metrics.put(MetricNames.NASH_EXISTS, nash == null ? 0.0 : 1.0);
            metrics.put(MetricNames.NASH_DISTANCE, nash == null ? Double.NaN : meanAbsDiff(finalText, nash));
        }
        if (s.deal != null) describeDeal(s, metrics);
        if (s.precedentResult != null) {
            metrics.put(MetricNames.PRECEDENT_AGREEMENT, s.precedentResult.outcome() == Outcome.AGREEMENT ? 1.0 : 0.0);
            for (var e : s.precedentResult.metrics().entrySet())
                if (MetricNames.isFound(e.getKey())) metrics.put(MetricNames.ofPrecedent(e.getKey()), e.getValue());
        }
        RunResult.BilateralResult bilateral = spec.context().bilateral() == null ? null
                : BilateralOffers.resolve(s, spec.context().bilateral(), finalText);
        if (bilateral != null) {
            metrics.put(MetricNames.BILATERAL_ACCEPTED, (double) bilateral.acceptances());
            coalitions = BilateralOffers.withoutDefectors(coalitions, bilateral, spec);
        }
        for (ReferenceCoalition ref : spec.references()) compare(ref, coalitions, spec, metrics);
        return new RunResult(s.outcome, s.endRound, cal.dayOf(s.endRound), cal.sessionOfDay(s.endRound),
                finalText, s.text.droppedView(), s.text.droppedRoundView(), actors, hinge, coalitions,
                s.log.records(),
                metrics, s.deal, bilateral);
    }

    /**
     * The core depth per issue, how many actors take an add-on, and the spread of commitments (mean over issues of
     * the standard deviation of depth across actors).
     */
    private static void describeDeal(Negotiation s, Map<String, Double> metrics) {
        int k = s.k;
        int takers = 0;
        for (int i = 0; i < s.n; i++)
            for (int j = 0; j < k; j++)
                if (s.deal.commitments()[i * k + j] > s.deal.core()[j] + 1e-12) {
                    takers++;
                    break;
                }
        double spread = 0;
        for (int j = 0; j < k; j++) {
            double sum = 0, sq = 0;
            for (int i = 0; i < s.n; i++) {
                double c = s.deal.commitments()[i * k + j];
                sum += c;
                sq += c * c;
            }
            double mean = sum / s.n;
            spread += Math.sqrt(Math.max(0, sq / s.n - mean * mean));
        }
        metrics.put(MetricNames.ADDON_TAKERS, (double) takers);
        metrics.put(MetricNames.COMMITMENT_SPREAD, spread / k);
        for (int j = 0; j < k; j++) metrics.put(MetricNames.core(s.spec().issues().get(j).id()), s.deal.core()[j]);
    }

    /** Records whether an emergent coalition holds the reference's anchors, and its Jaccard overlap if so. */
    private static void compare(ReferenceCoalition ref, List<RunResult.CoalitionResult> coalitions,
                                NegotiationSpec spec, Map<String, Double> metrics) {
        java.util.Set<String> observed = new java.util.HashSet<>();
        for (int i : ref.members()) observed.add(spec.actors().get(i).code());
        double jaccard = Double.NaN;
        for (RunResult.CoalitionResult c : coalitions) {
            boolean holdsAnchors = true;
            for (int a : ref.anchors()) holdsAnchors &= c.contains(spec.actors().get(a).code());
            if (!holdsAnchors) continue;
            int both = 0;
            for (RunResult.Member m : c.members()) if (observed.contains(m.code())) both++;
            jaccard = (double) both / (c.members().size() + observed.size() - both);
        }
        String key = MetricNames.key(ref);
        metrics.put(MetricNames.found(key), Double.isNaN(jaccard) ? 0.0 : 1.0);
        metrics.put(MetricNames.jaccard(key), jaccard);
    }

    private static double[] evaluatedText(Negotiation s) {
        List<RoundRecord> r = s.log.records();
        // the chair does not revise in the round that settles the meeting, so the last record holds that text
        return r.get(r.size() - 1).text().clone();
    }

    /** The compromise-model prediction from opening positions: capability x salience weighted mean. */
    static double[] compromiseOfOpening(Negotiation s) {
        int k = s.k;
        double[] num = new double[k], den = new double[k];
        for (int i = 0; i < s.n; i++)
            for (int j = 0; j < k; j++) {
                double w = s.actors.capability(i) * s.actors.salience0(i * k + j);
                num[j] += w * s.actors.ideal0(i * k + j);
                den[j] += w;
            }
        for (int j = 0; j < k; j++) num[j] = den[j] > 0 ? num[j] / den[j] : 0;
        return num;
    }

    private static double meanAbsDiff(double[] a, double[] b) {
        double d = 0;
        for (int j = 0; j < a.length; j++) d += Math.abs(a[j] - b[j]);
        return a.length == 0 ? 0 : d / a.length;
    }
}
