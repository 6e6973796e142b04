package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.ministerial.model.Parameter.COALITIONS_BLOC_THRESHOLD;
import static org.ministerial.model.Parameter.COALITIONS_CORE_ISSUES;
import static org.ministerial.model.Parameter.COALITIONS_DISPERSION_LOSS;
import static org.ministerial.model.Parameter.COALITIONS_FROM;
import static org.ministerial.model.Parameter.COALITIONS_GROUP_AFFINITY;
import static org.ministerial.model.Parameter.COALITIONS_INITIAL_COHESION;
import static org.ministerial.model.Parameter.COALITIONS_LEADER_SHARE;
import static org.ministerial.model.Parameter.COALITIONS_MIN_GRIEVANCE;
import static org.ministerial.model.Parameter.COALITIONS_PEER_RATIO;
import static org.ministerial.model.Parameter.COALITIONS_SIMILARITY;
import static org.ministerial.model.Parameter.COALITIONS_STATUS_PENALTY;
import static org.ministerial.model.Parameter.COALITIONS_THREAT_GAIN;

/**
 * Coalition formation, cohesion and bloc behaviour. Actors ally by the similarity of their demands on the text:
 * the demand of actor i on issue k is {@code D_ik = s_ik (p_ik - x_k)}, how much and which way it wants the text moved.
 * Two actors who want the same text moved the same way on the issues that matter to them are natural allies even when
 * their ideal points differ (the seed's point about the Group of 21: Brazil wanted lower duties, India and China the
 * North's subsidised exports gone, and the North's refusal to move held them together).
 *
 * <p>High-capability actors who reject the text found coalitions, with a platform on their most salient issues, and
 * invite rejecting actors whose demand vectors are similar (cosine over all issues on the table, plus a bonus for a
 * shared pre-existing group);
 * existing coalitions admit more members and merge with coalitions whose demands are alike.
 *
 * <p>Why one file of over 300 lines: founding, admitting, merging and bloc discipline are one phase of a round and
 * share its working arrays (each actor's demand vector and its norm, the capability order, the candidate bit sets),
 * which are filled once per round and read by every step; split apart they would be passed around or recomputed
 * in the round step. Each coalition's own state is written by {@link Coalition}.
 */
