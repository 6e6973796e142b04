package org.ministerial.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's parameters, validated and immutable. Symbols refer to docs/ODD.md.
 */
public final class Parameters implements java.io.Serializable {

    public static final List<ParameterDef> DEFINITIONS = List.of(
            num("noise.position", 0.05, 0, 0.5, "SD of the per-run perturbation of ideal positions (uncertainty about preferences)"),
            num("noise.exponent", 0.2, 0, 2, "SD of the per-run log-normal perturbation of concession exponents"),
            num("country.concession_rate", 0.25, 0, 1, "lambda: share of the gap to the text a country concedes per session on issues it cares least about"),
            num("country.patience", 0.3, 0, 1000, "frustration (accumulated shortfall of the best text a government expects by the deadline below its reservation) at which it walks out"),
            num("country.prior_weight", 1, 0, 100, "weight, in meetings' worth of sessions, of a government's prior that the text closes its gap at the chair's mediation pace, against the progress it has seen"),
            num("chair.agenda_power", 0.5, 0, 1, "share of the way the chair moves the text toward the weighted compromise each session"),
            num("chair.mediation", 0.3, 0, 1, "share of the way the chair moves the text toward rejecting actors' ideals (single-text mediation)"),
            num("chair.green_room_weight", 2, 1, 20, "weight multiplier of actors invited to the green room"),
            num("chair.co_chair_pull", 0.5, 0, 1, "weight of the co-chairs' own draft (their weighted stated positions) against the compromise, when the scenario names co-chairs"),
            num("chair.patience", 3, 1, 1000, "sessions in which no delegation regains hope of an acceptable text after which the chair closes the meeting, if the best pace seen cannot win the rest before the deadline"),
            num("chair.agenda_decay", 1, 0, 1, "revision rate factor per agenda position: the k-th issue is revised at agenda_power x decay^k"),
            flag("chair.drop_issues", 0, "whether the chair may drop an issue held by a blocking minority"),
            num("chair.drop_salience", 0.25, 0, 1, "mean salience among the rejecting actors above which the chair drops their pivotal issue"),
            num("chair.drop_from", 0.6, 0, 1, "normalised time from which the chair may drop issues"),
            flag("coalitions.enabled", 1, "whether coalitions form during the run"),
            num("coalitions.similarity", 0.8, -1, 1, "minimum cosine similarity of demands (salience x gap to the text) to found or join a coalition"),
            num("coalitions.leader_share", 0.1, 0, 1, "share of the room that may found coalitions in a session: the candidates with the highest leadership score (capability x demand x (1 + group degree))"),
            num("coalitions.from", 0, 0, 1, "normalised time from which coalitions form"),
            num("coalitions.core_issues", 3, 1, 100, "number of issues, by the founder's salience, on which a coalition states a common platform"),
            num("coalitions.initial_cohesion", 0.6, 0, 1, "cohesion of a newly founded coalition"),
            num("coalitions.threat_gain", 0.3, 0, 5, "cohesion gained per unit of platform-to-text distance the text fails to close"),
            num("coalitions.dispersion_loss", 0.5, 0, 5, "cohesion lost per unit of members' dispersion around the platform"),
            num("coalitions.bloc_threshold", 0.5, 0, 1, "capability share of members who must accept for the bloc to accept"),
            num("coalitions.group_affinity", 0.1, 0, 1, "similarity bonus for two actors tied by a pre-existing group"),
            num("coalitions.peer_ratio", 0, 0, 1, "a leader recruits actors with at least this share of its capability, or tied to a member by a group"),
            num("coalitions.min_grievance", 0, 0, 1, "loss 1 - U(text) below which an actor does not bother to join a coalition"),
            num("coalitions.status_penalty", 0, 0, 2, "similarity lost between a developed and a developing actor (the North-South divide)"),
            flag("ngo.enabled", 1, "whether NGOs mobilise and press governments"),
            num("ngo.initial_mobilisation", 0.1, 0, 1, "mobilisation of every organisation at the start"),
            num("ngo.growth", 0.3, 0, 1, "rate at which mobilisation grows when network exposure exceeds an organisation's threshold"),
            num("ngo.decay", 0.05, 0, 1, "share of mobilisation lost per session"),
            num("ngo.threshold", 0.3, 0, 1, "mean Granovetter threshold of network exposure"),
            num("ngo.threshold_spread", 0.2, 0, 1, "half-width of the uniform distribution of thresholds"),
            num("ngo.home_attention", 1, 0, 10, "attention an organisation pays its home government"),
            num("ngo.visibility", 0.2, 0, 10, "attention outside activity spreads over all delegations, scaled by capability"),
            num("ngo.pressure_half", 1, 0.001, 1000, "pressure at which the normalised pressure reaches one half"),
            num("ngo.salience_gain", 0.5, 0, 5, "how far normalised pressure raises a government's salience on the pressed issue"),
            num("ngo.position_gain", 0.1, 0, 1, "how far normalised pressure moves a government's ideal point"),
            num("ngo.reservation_gain", 0.1, 0, 1, "how far pressure against what the text asks raises a government's reservation (and pressure for it lowers it)"),
            num("ngo.division_loss", 0.5, 0, 1, "coordination lost per unit of stance dispersion inside a network"),
            flag("analysis.nash", 1, "whether each run computes the Nash bargaining solution (costs about 0.25 ms on Cancún, a quarter of a run)"));

