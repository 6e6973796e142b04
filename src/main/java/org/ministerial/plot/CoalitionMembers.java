package org.ministerial.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who ends each completed run in which emergent coalition, as {@link CoalitionFigure} counts it. A large batch's
 * coalitions table has close to a million rows (8,000 Cancún runs: 780,000): runs, coalitions and actors are numbered
 * as they are first seen and each membership kept as three numbers, instead of nested maps and sets of text per run,
 * which cost more than reading the table.
 */
final class CoalitionMembers {
    private final Map<String, Integer> runs = new HashMap<>();
    private final Map<String, Integer> actors = new HashMap<>();
    private final List<String> actorNames = new ArrayList<>();
    private final Map<String, Integer> coalitions = new HashMap<>();
    /** The runs each leader leads a coalition in, by their numbers. */
    private final Map<String, BitSet> led = new HashMap<>();
    /** Membership i is of actor {@code member[i]} in coalition {@code coalition[i]} at the end of run {@code run[i]}. */
    private int[] run = new int[1024], coalition = new int[1024], member = new int[1024];
    private int size;

    /** Counts memberships of the given runs only (the completed ones), by their text in the run column. */
    CoalitionMembers(List<String> countedRuns) {
        for (String r : countedRuns) runs.putIfAbsent(r, runs.size());
    }

    /**
     * One row of the table. Its member is an actor of the batch whatever the row; the row counts only when the run is
     * one of those counted and the coalition is emergent.
     */
    void add(String runText, String coalitionText, String memberText, String leader, boolean emergent) {
        int actor = actors.computeIfAbsent(memberText, k -> {
            actorNames.add(k);
            return actorNames.size() - 1;
        });
        Integer r = runs.get(runText);
        if (!emergent || r == null) return;
        if (size == run.length) {
            run = Arrays.copyOf(run, 2 * size);
            coalition = Arrays.copyOf(coalition, 2 * size);
            member = Arrays.copyOf(member, 2 * size);
        }
        run[size] = r;
        coalition[size] = coalitions.computeIfAbsent(coalitionText, k -> coalitions.size());
        member[size] = actor;
        size++;
        if (!leader.isEmpty()) led.computeIfAbsent(leader, k -> new BitSet()).set(r);
    }

    /** How many runs are counted (each once, however often the runs table names it). */
    int countedRuns() {
        return runs.size();
    }

    /** Whether no counted run ends with an emergent coalition. */
    boolean isEmpty() {
        return size == 0;
    }

    /** Whether the actor is a member in any row, counted or not. */
    boolean isActor(String code) {
        return actors.containsKey(code);
    }

    /** The actor that leads a coalition in the most counted runs (the first in alphabetical order of those tied). */
    String mostFrequentLeader() {
        return led.entrySet().stream().max(Comparator.<Map.Entry<String, BitSet>>comparingInt(
                e -> e.getValue().cardinality()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /**
     * Each actor in some emergent coalition: in how many (run, coalition) it is a member, and in how many runs it is
     * in the coalition {@code ref} is in, in the order of their codes. A row repeated in the table counts once. The
     * model puts an actor in one emergent coalition at most; were {@code ref} in two, the one numbered last is taken.
     */
    List<CoalitionFigure.Membership> count(String ref) {
        long[] keys = distinctMemberships();
        int refActor = actors.getOrDefault(ref, -1);
        int[] refCoalition = new int[runs.size()];
        Arrays.fill(refCoalition, -1);
        int[] inAny = new int[actorNames.size()], withRef = new int[actorNames.size()];
        for (long k : keys) {
            int a = actorOf(k);
            inAny[a]++;
            if (a == refActor) refCoalition[runOf(k)] = coalitionOf(k);
        }
        for (long k : keys) if (refCoalition[runOf(k)] == coalitionOf(k)) withRef[actorOf(k)]++;
        List<CoalitionFigure.Membership> out = new ArrayList<>();
        for (int a = 0; a < inAny.length; a++)
            if (inAny[a] > 0) out.add(new CoalitionFigure.Membership(actorNames.get(a), inAny[a], withRef[a]));
        out.sort(Comparator.comparing(CoalitionFigure.Membership::actor));
        return out;
    }

    /** Every membership as one number (run, then coalition, then actor), sorted, each once. */
    private long[] distinctMemberships() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++)
            keys[i] = Math.multiplyExact(Math.multiplyExact((long) run[i], coalitions.size()) + coalition[i],
                    actorNames.size()) + member[i];
        Arrays.sort(keys);
        int n = 0;
        for (int i = 0; i < keys.length; i++) if (i == 0 || keys[i] != keys[i - 1]) keys[n++] = keys[i];
        return Arrays.copyOf(keys, n);
    }

    private int actorOf(long key) {
        return (int) (key % actorNames.size());
    }

    private int coalitionOf(long key) {
        return (int) (key / actorNames.size() % coalitions.size());
    }

    private int runOf(long key) {
        return (int) (key / actorNames.size() / coalitions.size());
    }
}
