package org.ministerial.model;

/**
 * A civil-society organisation.
 *
 * @param id        identifier
 * @param name      display name
 * @param homeActor index of the negotiating actor of its home government, or -1 when it has none in the room
 * @param inside    lobbies delegations from inside the venue (accredited)
 * @param outside   protests, holds parallel fora and speaks to the media
 * @param sector    sector label (peasant, labour, business, ...), used by event filters and analysis
 * @param region    region label, used by event filters
 * @param resources relative resources in (0,1]
 * @param stance    per issue: -1 presses against deeper commitment, 0 indifferent, +1 presses for it
 * @param networks  indices of the networks it belongs to (into {@link NegotiationSpec#networks()})
 */
public record NgoSpec(String id, String name, int homeActor, boolean inside, boolean outside, String sector,
                      String region, double resources, double[] stance, int[] networks) implements java.io.Serializable {
    public NgoSpec {
        if (!(resources > 0 && resources <= 1)) throw new IllegalArgumentException(id + ": resources outside (0,1]");
        if (!inside && !outside) throw new IllegalArgumentException(id + ": must act inside, outside or both");
    }
}
