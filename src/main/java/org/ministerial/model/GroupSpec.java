package org.ministerial.model;

/**
 * A group that existed before the meeting (a customs union, a regional bloc, a negotiating group). Pre-existing groups
 * are data; coalitions formed during a run are not.
 *
 * @param id      identifier, e.g. {@code CAIRNS}
 * @param name    display name
 * @param members indices of member actors, each once
 * @param ties    whether membership is a working tie along which coalitions recruit (a customs union that sets a
 *                common tariff, or an issue coalition that already coordinates on the table's issues)
 */
public record GroupSpec(String id, String name, int[] members, boolean ties) implements java.io.Serializable {
    /** @throws IllegalArgumentException if a member index is negative or repeated */
    public GroupSpec {
        members = members.clone();
        Indices.distinct(members, "group " + id + "'s members");
    }

    /** A group without recruiting ties. */
    public GroupSpec(String id, String name, int[] members) {
        this(id, name, members, false);
    }
}