    private final Map<String, Double> values;

    public final double positionNoise, exponentNoise, concessionRate, patience;
    public final int chairPatience;
    public final double priorWeight;
    public final double agendaPower, mediation, greenRoomWeight, agendaDecay, dropSalience, dropFrom, coChairPull;
    public final boolean dropIssues, coalitionsEnabled, ngoEnabled, nashAnalysis;
    public final double similarity, leaderShare, coalitionsFrom, initialCohesion, threatGain, dispersionLoss,
            blocThreshold, groupAffinity, peerRatio, minGrievance, statusPenalty;
    public final int coreIssues;
    public final double initialMobilisation, growth, decay, threshold, thresholdSpread, homeAttention, visibility,
            pressureHalf, salienceGain, positionGain, reservationGain, divisionLoss;

    private Parameters(Map<String, Double> v) {
        values = v;
        positionNoise = v.get("noise.position");
        exponentNoise = v.get("noise.exponent");
        concessionRate = v.get("country.concession_rate");
        patience = v.get("country.patience");
        priorWeight = v.get("country.prior_weight");
        chairPatience = (int) Math.round(v.get("chair.patience"));
        agendaPower = v.get("chair.agenda_power");
        mediation = v.get("chair.mediation");
        greenRoomWeight = v.get("chair.green_room_weight");
        agendaDecay = v.get("chair.agenda_decay");
        coChairPull = v.get("chair.co_chair_pull");
        dropIssues = v.get("chair.drop_issues") != 0;
        dropSalience = v.get("chair.drop_salience");
        dropFrom = v.get("chair.drop_from");
        coalitionsEnabled = v.get("coalitions.enabled") != 0;
        similarity = v.get("coalitions.similarity");
        leaderShare = v.get("coalitions.leader_share");
        coalitionsFrom = v.get("coalitions.from");
        coreIssues = (int) Math.round(v.get("coalitions.core_issues"));
        initialCohesion = v.get("coalitions.initial_cohesion");
        threatGain = v.get("coalitions.threat_gain");
        dispersionLoss = v.get("coalitions.dispersion_loss");
        blocThreshold = v.get("coalitions.bloc_threshold");
        groupAffinity = v.get("coalitions.group_affinity");
        peerRatio = v.get("coalitions.peer_ratio");
        minGrievance = v.get("coalitions.min_grievance");
        statusPenalty = v.get("coalitions.status_penalty");
        ngoEnabled = v.get("ngo.enabled") != 0;
        initialMobilisation = v.get("ngo.initial_mobilisation");
        growth = v.get("ngo.growth");
        decay = v.get("ngo.decay");
        threshold = v.get("ngo.threshold");
        thresholdSpread = v.get("ngo.threshold_spread");
        homeAttention = v.get("ngo.home_attention");
        visibility = v.get("ngo.visibility");
        pressureHalf = v.get("ngo.pressure_half");
        salienceGain = v.get("ngo.salience_gain");
        positionGain = v.get("ngo.position_gain");
        reservationGain = v.get("ngo.reservation_gain");
        divisionLoss = v.get("ngo.division_loss");
        nashAnalysis = v.get("analysis.nash") != 0;
    }

    /** The defaults of every parameter. */
    public static Parameters defaults() {
        return of(Map.of());
    }

    /**
     * Parameters from explicit values, the rest at their defaults.
     *
     * @throws IllegalArgumentException if a key is unknown or a value is outside its range
     */
    public static Parameters of(Map<String, Double> explicit) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (ParameterDef d : DEFINITIONS) v.put(d.key(), d.defaultValue());
        for (Map.Entry<String, Double> e : explicit.entrySet()) {
            ParameterDef d = definition(e.getKey());
            if (d == null) throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'");
            if (!d.admits(e.getValue()))
                throw new IllegalArgumentException("parameter '" + e.getKey() + "' = " + e.getValue()
                        + (d.flag() ? " is not a flag (true/false)" : " outside [" + d.min() + ", " + d.max() + "]"));
            v.put(e.getKey(), e.getValue());
        }
        return new Parameters(v);
    }

    public static ParameterDef definition(String key) {
        for (ParameterDef d : DEFINITIONS) if (d.key().equals(key)) return d;
        return null;
    }

    public double get(String key) {
        Double v = values.get(key);
        if (v == null) throw new IllegalArgumentException("unknown parameter '" + key + "'");
        return v;
    }

    /** A copy with one parameter changed (used by the GUI's Model tab). */
    public Parameters with(String key, double value) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        v.put(key, value);
        return of(v);
    }

    /** All values in definition order. */
    public Map<String, Double> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    private static ParameterDef num(String key, double def, double min, double max, String doc) {
        return new ParameterDef(key, def, min, max, false, doc);
    }

    private static ParameterDef flag(String key, double def, String doc) {
        return new ParameterDef(key, def, 0, 1, true, doc);
    }
}
