package org.ministerial.model;

/**
 * The model's parameters, each declared once: its dotted key below {@code parameters:} in a scenario file, a short
 * label for figures, what kind of value it is, its default, its admissible range and what it means. This list is the
 * single source for validation, {@code --set}, the GUI's sliders, the parameter table in docs/ODD.md, the axis titles
 * of figures and the values the model reads: a run's values are a {@link Parameters}, read as
 * {@code p.get(CHAIR_AGENDA_POWER)}, {@code p.count(CHAIR_PATIENCE)} or {@code p.on(NGO_ENABLED)}. Symbols in the
 * descriptions refer to docs/ODD.md.
 *
 * <p>A constant's name is its key in capitals, the dot an underscore; a new parameter is one more constant here and
 * one more row in docs/ODD.md.
 */
public enum Parameter {
    NOISE_POSITION("noise.position", "Position noise (SD)", Kind.NUMBER, 0.05, 0, 0.5,
            "SD of the per-run perturbation of ideal positions (uncertainty about preferences)"),
    NOISE_EXPONENT("noise.exponent", "Concession-exponent noise (SD)", Kind.NUMBER, 0.2, 0, 2,
            "SD of the per-run log-normal perturbation of concession exponents"),
    COUNTRY_CONCESSION_RATE("country.concession_rate", "Concession rate (share per round)", Kind.NUMBER, 0.25, 0, 1,
            "lambda: share of the gap to the text a country concedes per round on issues it cares least about"),
    COUNTRY_PATIENCE("country.patience", "Government patience (frustration)", Kind.NUMBER, 0.3, 0, 1000,
            "frustration (accumulated shortfall of the best text a government expects by the deadline below its reservation) at which it walks out"),
    COUNTRY_PRIOR_WEIGHT("country.prior_weight", "Prior weight (meetings)", Kind.NUMBER, 1, 0, 100,
            "weight, in meetings' worth of rounds, of a government's prior that the text closes its gap at the chair's mediation pace, against the progress it has seen"),
    CHAIR_AGENDA_POWER("chair.agenda_power", "Chair's agenda power", Kind.NUMBER, 0.5, 0, 1,
            "share of the way the chair moves the text toward the weighted compromise each round"),
    CHAIR_MEDIATION("chair.mediation", "Chair's mediation", Kind.NUMBER, 0.3, 0, 1,
            "share of the way the chair moves the text toward rejecting actors' ideals (single-text mediation)"),
    CHAIR_GREEN_ROOM_WEIGHT("chair.green_room_weight", "Green-room weight (multiplier)", Kind.NUMBER, 2, 1, 20,
            "weight multiplier of actors invited to the green room"),
    CHAIR_CO_CHAIR_PULL("chair.co_chair_pull", "Co-chairs' pull", Kind.NUMBER, 0.5, 0, 1,
            "weight of the co-chairs' own draft (their weighted stated positions) against the compromise, when the scenario names co-chairs"),
    CHAIR_PATIENCE("chair.patience", "Chair's patience (rounds)", Kind.COUNT, 3, 1, 1000,
            "rounds without a new low in the count of delegations that expect no acceptable text after which the chair closes the meeting, if the best pace seen cannot win the rest before the deadline"),
    CHAIR_AGENDA_DECAY("chair.agenda_decay", "Agenda decay (factor per position)", Kind.NUMBER, 1, 0, 1,
            "revision rate factor per agenda position: the k-th issue is revised at agenda_power x decay^k"),
    CHAIR_DROP_ISSUES("chair.drop_issues", "Chair may drop issues", Kind.FLAG, 0, 0, 1,
            "whether the chair may drop an issue held by a blocking minority"),
    CHAIR_DROP_SALIENCE("chair.drop_salience", "Salience for dropping an issue", Kind.NUMBER, 0.25, 0, 1,
            "mean salience among the rejecting actors above which the chair drops their pivotal issue"),
    CHAIR_DROP_FROM("chair.drop_from", "Issues dropped from (normalised time)", Kind.NUMBER, 0.6, 0, 1,
            "normalised time from which the chair may drop issues"),
    COALITIONS_ENABLED("coalitions.enabled", "Coalitions form", Kind.FLAG, 1, 0, 1,
            "whether coalitions form during the run"),
    COALITIONS_SIMILARITY("coalitions.similarity", "Coalition similarity threshold", Kind.NUMBER, 0.8, -1, 1,
            "minimum cosine similarity of demands (salience x gap to the text) to found, join or merge coalitions"),
    COALITIONS_LEADER_SHARE("coalitions.leader_share", "Coalition founders (share of room)", Kind.NUMBER, 0.1, 0, 1,
            "share of the room that may found coalitions in a round: the candidates with the highest leadership score (capability x demand x (1 + group degree))"),
    COALITIONS_FROM("coalitions.from", "Coalitions from (normalised time)", Kind.NUMBER, 0, 0, 1,
            "normalised time from which coalitions form"),
    COALITIONS_CORE_ISSUES("coalitions.core_issues", "Coalition platform issues", Kind.COUNT, 3, 1, 100,
            "number of issues, by the founder's salience, on which a coalition states a common platform"),
    COALITIONS_INITIAL_COHESION("coalitions.initial_cohesion", "Initial coalition cohesion", Kind.NUMBER, 0.6, 0, 1,
            "cohesion of a newly founded coalition"),
    COALITIONS_THREAT_GAIN("coalitions.threat_gain", "Cohesion gain from threat", Kind.NUMBER, 0.3, 0, 5,
            "cohesion gained per unit of platform-to-text distance the text fails to close"),
    COALITIONS_DISPERSION_LOSS("coalitions.dispersion_loss", "Cohesion loss from dispersion", Kind.NUMBER, 0.5, 0, 5,
            "cohesion lost per unit of members' dispersion around the platform"),
    COALITIONS_BLOC_THRESHOLD("coalitions.bloc_threshold", "Bloc threshold (capability share)", Kind.NUMBER, 0.5, 0, 1,
            "capability share of members who must accept for the bloc to accept"),
    COALITIONS_GROUP_AFFINITY("coalitions.group_affinity", "Group affinity bonus", Kind.NUMBER, 0.1, 0, 1,
            "similarity bonus for two actors that share any pre-existing group"),
    COALITIONS_PEER_RATIO("coalitions.peer_ratio", "Recruits' capability ratio", Kind.NUMBER, 0, 0, 1,
            "a leader recruits actors with at least this share of its capability, or tied to a member by a group; two coalitions merge only if their leaders are peers by this share"),
    COALITIONS_MIN_GRIEVANCE("coalitions.min_grievance", "Minimum grievance to join", Kind.NUMBER, 0, 0, 1,
            "loss 1 - U(text) below which an actor does not bother to join a coalition"),
    COALITIONS_STATUS_PENALTY("coalitions.status_penalty", "North-South similarity penalty", Kind.NUMBER, 0, 0, 2,
            "similarity lost between a developed and a developing actor (the North-South divide)"),
    NGO_ENABLED("ngo.enabled", "NGOs active", Kind.FLAG, 1, 0, 1,
            "whether NGOs mobilise and press governments"),
    NGO_INITIAL_MOBILISATION("ngo.initial_mobilisation", "Initial NGO mobilisation", Kind.NUMBER, 0.1, 0, 1,
            "mobilisation of every organisation at the start"),
    NGO_GROWTH("ngo.growth", "NGO mobilisation growth", Kind.NUMBER, 0.3, 0, 1,
            "rate at which mobilisation grows when network exposure exceeds an organisation's threshold"),
    NGO_DECAY("ngo.decay", "NGO mobilisation decay (per round)", Kind.NUMBER, 0.05, 0, 1,
            "share of mobilisation lost per round"),
    NGO_THRESHOLD("ngo.threshold", "NGO mean threshold", Kind.NUMBER, 0.3, 0, 1,
            "mean Granovetter threshold of network exposure"),
    NGO_THRESHOLD_SPREAD("ngo.threshold_spread", "NGO threshold spread", Kind.NUMBER, 0.2, 0, 1,
            "half-width of the uniform distribution of thresholds"),
    NGO_HOME_ATTENTION("ngo.home_attention", "NGO home attention", Kind.NUMBER, 1, 0, 10,
            "attention an organisation pays its home government"),
    NGO_VISIBILITY("ngo.visibility", "NGO visibility", Kind.NUMBER, 0.2, 0, 10,
            "attention outside activity spreads over all delegations, scaled by capability"),
    NGO_PRESSURE_HALF("ngo.pressure_half", "Half-saturation pressure", Kind.NUMBER, 1, 0.001, 1000,
            "pressure at which the normalised pressure reaches one half"),
    NGO_SALIENCE_GAIN("ngo.salience_gain", "Salience gain from pressure", Kind.NUMBER, 0.5, 0, 5,
            "how far normalised pressure raises a government's salience on the pressed issue"),
    NGO_POSITION_GAIN("ngo.position_gain", "Position gain from pressure", Kind.NUMBER, 0.1, 0, 1,
            "how far normalised pressure moves a government's ideal point"),
    NGO_RESERVATION_GAIN("ngo.reservation_gain", "Reservation gain from pressure", Kind.NUMBER, 0.1, 0, 1,
            "how far pressure against what the text asks raises a government's reservation (and pressure for it lowers it)"),
    NGO_DIVISION_LOSS("ngo.division_loss", "NGO division loss", Kind.NUMBER, 0.5, 0, 1,
            "coordination lost per unit of stance dispersion inside a network"),
    ANALYSIS_NASH("analysis.nash", "Nash solution computed", Kind.FLAG, 1, 0, 1,
            "whether each run computes the Nash bargaining solution (costs about 0.25 ms on Cancún, a quarter of a run)");

