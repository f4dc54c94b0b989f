package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The HMAC signature of a partner call accepted recently: the same signature again (a replayed
 * call within the five-minute window) is refused. Rows older than twice the window are deleted
 * every minute ({@code SeenCallPurge}).
 */
@Entity
@Table(name = "qlvb_exchange_seen_call")
public class SeenCall {

    @Id
    @Column(name = "signature", length = 64, updatable = false)
    private String signature;

    @Column(name = "system_id", length = 100, nullable = false, updatable = false)
    private String systemId;

    @Column(name = "seen_at", nullable = false, updatable = false)
    private Instant seenAt;

    protected SeenCall() {}

    public SeenCall(String signature, String systemId, Instant seenAt) {
        this.signature = signature;
        this.systemId = systemId;
        this.seenAt = seenAt;
    }
}
