package org.ministerial.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A coalition formed during the run. It states a common platform on its core issues (the capability-weighted mean of
 * its members' ideal points there) and accepts or rejects the text as a bloc. Its cohesion rises while the text stays
 * far from the platform (an outside threat) and falls with the members' dispersion around it.
 */
public final class Coalition implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final int index;
    private final int foundedRound;
    private int leader;
    private final List<Integer> members = new ArrayList<>();
    /** The members as the coalitions' phase reads them each round: a view, so reading allocates no copy. */
    private final List<Integer> memberView = java.util.Collections.unmodifiableList(members);
    private final List<Integer> joinedRound = new ArrayList<>();
    private final boolean[] core;
    private final double[] platform;
    private double cohesion;
    private boolean active = true;

    Coalition(String id, int index, int leader, int round, boolean[] core, double cohesion) {
        this.id = id;
        this.index = index;
        this.leader = leader;
        this.foundedRound = round;
        this.core = core;
        this.platform = new double[core.length];
        this.cohesion = cohesion;
    }

    void add(int actor, int round) {
        members.add(actor);
        joinedRound.add(round);
    }

    /** States the platform: the members' capability-weighted mean ideal point. Returns their summed capability. */
    double statePlatform(ActorState actors) {
        int k = platform.length;
        double capSum = 0;
        java.util.Arrays.fill(platform, 0);
        for (int i : members) {
            capSum += actors.capability(i);
            for (int j = 0; j < k; j++) platform[j] += actors.capability(i) * actors.ideal(i * k + j);
        }
        for (int j = 0; j < k; j++) platform[j] /= capSum;
        return capSum;
    }

    /** Cohesion moved by threat and dispersion, kept in [0,1]. */
    void setCohesion(double value) {
        cohesion = value < 0 ? 0 : (value > 1 ? 1 : value);
    }

    void passLeadership(int actor) {
        leader = actor;
    }

    /**
     * Merges a smaller coalition into this one: its members join with their joining rounds, its core issues become
     * core here, and it is dissolved.
     */
    void absorb(Coalition small) {
        for (int idx = 0; idx < small.members.size(); idx++) add(small.members.get(idx), small.joinedRound.get(idx));
        for (int j = 0; j < core.length; j++) core[j] |= small.core[j];
        small.dissolve();
    }

    /** The coalition breaks up: no members, inactive. */
    void dissolve() {
        members.clear();
        joinedRound.clear();
        active = false;
    }

    void remove(int actor) {
        int at = members.indexOf(actor);
        if (at >= 0) {
            members.remove(at);
            joinedRound.remove(at);
        }
    }

    public String id() {
        return id;
    }

    public int index() {
        return index;
    }

    public int leader() {
        return leader;
    }

    public int foundedRound() {
        return foundedRound;
    }

    public List<Integer> members() {
        return List.copyOf(members);
    }

    /** The members in the order they joined, read-only and without a copy (for the round step). */
    List<Integer> memberView() {
        return memberView;
    }

    /** The round in which the member at this position of {@link #memberView()} joined. */
    int joinedRoundAt(int position) {
        return joinedRound.get(position);
    }

    /** Whether the coalition still exists (it has not dissolved or merged into another). */
    boolean active() {
        return active;
    }

    public boolean isCore(int issue) {
        return core[issue];
    }

    public double platformOn(int issue) {
        return platform[issue];
    }

    public double cohesion() {
        return cohesion;
    }

    public int size() {
        return members.size();
    }
}