    /** What the model makes of a parameter's value. */
    public enum Kind {
        /** a real number, read with {@link Parameters#get(Parameter)} */
        NUMBER,
        /** a whole number of rounds or issues, written as any number and rounded when read with {@link Parameters#count} */
        COUNT,
        /** an on/off switch, stored as 0 or 1 (files may say true or false), read with {@link Parameters#on} */
        FLAG
    }

    private final String key;
    private final String label;
    private final Kind kind;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String description;

    Parameter(String key, String label, Kind kind, double defaultValue, double min, double max, String description) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.description = description;
        if (!admits(defaultValue)) throw new IllegalArgumentException(key + ": default outside its range");
    }

    /** The dotted key, e.g. {@code chair.agenda_power}. */
    public String key() {
        return key;
    }

    /**
     * A short name for a reader, with its unit where it has one: the axis title of a figure ("Chair's agenda power",
     * "Chair's patience (rounds)"). Figures show it, their captions and data files the {@link #key()}.
     */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this is an on/off switch (stored as 0 or 1; files may say true or false). */
    public boolean flag() {
        return kind == Kind.FLAG;
    }

    /** The value used when a scenario does not set it. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The smallest admissible value. */
    public double min() {
        return min;
    }

    /** The largest admissible value. */
    public double max() {
        return max;
    }

    /** One sentence for tooltips and docs. */
    public String description() {
        return description;
    }

    public boolean admits(double value) {
        if (flag()) return value == 0 || value == 1;
        return value >= min && value <= max;
    }

    /** The parameter with this dotted key, or null. */
    public static Parameter byKey(String key) {
        for (Parameter d : values()) if (d.key.equals(key)) return d;
        return null;
    }

    /**
     * How {@code --set}, experiment files and results columns name a parameter: its key after the scenario section
     * it is written in ({@code parameters.chair.agenda_power}).
     */
    public static final String SET_PREFIX = "parameters.";

    /** The parameter a {@code --set} key names ({@code parameters.chair.agenda_power}), or null. */
    public static Parameter bySetKey(String setKey) {
        return setKey.startsWith(SET_PREFIX) ? byKey(setKey.substring(SET_PREFIX.length())) : null;
    }

    /** A key with or without {@link #SET_PREFIX}, without it. */
    public static String bareKey(String key) {
        return key.startsWith(SET_PREFIX) ? key.substring(SET_PREFIX.length()) : key;
    }

    /** This parameter's key as {@code --set} spells it. */
    public String setKey() {
        return SET_PREFIX + key;
    }
}
