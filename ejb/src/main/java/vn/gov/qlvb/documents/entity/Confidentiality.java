package vn.gov.qlvb.documents.entity;

/**
 * Độ mật. Secret documents are never sent over the network, are numbered in their own series,
 * and are visible only to the clerk and the people they are assigned to.
 */
public enum Confidentiality {
    /** Not classified. */
    NONE,
    /** Mật. */
    SECRET,
    /** Tối mật. */
    TOP_SECRET,
    /** Tuyệt mật. */
    ABSOLUTE_SECRET;

    public boolean isSecret() {
        return this != NONE;
    }
}
