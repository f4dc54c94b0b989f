package vn.gov.qlvb.incoming.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** The document's own steps through presenting, direction and completion (III.1.m), in order only. */
class IncomingHandlingStepsTest {

    private final Fixture f = new Fixture();

    static void assertConflict(String code, Executable action) {
        RuleViolation v = assertThrows(RuleViolation.class, action);
        assertEquals(code, v.code());
        assertEquals(RuleViolation.Kind.CONFLICT, v.kind());
    }

    @Test
    void IIIm_aRegisteredDocumentIsPresentedOnceToItsLeader() {
        IncomingDocument d = f.registered();
        d.present(f.chairman.getId(), Fixture.NOW);
        assertEquals(IncomingStatus.PRESENTED, d.getStatus());
        assertEquals(f.chairman.getId(), d.getPresentedToId());
        assertNotNull(d.getPresentedAt());
        assertConflict("incoming.alreadyPresented", () -> d.present(null, Fixture.NOW));
    }

    @Test
    void IIIm_aDocumentNotYetRegisteredIsNotPresented() {
        IncomingDocument arrived =
                IncomingDocument.arrived(f.province, f.details(), "X-1", Fixture.ARRIVAL, Fixture.NOW);
        assertConflict("incoming.notRegistered", () -> arrived.present(null, Fixture.NOW));
    }

    @Test
    void IIIm_directionComesAfterPresentingAndOnlyOnce() {
        IncomingDocument registered = f.registered();
        assertConflict("incoming.notPresented", () -> registered.direct(10, null, Fixture.NOW));

        IncomingDocument d = f.presented();
        d.direct(f.chairman.getId(), "  Giao Phòng Tổng hợp  ", Fixture.NOW);
        assertEquals(IncomingStatus.DIRECTED, d.getStatus());
        assertEquals("Giao Phòng Tổng hợp", d.getDirectionComment());
        assertEquals(f.chairman.getId(), d.getDirectedById());
        assertConflict("incoming.alreadyDirected", () -> d.direct(f.chairman.getId(), null, Fixture.NOW));
    }

    @Test
    void aDirectionCommentLongerThan2000CharactersIsRefused() {
        IncomingDocument d = f.presented();
        assertRefused("field.tooLong", "comment", () -> d.direct(10, "ư".repeat(2001), Fixture.NOW));
        assertEquals(IncomingStatus.PRESENTED, d.getStatus());
    }

    @Test
    void IIIm_handlingStartsTheWorkAndTheLeadCompletesOnce() {
        IncomingDocument presented = f.presented();
        assertConflict("incoming.notDirected", () -> presented.complete(Fixture.NOW));
        assertConflict("incoming.notDirected", () -> presented.startHandling(Fixture.NOW));

        IncomingDocument d = f.directed();
        d.startHandling(Fixture.NOW);
        assertEquals(IncomingStatus.IN_PROGRESS, d.getStatus());
        d.complete(Fixture.NOW);
        assertEquals(IncomingStatus.COMPLETED, d.getStatus());
        assertNotNull(d.getCompletedAt());
        assertConflict("incoming.alreadyCompleted", () -> d.complete(Fixture.NOW));
        assertConflict("incoming.alreadyCompleted", d::requireHandling);
    }
}
