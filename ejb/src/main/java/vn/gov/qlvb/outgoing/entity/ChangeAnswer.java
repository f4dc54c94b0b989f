package vn.gov.qlvb.outgoing.entity;

/**
 * An external recipient's answer to an update (cập nhật) or a replacement (thay thế) of a
 * document sent to it: the interconnection's statuses 15 (accepted) and 16 (refused).
 */
public enum ChangeAnswer {
    /** Sent; no answer yet. */
    AWAITING,
    /** 15: applied at the recipient. */
    ACCEPTED,
    /** 16: the recipient could not apply it; the reason is kept. */
    REFUSED
}
