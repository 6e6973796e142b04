package org.ministerial.model;

/**
 * An observed coalition that runs are compared with, such as the Group of 21 of the seed account. It is an
 * observation target, never an input: the model only measures, at the end of each run, whether an emergent coalition
 * holds all the anchors and how far its membership overlaps the observed one (Jaccard similarity).
 *
 * @param id      short identifier, used in metric names ({@code <id>_found}, {@code <id>_jaccard})
 * @param anchors actor indices that identify the coalition (e.g. Brazil, India and China)
 * @param members actor indices of the observed membership
 */
public record ReferenceCoalition(String id, int[] anchors, int[] members) implements java.io.Serializable {
    public ReferenceCoalition {
        if (anchors.length == 0) throw new IllegalArgumentException(id + ": needs at least one anchor");
        anchors = anchors.clone();
        members = members.clone();
        Indices.distinct(anchors, id + "'s anchors");
        Indices.distinct(members, id + "'s members");
    }
}
