package org.ministerial.model;

import org.ministerial.batch.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the builder fills in, what it requires and what a spec refuses. */
class NegotiationSpecTest {
    private final NegotiationSpec base = Fixtures.spec(List.of());

    @Test
    void optionalPartsDefaultToNone() {
        assertTrue(base.ngos().isEmpty());
        assertTrue(base.events().isEmpty());
        assertTrue(base.references().isEmpty());
        assertSame(MeetingContext.NONE, base.context());
        assertSame(InputUncertainty.NONE, base.inputs());
    }

    @Test
    void aMissingRequiredPartIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> base.toBuilder().rule(null).build());
        assertEquals("rule", e.getMessage());
    }

    @Test
    void withParametersChangesOnlyTheParameters() {
        Parameters p = Parameters.of(Map.of("chair.mediation", 0.55));
        NegotiationSpec changed = base.withParameters(p);
        assertSame(p, changed.parameters());
        assertEquals(base.actors(), changed.actors());
        assertSame(base.ngos(), changed.ngos());
        assertEquals(base.chair(), changed.chair());
    }

    @Test
    void organisationsLaidOutForOtherIssuesAreRefused() {
        NgoSpec ngo = new NgoSpec("N", "N", 0, true, false, "", "", 0.5, new double[] {1}, new int[0]);
        Organisations oneIssue = Organisations.of(List.of(ngo), 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NegotiationSpec(base.name(), base.issues(), base.actors(), base.groups(), base.networks(),
                        oneIssue, base.chair(), base.calendar(), base.events(), base.rule(), base.parameters(),
                        base.references(), base.context(), base.inputs()));
        assertTrue(e.getMessage().contains("laid out for other issues"), e.getMessage());
    }

    @Test
    void anOrganisationWithoutOneStancePerIssueIsRefused() {
        NgoSpec ngo = new NgoSpec("N", "N", 0, true, false, "", "", 0.5, new double[] {1}, new int[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.toBuilder().ngos(List.of(ngo)).build());
        assertTrue(e.getMessage().contains("one stance per issue"), e.getMessage());
    }
}
