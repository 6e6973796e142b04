package org.ministerial.model;

/**
 * A civil-society organisation.
 *
 * @param id        identifier
 * @param name      display name
 * @param homeActor index of the negotiating actor of its home government (for a member state of a union, the union),
 *                  or -1 when it has none in the room
 * @param inside    lobbies delegations from inside the venue (accredited)
 * @param outside   protests, holds parallel fora and speaks to the media
 * @param sector    sector label (peasant, labour, business, ...), used by event filters and analysis
 * @param region    region label, used by event filters
 * @param resources relative resources in (0,1]
 * @param stance    per issue, in [-1,1]: -1 presses against deeper commitment, 0 indifferent, +1 presses for it
 * @param networks  indices of the networks it belongs to (into {@link NegotiationSpec#networks()}), each once
 * @param country   ISO 3166-1 alpha-3 code of its seat (a union member's own code, not the union's), or "" when it
 *                  has none; a seat outside the room (the Holy See) leaves {@code homeActor} at -1
 */
public record NgoSpec(String id, String name, int homeActor, boolean inside, boolean outside, String sector,
                      String region, double resources, double[] stance, int[] networks, String country)
        implements java.io.Serializable {
    public NgoSpec {
        if (!(resources > 0 && resources <= 1)) throw new IllegalArgumentException(id + ": resources outside (0,1]");
        if (!inside && !outside) throw new IllegalArgumentException(id + ": must act inside, outside or both");
        if (country == null) country = "";
        stance = stance.clone();
        networks = networks.clone();
        for (double s : stance)
            if (!(s >= -1 && s <= 1)) throw new IllegalArgumentException(id + ": stance " + s + " outside [-1,1]");
        Indices.distinct(networks, id + "'s networks");
    }

    /** An organisation whose seat is not recorded. */
    public NgoSpec(String id, String name, int homeActor, boolean inside, boolean outside, String sector,
                   String region, double resources, double[] stance, int[] networks) {
        this(id, name, homeActor, inside, outside, sector, region, resources, stance, networks, "");
    }
}
