package vn.gov.qlvb.exchange.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retry bookkeeping of the outbox: backoff 30 s, 2 min, 20 min, then hourly, up to a limit. */
class OutboxMessageTest {

    private static final List<Duration> DELAYS =
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(20), Duration.ofHours(1));
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static OutboxMessage message() {
        EdxmlPackage status = EdxmlPackage.status(
                new StatusHeader(
                        Organ.of("000.00.00.H99", "UBND tỉnh Mẫu"),
                        new ResponseFor("000.00.00.H41", "1/UBND", "2026/11/20", "000.00.00.H41,2026/11/20,1/UBND"),
                        null,
                        ExchangeStatus.REGISTERED,
                        "",
                        LocalDateTime.of(2026, 11, 23, 8, 0)),
                List.of());
        return new OutboxMessage(status, "nghean", "000.00.00.H41", null, 1, T0);
    }

    @Test
    void failuresWaitThirtySecondsTwoMinutesTwentyMinutesThenHourly() {
        OutboxMessage m = message();
        m.failed("down", false, DELAYS, 10, T0);
        assertEquals(T0.plusSeconds(30), m.getNextAttemptAt());
        m.failed("down", false, DELAYS, 10, T0);
        assertEquals(T0.plus(Duration.ofMinutes(2)), m.getNextAttemptAt());
        m.failed("down", false, DELAYS, 10, T0);
        assertEquals(T0.plus(Duration.ofMinutes(20)), m.getNextAttemptAt());
        m.failed("down", false, DELAYS, 10, T0);
        assertEquals(T0.plus(Duration.ofHours(1)), m.getNextAttemptAt());
        m.failed("down", false, DELAYS, 10, T0);
        assertEquals(T0.plus(Duration.ofHours(1)), m.getNextAttemptAt());
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(5, m.getAttempts());
    }

    @Test
    void theLastAllowedAttemptMakesItDeadAndAResendStartsAgain() {
        OutboxMessage m = message();
        for (int i = 0; i < 3; i++) {
            m.failed("down", false, DELAYS, 3, T0);
        }
        assertEquals(OutboxState.DEAD, m.getState());
        assertThrows(IllegalStateException.class, () -> m.failed("again", false, DELAYS, 3, T0));
        m.resend(T0.plusSeconds(5));
        assertEquals(OutboxState.PENDING, m.getState());
        assertEquals(0, m.getAttempts());
        assertEquals(T0.plusSeconds(5), m.getNextAttemptAt());
    }

    @Test
    void aRefusalWithACodeIsDeadAtOnce() {
        OutboxMessage m = message();
        m.failed("HTTP 400 SIGNATURE_INVALID", true, DELAYS, 30, T0);
        assertEquals(OutboxState.DEAD, m.getState());
        assertEquals(1, m.getAttempts());
    }

    @Test
    void deliveredOnceAndOnlyWhilePending() {
        OutboxMessage m = message();
        m.delivered("doc-1", T0);
        assertEquals(OutboxState.DELIVERED, m.getState());
        assertEquals("doc-1", m.getRemoteDocId());
        assertThrows(IllegalStateException.class, () -> m.delivered("doc-2", T0));
        assertThrows(IllegalStateException.class, () -> m.resend(T0), "only a dead package is resent");
    }

    @Test
    void statusesOfOneDocumentAndRecipientShareTheirDeliveryKey() {
        assertEquals("000.00.00.H41,2026/11/20,1/UBND|000.00.00.H41", message().getDeliveryKey());
    }
}
