package org.ministerial.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationsTest {
    // two issues, two networks
    private static final NgoSpec FARMERS = new NgoSpec("farmers", "Farmers", 1, true, false, "peasant", "asia", 0.5,
            new double[]{-1, 0}, new int[]{0, 1});
    private static final NgoSpec UNIONS = new NgoSpec("unions", "Unions", 0, true, true, "labour", "europe", 0.2,
            new double[]{1, -1}, new int[]{0});
    private static final NgoSpec NETWORK = new NgoSpec("network", "Network", -1, true, false, "network", "global", 1,
            new double[]{0, 1}, new int[]{});

    private final Organisations orgs = Organisations.of(List.of(FARMERS, UNIONS, NETWORK), 2, 2);

    @Test
    void isTheListItWasMadeFrom() {
        assertEquals(List.of(FARMERS, UNIONS, NETWORK), orgs);
        assertEquals(orgs, List.of(FARMERS, UNIONS, NETWORK));
        assertSame(UNIONS, orgs.get(1));
        assertSame(orgs, Organisations.of(orgs, 2, 2));
        assertThrows(UnsupportedOperationException.class, () -> orgs.add(FARMERS));
    }

    @Test
    void laysOutWhatTheRoundStepReads() {
        assertArrayEquals(new double[]{-1, 0, 1, -1, 0, 1}, orgs.stance);
        assertArrayEquals(new double[]{0.5, 0.2, 1}, orgs.resources);
        // inside with a home lobbies it; outside, or without a home in the room, presses everyone
        assertArrayEquals(new int[]{1, 0, -1}, orgs.lobbiedHome);
        assertArrayEquals(new boolean[]{false, true, true}, orgs.spreads);
        assertArrayEquals(new int[]{0, 2, 3, 3}, orgs.networkStart);
        assertArrayEquals(new int[]{0, 1, 0}, orgs.networkIndex);
        assertArrayEquals(new int[]{2, 1}, orgs.networkSize);
        // network 0 holds stances (-1, 0) and (1, -1): variances 1 and 0.25, mean 0.625; network 1 has one member
        assertEquals(0.625, orgs.networkDispersion[0], 1e-12);
        assertEquals(0, orgs.networkDispersion[1], 1e-12);
    }

    @Test
    void findsAFiltersSelectionOnceAndInIndexOrder() {
        NgoFilter insiders = new NgoFilter(Set.of(), Set.of(), NgoActivity.INSIDE, Set.of());
        NgoFilter inNetworkZero = new NgoFilter(Set.of(), Set.of(), null, Set.of(0));
        NgoFilter labour = new NgoFilter(Set.of("labour"), Set.of(), null, Set.of());
        assertArrayEquals(new int[]{0, 1, 2}, orgs.selectedBy(insiders));
        assertArrayEquals(new int[]{0, 1}, orgs.selectedBy(inNetworkZero));
        assertArrayEquals(new int[]{1}, orgs.selectedBy(labour));
        assertSame(orgs.selectedBy(labour), orgs.selectedBy(new NgoFilter(Set.of("labour"), Set.of(), null, Set.of())));
    }

    @Test
    void findsAnOrganisationById() {
        assertEquals(1, orgs.indexOfId("unions"));
        assertEquals(-1, orgs.indexOfId("nobody"));
        NgoSpec unionsAgain = new NgoSpec("unions", "Unions (second entry)", -1, false, true, "labour", "asia", 0.1,
                new double[]{0, 0}, new int[]{});
        assertEquals(3, Organisations.of(List.of(FARMERS, UNIONS, NETWORK, unionsAgain), 2, 2).indexOfId("unions"));
    }

    @Test
    void rejectsStancesAndNetworksThatDoNotFit() {
        IllegalArgumentException stance = assertThrows(IllegalArgumentException.class,
                () -> Organisations.of(List.of(FARMERS), 3, 2));
        assertTrue(stance.getMessage().contains("farmers"), stance.getMessage());
        IllegalArgumentException network = assertThrows(IllegalArgumentException.class,
                () -> Organisations.of(List.of(FARMERS), 2, 1));
        assertTrue(network.getMessage().contains("network index 1"), network.getMessage());
    }
}
