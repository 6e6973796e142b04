package org.ministerial.model;

import java.util.Locale;

/** Where an organisation acts: inside the venue (accredited lobbying), outside it (protest, media), or both. */
public enum NgoActivity {
    INSIDE,
    OUTSIDE,
    BOTH;

    /** The word scenario files write: {@code inside}, {@code outside} or {@code both}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it includes lobbying delegations inside the venue. */
    public boolean inside() {
        return this != OUTSIDE;
    }

    /** Whether it includes protest, parallel fora and the media outside. */
    public boolean outside() {
        return this != INSIDE;
    }

    /** Whether the organisation acts in every way this activity includes (an organisation acting in both ways acts inside). */
    public boolean actedBy(NgoSpec ngo) {
        return (!inside() || ngo.inside()) && (!outside() || ngo.outside());
    }

    /** The activity a scenario file names, or null when the word is none of them. */
    public static NgoActivity parse(String key) {
        for (NgoActivity a : values()) if (a.key().equals(key)) return a;
        return null;
    }
}
