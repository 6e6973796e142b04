package org.ministerial.model;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisations of a scenario: an immutable list of their specs that also lays out, in flat arrays, what the
 * round step reads about them every round. A step then walks a few arrays in index order instead of following
 * each organisation's record to its own small arrays scattered over the heap; with a thousand organisations that
 * pointer chasing was most of the organisations' cost. Built once per scenario and shared, read-only, by every run.
 *
 * <p>As a {@link List} it equals any list of the same specs in the same order.
 */
public final class Organisations extends AbstractList<NgoSpec> implements RandomAccess, Serializable {
    private static final long serialVersionUID = 1L;

    private final NgoSpec[] specs;
    private final int issues;
    /** Per organisation, its resources {@code R_j}. */
    final double[] resources;
    /** Per organisation and issue, its stance: {@code [j * issues + k]}. */
    final double[] stance;
    /**
     * Per organisation, the government it presses at home (its home actor in the room, whatever its activity: inside
     * it lobbies the delegation, outside it raises the issue's salience at home), else -1.
     */
    final int[] lobbiedHome;
    /** Per organisation, whether it presses every delegation by visibility (outside activity, or no home in the room). */
    final boolean[] spreads;
    /** The networks of organisation j are {@code networkIndex[networkStart[j]]} to before {@code networkStart[j+1]}. */
    final int[] networkStart;
    final int[] networkIndex;
    /** Per network, its number of members. */
    final int[] networkSize;
    /** Per network, the mean over issues of the variance of its members' stances (0 for an empty network). */
    final double[] networkDispersion;
    /** The organisations each event filter selects: the same in every run, so found once and shared. */
    private final ConcurrentHashMap<NgoFilter, int[]> selections = new ConcurrentHashMap<>();
    /** Index by id (the last, if an id repeats), made on first use; a race only builds the same map twice. */
    private transient volatile Map<String, Integer> byId;

    private Organisations(List<NgoSpec> list, int issues, int networks) {
        this.specs = list.toArray(new NgoSpec[0]);
        this.issues = issues;
        int m = specs.length;
        resources = new double[m];
        stance = new double[m * issues];
        lobbiedHome = new int[m];
        spreads = new boolean[m];
        networkStart = new int[m + 1];
        for (int j = 0; j < m; j++) {
            NgoSpec g = specs[j];
            if (g.stance().length != issues)
                throw new IllegalArgumentException(g.id() + ": needs one stance per issue");
            resources[j] = g.resources();
            System.arraycopy(g.stance(), 0, stance, j * issues, issues);
            lobbiedHome[j] = g.homeActor() >= 0 ? g.homeActor() : -1;
            spreads[j] = g.outside() || g.homeActor() < 0;
            networkStart[j + 1] = networkStart[j] + g.networks().length;
        }
        networkIndex = new int[networkStart[m]];
        for (int j = 0; j < m; j++)
            System.arraycopy(specs[j].networks(), 0, networkIndex, networkStart[j], specs[j].networks().length);
        networkSize = new int[networks];
        networkDispersion = new double[networks];
        measureNetworks(networks);
    }

    /**
     * The organisations in {@code list}, laid out for {@code issues} issues and {@code networks} networks; a list
     * that already is such a layout is returned as it is.
     *
     * @throws IllegalArgumentException if an organisation's stance does not have one value per issue or it names a
     *                                  network outside [0, networks)
     */
    public static Organisations of(List<NgoSpec> list, int issues, int networks) {
        if (list instanceof Organisations o && o.laidOutFor(issues, networks)) return o;
        return new Organisations(list, issues, networks);
    }

    /** Whether this layout is for {@code issues} issues and {@code networks} networks. */
    boolean laidOutFor(int issues, int networks) {
        return this.issues == issues && networkSize.length == networks;
    }

    private void measureNetworks(int networks) {
        double[][] sum = new double[networks][issues];
        double[][] sumSq = new double[networks][issues];
        for (NgoSpec g : specs)
            for (int net : g.networks()) {
                if (net < 0 || net >= networks)
                    throw new IllegalArgumentException(g.id() + ": network index " + net + " outside [0, " + networks
                            + ")");
                networkSize[net]++;
                for (int k = 0; k < issues; k++) {
                    sum[net][k] += g.stance()[k];
                    sumSq[net][k] += g.stance()[k] * g.stance()[k];
                }
            }
        for (int net = 0; net < networks; net++) {
            if (networkSize[net] == 0) continue;
            double dispersion = 0;
            for (int k = 0; k < issues; k++) {
                double mean = sum[net][k] / networkSize[net];
                dispersion += Math.max(0, sumSq[net][k] / networkSize[net] - mean * mean);
            }
            networkDispersion[net] = dispersion / issues;
        }
    }

    /** The indices, in increasing order, of the organisations the filter selects. Do not modify the array. */
    int[] selectedBy(NgoFilter filter) {
        int[] known = selections.get(filter);
        return known != null ? known : selections.computeIfAbsent(filter, f -> {
            int count = 0;
            int[] chosen = new int[specs.length];
            for (int j = 0; j < specs.length; j++) if (f.matches(specs[j])) chosen[count++] = j;
            return java.util.Arrays.copyOf(chosen, count);
        });
    }

    /** The index of the organisation with this id (the last one, if the id repeats), or -1. */
    int indexOfId(String id) {
        Map<String, Integer> index = byId;
        if (index == null) {
            index = new HashMap<>(specs.length * 2);
            for (int j = 0; j < specs.length; j++) index.put(specs[j].id(), j);
            byId = index;
        }
        return index.getOrDefault(id, -1);
    }

    @Override
    public NgoSpec get(int index) {
        return specs[index];
    }

    @Override
    public int size() {
        return specs.length;
    }
}