final class CoalitionDynamics implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final List<Coalition> all = new ArrayList<>();
    private final int[] coalitionOf;
    /** Per actor, its tie groups (reach: recruitment runs along them) and all its groups (affinity), as bit sets. */
    private final long[] groupMask, affinityMask;
    /** Per actor, the share of the other actors it shares a pre-existing group with: its place in the web of groups. */
    private final double[] groupDegree;
    /** Per actor, this round's leadership score (see {@link #foundNew}). */
    private final double[] leadership;
    private final boolean[] developed;
    private final double[] demand;
    private final double[] blocDemand, otherDemand;
    private final int[] order;
    private final double[] orderKey;
    /** Actors by capability, highest first (ties by index). */
    private final int[] ranked;
    /** This round's candidates ({@link #collectCandidates}), by capability, highest first. */
    private final int[] rankedCandidates;
    private int candidateCount;
    /** Per group bit, this round's candidates in it, as a bit set over actor indices; null for unused bits. */
    private final long[][] groupCandidates;
    /** The actors one leader or coalition may recruit, as a bit set over actor indices. */
    private final long[] pool;
    private final double[] demandNorm2;

    CoalitionDynamics(Negotiation model) {
        this.model = model;
        int n = model.n, k = model.k;
        coalitionOf = new int[n];
        java.util.Arrays.fill(coalitionOf, -1);
        demand = new double[n * k];
        blocDemand = new double[k];
        otherDemand = new double[k];
        order = new int[n];
        orderKey = new double[n];
        rankedCandidates = new int[n];
        pool = new long[(n + Long.SIZE - 1) / Long.SIZE];
        demandNorm2 = new double[n];
        leadership = new double[n];
        ranked = Ranking.descending(model.actors.capabilities());
        developed = new boolean[n];
        for (int i = 0; i < n; i++) developed[i] = model.spec().actors().get(i).north();
        groupMask = new long[n];
        affinityMask = new long[n];
        // one bit per group marked as a tie in groupMask; one bit per group of any kind in affinityMask
        int bit = 0, any = 0;
        for (GroupSpec g : model.spec().groups()) {
            if (any == Long.SIZE)
                throw new IllegalArgumentException("at most " + Long.SIZE + " pre-existing groups are supported");
            for (int member : g.members()) affinityMask[member] |= 1L << any;
            any++;
            if (!g.ties()) continue;
            for (int member : g.members()) groupMask[member] |= 1L << bit;
            bit++;
        }
        groupCandidates = new long[bit][pool.length];
        groupDegree = new double[n];
        // partners of i: the actors sharing a group with it. Counted over the distinct group memberships, of which
        // a room has a few dozen, rather than over every pair of actors, which grew with the square of the room
        long[] memberships = affinityMask.clone();
        java.util.Arrays.sort(memberships); // equal memberships side by side, then counted once each
        int distinct = 0;
        int[] holders = new int[n];
        for (int a = 0; a < n; a++) {
            if (memberships[a] == 0) continue; // no group: shares nothing
            if (distinct == 0 || memberships[a] != memberships[distinct - 1]) memberships[distinct++] = memberships[a];
            holders[distinct - 1]++;
        }
        for (int i = 0; i < n; i++) {
            if (affinityMask[i] == 0) continue;
            int partners = -1; // i itself shares its groups
            for (int d = 0; d < distinct; d++) if ((affinityMask[i] & memberships[d]) != 0) partners += holders[d];
            groupDegree[i] = n > 1 ? partners / (double) (n - 1) : 0;
        }
    }

    List<Coalition> active() {
        List<Coalition> out = new ArrayList<>();
        for (Coalition c : all) if (c.active()) out.add(c);
        return out;
    }

    List<Coalition> everFormed() {
        return all;
    }

    int coalitionOf(int actor) {
        return coalitionOf[actor];
    }

    Coalition byIndex(int index) {
        return all.get(index);
    }

    @Override
    public void step(SimState state) {
        Negotiation s = model;
        if (s.spec().calendar().tau(s.round) < s.params.get(COALITIONS_FROM)) return;
        computeDemands();
        for (Coalition c : all) if (c.active()) updatePlatformAndCohesion(c);
        mergeAlike();
        collectCandidates();
        admitMembers();
        foundNew();
        for (Coalition c : all) if (c.active()) actAsBloc(c);
    }

    private void computeDemands() {
        Negotiation s = model;
        int k = s.k;
        for (int i = 0; i < s.n; i++) {
            double norm2 = 0;
            for (int j = 0; j < k; j++) {
                double d = s.text.isDropped(j) ? 0
                        : s.actors.salience(i * k + j) * (s.actors.ideal(i * k + j) - s.text.at(j));
                demand[i * k + j] = d;
                norm2 += d * d;
            }
            demandNorm2[i] = norm2;
        }
    }

    private void updatePlatformAndCohesion(Coalition c) {
        Negotiation s = model;
        int k = s.k;
        double capSum = c.statePlatform(s.actors);
        double threat = 0, dispersion = 0;
        int cores = 0;
        for (int j = 0; j < k; j++) {
            if (!c.isCore(j) || s.text.isDropped(j)) continue;
            cores++;
            threat += Math.abs(c.platformOn(j) - s.text.at(j));
            for (int i : c.memberView())
                dispersion += s.actors.capability(i) * Math.abs(s.actors.ideal(i * k + j) - c.platformOn(j));
        }
        if (cores == 0) return;
        threat /= cores;
        dispersion /= cores * capSum;
        double h = c.cohesion() + s.params.get(COALITIONS_THREAT_GAIN) * threat - s.params.get(COALITIONS_DISPERSION_LOSS) * dispersion;
        c.setCohesion(h);
    }

    /** Allies across the North-South divide pay {@code coalitions.status_penalty} in similarity. */
    private double identity(int a, int b) {
        return developed[a] == developed[b] ? 0 : model.params.get(COALITIONS_STATUS_PENALTY);
    }

    private static long maskOf(Coalition c, long[] masks) {
        long mask = 0;
        for (int i : c.memberView()) mask |= masks[i];
        return mask;
    }

    /** Cosine similarity of two demand vectors over all issues, plus the shared-group bonus. */
    private double similarity(double[] a, int aBase, double[] b, int bBase, long maskA, long maskB) {
        double dot = 0, na = 0, nb = 0;
        for (int j = 0; j < model.k; j++) {
            double x = a[aBase + j], y = b[bBase + j];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        if (na == 0 || nb == 0) return -1;
        double cos = dot / Math.sqrt(na * nb);
        return (maskA & maskB) != 0 ? cos + model.params.get(COALITIONS_GROUP_AFFINITY) : cos;
    }

    private void fillBlocDemand(Coalition c) {
        java.util.Arrays.fill(blocDemand, 0);
        int k = model.k;
        for (int i : c.memberView())
            for (int j = 0; j < k; j++) blocDemand[j] += model.actors.capability(i) * demand[i * k + j];
    }

    private void mergeAlike() {
        for (Coalition a : all) {
            if (!a.active()) continue;
            for (Coalition b : all) {
                if (b == a || !b.active() || !a.active()) continue;
                double ca = model.actors.capability(a.leader()), cb = model.actors.capability(b.leader());
                if (Math.min(ca, cb) < model.params.get(COALITIONS_PEER_RATIO) * Math.max(ca, cb)) continue;
                fillBlocDemand(a);
                System.arraycopy(blocDemand, 0, otherDemand, 0, model.k);
                fillBlocDemand(b);
                double sim = similarity(otherDemand, 0, blocDemand, 0, 0, 0) - identity(a.leader(), b.leader());
                if (sim < model.params.get(COALITIONS_SIMILARITY)) continue;
                Coalition big = capabilityOf(a) >= capabilityOf(b) ? a : b, small = big == a ? b : a;
                for (int member : small.memberView()) coalitionOf[member] = big.index();
                big.absorb(small);
            }
        }
    }

    private double capabilityOf(Coalition c) {
        double sum = 0;
        for (int i : c.memberView()) sum += model.actors.capability(i);
        return sum;
    }

    /**
     * The actors a coalition may still take in this round: unaligned, rejecting, present and aggrieved enough. They
     * are kept by capability and by group, so that a leader reaches its peers (a prefix of the capability order) and
     * its group partners (a union of bit sets) without scanning the room: with hundreds of leaders and thousands of
     * actors, the scan was the one part of the round step that grew with the square of the room.
     */
    private void collectCandidates() {
        Negotiation s = model;
        candidateCount = 0;
        for (long[] bits : groupCandidates) java.util.Arrays.fill(bits, 0);
        for (int i : ranked) {
            if (coalitionOf[i] >= 0 || s.actors.accepts(i) || s.actors.walkedOut(i) || !aggrieved(i)) continue;
            rankedCandidates[candidateCount++] = i;
            for (long m = groupMask[i]; m != 0; m &= m - 1)
                groupCandidates[Long.numberOfTrailingZeros(m)][i >>> 6] |= 1L << i;
        }
    }

    /**
     * Fills {@link #pool} with the candidates a leader of the given capability reaches through a coalition with the
     * given groups: those with at least {@code coalitions.peer_ratio} of its capability, and those in one of the
     * groups (Narlikar 2003: recruitment runs along existing ties).
     */
    private void fillPool(int leader, long groups) {
        java.util.Arrays.fill(pool, 0);
        double least = model.params.get(COALITIONS_PEER_RATIO) * model.actors.capability(leader);
        for (int r = 0; r < candidateCount; r++) {
            int i = rankedCandidates[r];
            if (!(model.actors.capability(i) >= least)) break;
            pool[i >>> 6] |= 1L << i;
        }
        for (long m = groups; m != 0; m &= m - 1) addGroup(Long.numberOfTrailingZeros(m), 0);
    }

    /** Adds a group's candidates to the pool from word {@code from} on. */
    private void addGroup(int bit, int from) {
        long[] members = groupCandidates[bit];
        for (int w = from; w < pool.length; w++) pool[w] |= members[w];
    }

    private boolean aggrieved(int actor) {
        return 1 - model.actors.utility(actor) >= model.params.get(COALITIONS_MIN_GRIEVANCE);
    }

    private void admitMembers() {
        Negotiation s = model;
        for (Coalition c : all) {
            if (!c.active()) continue;
            fillBlocDemand(c);
            long mask = maskOf(c, groupMask), affinity = maskOf(c, affinityMask);
            fillPool(c.leader(), mask);
            // actors in index order; a member who joins brings its groups, whose candidates further on become reachable
            for (int w = 0; w < pool.length; w++)
                for (long bits = pool[w]; bits != 0; ) {
                    int b = Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    int i = (w << 6) + b;
                    if (coalitionOf[i] >= 0) continue;
                    double sim = similarity(demand, i * s.k, blocDemand, 0, affinityMask[i], affinity)
                            - identity(i, c.leader());
                    if (sim < s.params.get(COALITIONS_SIMILARITY)) continue;
                    c.add(i, s.round);
                    coalitionOf[i] = c.index();
                    affinity |= affinityMask[i];
                    long added = groupMask[i] & ~mask;
                    mask |= groupMask[i];
                    if (added == 0) continue;
                    for (long m = added; m != 0; m &= m - 1) addGroup(Long.numberOfTrailingZeros(m), w);
                    bits = b == Long.SIZE - 1 ? 0 : pool[w] & (-1L << (b + 1));
                }
        }
    }

    /**
     * New coalitions. Any actor may found one: this round's candidates (unaligned, rejecting, present, aggrieved)
     * are scored for leadership, {@code capability x |demand| x (1 + group degree)}: the weight to carry a group
     * (capability), the stake in moving the text (the salience-weighted gap to it, the issues at stake and the
     * grievance together) and the place in the web of pre-existing groups in which members already coordinate, the
     * same groups that give affinity (Narlikar 2003 on who leads WTO coalitions; Odell 2006 on the Group of 20's
     * founders). The top {@code coalitions.leader_share} of
     * the room by that score found in turn, in a random order weighted by it (Efraimidis-Spirakis keys
     * {@code u^(1/score)}; a key is drawn for every actor, so the random stream does not depend on who may lead), each
     * with the reachable candidates similar to it. A new coalition states its founders' platform from its first
     * round.
     */
    private void foundNew() {
        Negotiation s = model;
        int count = 0;
        java.util.Arrays.fill(leadership, 0);
        for (int r = 0; r < candidateCount; r++) {
            int i = rankedCandidates[r];
            if (coalitionOf[i] >= 0) continue; // admitted to a coalition earlier this round
            leadership[i] = s.actors.capability(i) * Math.sqrt(demandNorm2[i]) * (1 + groupDegree[i]);
            if (leadership[i] > 0) order[count++] = i;
        }
        for (int i = 0; i < s.n; i++) orderKey[i] = Math.log(s.random.nextDouble()) / leadership[i];
        // the strongest leaders by score (insertion sort: a few dozen candidates, no allocation), then their turns
        for (int i = 1; i < count; i++)
            for (int j = i; j > 0 && leadership[order[j]] > leadership[order[j - 1]]; j--) swap(j);
        count = Math.min(count, (int) Math.ceil(s.params.get(COALITIONS_LEADER_SHARE) * s.n));
        for (int i = 1; i < count; i++)
            for (int j = i; j > 0 && orderKey[order[j]] > orderKey[order[j - 1]]; j--) swap(j);
        for (int o = 0; o < count; o++) {
            int leader = order[o];
            if (coalitionOf[leader] >= 0) continue;
            fillPool(leader, groupMask[leader]);
            Coalition c = null;
            for (int w = 0; w < pool.length; w++)
                for (long bits = pool[w]; bits != 0; bits &= bits - 1) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    if (i == leader || coalitionOf[i] >= 0) continue;
                    double sim = cosine(leader, i, affinityMask[leader], affinityMask[i]) - identity(i, leader);
                    if (sim < s.params.get(COALITIONS_SIMILARITY)) continue;
                    if (c == null) {
                        String id = "G-" + s.spec().actors().get(leader).code();
                        c = new Coalition(uniqueId(id), all.size(), leader, s.round,
                                topIssues(leader, s.params.count(COALITIONS_CORE_ISSUES)), s.params.get(COALITIONS_INITIAL_COHESION));
                        all.add(c);
                        c.add(leader, s.round);
                        coalitionOf[leader] = c.index();
                    }
                    c.add(i, s.round);
                    coalitionOf[i] = c.index();
                }
            if (c != null) c.statePlatform(model.actors);
        }
    }

    private void swap(int j) {
        int t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
    }

    /** {@link #similarity} over all issues for two actors, with the squared norms cached for the round. */
    private double cosine(int a, int b, long maskA, long maskB) {
        double na = demandNorm2[a], nb = demandNorm2[b];
        if (na == 0 || nb == 0) return -1;
        int k = model.k;
        double dot = 0;
        for (int j = 0; j < k; j++) dot += demand[a * k + j] * demand[b * k + j];
        double cos = dot / Math.sqrt(na * nb);
        return (maskA & maskB) != 0 ? cos + model.params.get(COALITIONS_GROUP_AFFINITY) : cos;
    }

    private String uniqueId(String base) {
        String id = base;
        int n = 2;
        for (Coalition c : all) if (c.id().equals(id)) id = base + "-" + n++;
        return id;
    }

    private boolean[] topIssues(int actor, int count) {
        Negotiation s = model;
        boolean[] core = new boolean[s.k];
        for (int c = 0; c < Math.min(count, s.k); c++) {
            int best = -1;
            for (int j = 0; j < s.k; j++)
                if (!core[j] && !s.text.isDropped(j)
                        && (best < 0 || s.actors.salience(actor * s.k + j) > s.actors.salience(actor * s.k + best)))
                    best = j;
            if (best >= 0) core[best] = true;
        }
        return core;
    }

    /** Members state the platform on core issues and accept or reject together; some defect. */
    private void actAsBloc(Coalition c) {
        Negotiation s = model;
        int k = s.k;
        double yes = 0, total = 0;
        for (int i : c.memberView()) {
            total += s.actors.capability(i);
            if (s.actors.accepts(i)) yes += s.actors.capability(i);
        }
        boolean blocAccepts = yes >= s.params.get(COALITIONS_BLOC_THRESHOLD) * total;
        for (int idx = c.memberView().size() - 1; idx >= 0; idx--) {
            int i = c.memberView().get(idx);
            if (s.actors.walkedOut(i)) continue;
            if (s.actors.accepts(i) != blocAccepts && s.random.nextDouble() >= c.cohesion()) {
                leave(c, i);
                continue;
            }
            s.actors.followBloc(i, blocAccepts, c);
        }
        if (c.memberView().size() < 2) dissolve(c);
        else if (coalitionOf[c.leader()] != c.index()) c.passLeadership(strongest(c));
    }

    private void leave(Coalition c, int actor) {
        c.remove(actor);
        coalitionOf[actor] = -1;
    }

    private void dissolve(Coalition c) {
        for (int i : c.memberView()) coalitionOf[i] = -1;
        c.dissolve();
    }

    private int strongest(Coalition c) {
        int best = c.memberView().get(0);
        for (int i : c.memberView()) if (model.actors.capability(i) > model.actors.capability(best)) best = i;
        return best;
    }
}
