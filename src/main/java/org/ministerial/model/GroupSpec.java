package org.ministerial.model;

/**
 * A group that existed before the meeting (a customs union, a regional bloc, a negotiating group). Pre-existing groups
 * are data; coalitions formed during a run are not.
 *
 * @param id      identifier, e.g. {@code CAIRNS}
 * @param name    display name
 * @param members indices of member actors
 */
public record GroupSpec(String id, String name, int[] members) implements java.io.Serializable {
}
