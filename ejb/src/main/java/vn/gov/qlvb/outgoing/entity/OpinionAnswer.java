package vn.gov.qlvb.outgoing.entity;

/** An answer to a request for opinion on a draft. */
public enum OpinionAnswer {
    /** Nhất trí. */
    AGREE,
    /** Không nhất trí. */
    DISAGREE,
    /** Ý kiến khác. */
    OTHER
}
