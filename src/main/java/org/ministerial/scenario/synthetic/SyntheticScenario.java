package org.ministerial.scenario.synthetic;

import ec.util.MersenneTwisterFast;
import org.ministerial.model.ActorSpec;
import org.ministerial.model.ChairSpec;
import org.ministerial.model.GroupSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.NgoSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Larger negotiations with the structure of a real one, for scaling studies (docs/performance.md). A scenario scaled
 * by a factor {@code f} seats {@code f} copies of every actor and every organisation in one room:
 * <ul>
 *   <li>copy 1 is the original, unchanged, so factor 1 returns the base scenario's actors and organisations;</li>
 *   <li>copies 2..f are clones whose positions, saliences and capabilities are jittered ({@link Jitter}); saliences
 *       are renormalised to sum to one, and each copy's capabilities are rescaled to the original total, so every
 *       copy of the room weighs the same as the original;</li>
 *   <li>clones take the original's code with the copy number appended ({@code BRA-2}); they need no ISO code;</li>
 *   <li>organisations are cloned unchanged, their home government remapped to the clone of the same copy;</li>
 *   <li>pre-existing groups keep their number and gain the clones of their members (a clone of Brazil sits in the
 *       Cairns Group), rather than being copied per copy: the model keys group affinity on at most 64 groups;</li>
 *   <li>the clone of a green-room member is invited too;</li>
 *   <li>issues, networks, calendar, events, decision rule, agenda, opening text and parameters are the base's.</li>
 * </ul>
 * The jitter is drawn from a Mersenne Twister seeded with {@code seed}, copy by copy and actor by actor, so the same
 * base, factor, seed and jitter always give the same scenario.
 *
 * <p>Replicating a real instance rather than drawing agents from scratch follows the usual practice for scaling
 * studies of agent-based models: the per-agent behaviour and the mix of agent types stay those of the calibrated
 * case, and only the population grows.
 */
public final class SyntheticScenario {
    /** Largest supported factor; far beyond what fits in memory for Cancún-sized scenarios. */
    public static final int MAX_FACTOR = 1000;

    private SyntheticScenario() {
    }

    /** The base scenario scaled by {@code factor} with the {@link Jitter#DEFAULT default jitter}. */
    public static NegotiationSpec scaled(NegotiationSpec base, int factor, long seed) {
        return scaled(base, factor, seed, Jitter.DEFAULT);
    }

    /**
     * The base scenario scaled by {@code factor}.
     *
     * @throws IllegalArgumentException if {@code factor} is outside [1, {@value #MAX_FACTOR}]
     */
    public static NegotiationSpec scaled(NegotiationSpec base, int factor, long seed, Jitter jitter) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(jitter, "jitter");
        if (factor < 1 || factor > MAX_FACTOR)
            throw new IllegalArgumentException("scale factor must be in [1, " + MAX_FACTOR + "], got " + factor);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        List<ActorSpec> actors = new ArrayList<>(base.actors());
        for (int copy = 2; copy <= factor; copy++) actors.addAll(cloneActors(base.actors(), copy, jitter, random));
        String name = factor == 1 ? base.name() : base.name() + "-x" + factor;
        return NegotiationSpec.builder().name(name).issues(base.issues()).actors(actors).groups(groups(base, factor))
                .networks(base.networks()).ngos(ngos(base, factor)).chair(chair(base.chair(), factor))
                .calendar(base.calendar()).events(base.events()).rule(base.rule()).parameters(base.parameters())
                .build();
    }

    private static List<ActorSpec> cloneActors(List<ActorSpec> originals, int copy, Jitter jitter,
                                               MersenneTwisterFast random) {
        List<ActorSpec> clones = new ArrayList<>(originals.size());
        double[] capability = new double[originals.size()];
        double originalTotal = 0, cloneTotal = 0;
        for (int i = 0; i < originals.size(); i++) {
            ActorSpec a = originals.get(i);
            capability[i] = a.capability() * Math.exp(jitter.capability() * random.nextGaussian());
            originalTotal += a.capability();
            cloneTotal += capability[i];
        }
        for (int i = 0; i < originals.size(); i++) {
            ActorSpec a = originals.get(i);
            double[] ideal = new double[a.ideal().length];
            double[] salience = new double[a.salience().length];
            for (int j = 0; j < ideal.length; j++) {
                ideal[j] = clamp01(a.ideal()[j] + jitter.position() * random.nextGaussian());
                salience[j] = a.salience()[j] * Math.exp(jitter.salience() * random.nextGaussian());
            }
            normalise(salience);
            List<String> members = a.members().stream().map(code -> suffixed(code, copy)).toList();
            clones.add(new ActorSpec(suffixed(a.code(), copy), a.name() + " (copy " + copy + ")",
                    capability[i] * originalTotal / cloneTotal, ideal, salience, a.reservationSlack(),
                    a.concessionExponent(), a.responsiveness(), members, a.developmentStatus()));
        }
        return clones;
    }

    private static List<GroupSpec> groups(NegotiationSpec base, int factor) {
        int n = base.actors().size();
        List<GroupSpec> out = new ArrayList<>(base.groups().size());
        for (GroupSpec g : base.groups()) {
            int[] members = new int[g.members().length * factor];
            for (int copy = 0; copy < factor; copy++)
                for (int m = 0; m < g.members().length; m++)
                    members[copy * g.members().length + m] = copy * n + g.members()[m];
            out.add(new GroupSpec(g.id(), g.name(), members));
        }
        return out;
    }

    private static List<NgoSpec> ngos(NegotiationSpec base, int factor) {
        int n = base.actors().size();
        List<NgoSpec> out = new ArrayList<>(base.ngos().size() * factor);
        out.addAll(base.ngos());
        for (int copy = 2; copy <= factor; copy++)
            for (NgoSpec g : base.ngos()) {
                int home = g.homeActor() < 0 ? -1 : (copy - 1) * n + g.homeActor();
                out.add(new NgoSpec(suffixed(g.id(), copy), g.name() + " (copy " + copy + ")", home, g.inside(),
                        g.outside(), g.sector(), g.region(), g.resources(), g.stance().clone(),
                        g.networks().clone(), g.country()));
            }
        return out;
    }

    private static ChairSpec chair(ChairSpec chair, int factor) {
        boolean[] room = chair.greenRoom();
        boolean[] scaled = new boolean[room.length * factor];
        for (int copy = 0; copy < factor; copy++) System.arraycopy(room, 0, scaled, copy * room.length, room.length);
        return new ChairSpec(chair.name(), chair.agenda(), scaled, chair.openingText());
    }

    private static String suffixed(String code, int copy) {
        return code + "-" + copy;
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    private static void normalise(double[] weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        if (sum > 0) for (int j = 0; j < weights.length; j++) weights[j] /= sum;
    }
}
