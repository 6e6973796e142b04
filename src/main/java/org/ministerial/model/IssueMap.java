package org.ministerial.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which issues of a precedent meeting are the same question as which issues of the meeting that follows it. Two
 * meetings name their issues for their own agendas: Cancún's {@code market_access} is agricultural market access,
 * Miami's {@code market_access} is tariffs on goods, and Miami's {@code agriculture} is what Cancún called market
 * access. So what a precedent leaves on an issue (the shift of a government's ideal point under pressure) carries
 * only where the later scenario says the two issues correspond, never by a shared id; an issue of the later meeting
 * that nothing maps onto starts as its scenario says.
 *
 * @param pairs the precedent's issue id to this meeting's issue id; one to one (two precedent issues on one later
 *              issue would leave the carried shift ambiguous)
 */
public record IssueMap(Map<String, String> pairs) implements java.io.Serializable {
    /** No issue corresponds: nothing carries on the issues. */
    public static final IssueMap NONE = new IssueMap(Map.of());

    public IssueMap {
        pairs = Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
        Set<String> targets = new HashSet<>();
        for (Map.Entry<String, String> e : pairs.entrySet())
            if (!targets.add(e.getValue()))
                throw new IllegalArgumentException("issue map: '" + e.getValue()
                        + "' is the image of two precedent issues");
    }

    /**
     * Per issue of {@code later}, the index in {@code precedent} of the issue that maps onto it, or -1 when none does.
     *
     * @throws IllegalArgumentException when the map names an issue either meeting lacks
     */
    int[] sources(NegotiationSpec precedent, NegotiationSpec later) {
        int[] from = new int[later.issues().size()];
        java.util.Arrays.fill(from, -1);
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            int j = precedent.indexOfIssue(e.getKey()), k = later.indexOfIssue(e.getValue());
            if (j < 0) throw new IllegalArgumentException("issue map: the precedent " + precedent.name()
                    + " has no issue '" + e.getKey() + "'");
            if (k < 0) throw new IllegalArgumentException("issue map: " + later.name() + " has no issue '"
                    + e.getValue() + "'");
            from[k] = j;
        }
        return from;
    }
}
