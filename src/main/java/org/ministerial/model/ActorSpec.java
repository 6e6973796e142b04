package org.ministerial.model;

import java.util.List;

/**
 * A negotiating actor as the model receives it: a government, or a union of governments such as the European
 * Communities that negotiates with one voice. All per-issue arrays are indexed like {@link NegotiationSpec#issues()}.
 *
 * @param code               ISO 3166-1 alpha-3 code of a country, or the identifier of a union (e.g. {@code EC})
 * @param name               display name
 * @param capability         relative weight in the chair's text and in coalitions; positive
 * @param ideal              ideal position per issue, each in [0,1]
 * @param salience           salience weight per issue, non-negative and summing to 1
 * @param reservationSlack   rho0: how much more than the status quo the actor needs to accept a text
 * @param concessionExponent e in the time-dependent aspiration: e &lt; 1 Boulware, 1 linear, e &gt; 1 Conceder
 * @param responsiveness     psi: how strongly the government reacts to NGO pressure at home, in [0,1]
 * @param members            for a union, the codes of the states it speaks for; empty for a single country
 * @param developmentStatus  {@code developed}, {@code developing} or {@code ldc}
 * @param north              whether the actor sits on the North side of the North-South divide (developed, or high
 *                           income whatever its WTO status): the identity coalitions respect
 */
public record ActorSpec(String code, String name, double capability, double[] ideal, double[] salience,
                        double reservationSlack, double concessionExponent, double responsiveness,
                        List<String> members, String developmentStatus, boolean north) implements java.io.Serializable {
    public ActorSpec {
        if (!(capability > 0)) throw new IllegalArgumentException(code + ": capability must be positive");
        if (ideal.length != salience.length)
            throw new IllegalArgumentException(code + ": ideal and salience differ in length");
        if (!(concessionExponent > 0)) throw new IllegalArgumentException(code + ": concession exponent must be > 0");
        double total = 0;
        for (double w : salience) {
            if (!(w >= 0)) throw new IllegalArgumentException(code + ": a salience is negative or not a number: " + w);
            total += w;
        }
        // the derivations normalise by division, so the sum is 1 to rounding
        if (salience.length > 0 && Math.abs(total - 1) > 1e-9)
            throw new IllegalArgumentException(code + ": saliences sum to " + total + ", not 1");
        ideal = ideal.clone();
        salience = salience.clone();
        members = List.copyOf(members);
        developmentStatus = developmentStatus == null ? "" : developmentStatus;
    }

    /** An actor whose side of the North-South divide follows its development status. */
    public ActorSpec(String code, String name, double capability, double[] ideal, double[] salience,
                     double reservationSlack, double concessionExponent, double responsiveness,
                     List<String> members, String developmentStatus) {
        this(code, name, capability, ideal, salience, reservationSlack, concessionExponent, responsiveness, members,
                developmentStatus, DevelopmentStatus.isDeveloped(developmentStatus));
    }
}
