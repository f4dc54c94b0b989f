package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row holding the last position and hash of the evidence log; locked
 * ({@code PESSIMISTIC_WRITE}) to append, so positions have no gaps and each entry chains to the
 * one before even with several nodes.
 */
@Entity
@Table(name = "qlvb_exchange_chain_head")
public class ChainHead {

    /** The id of the only row. */
    public static final int ONLY = 1;

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected ChainHead() {}

    public long getLastPosition() {
        return lastPosition;
    }

    public String getLastHash() {
        return lastHash;
    }

    void advance(long position, String hash) {
        if (position != lastPosition + 1) {
            throw new IllegalStateException("evidence positions must follow each other");
        }
        this.lastPosition = position;
        this.lastHash = hash;
    }
}
