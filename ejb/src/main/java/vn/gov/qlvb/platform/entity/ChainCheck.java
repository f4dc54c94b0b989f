package vn.gov.qlvb.platform.entity;

/**
 * The check of a hash-chained history (a document's timeline): how many entries were read and
 * the first one that is changed or out of the chain.
 *
 * @param entries the entries checked
 * @param firstBrokenEntry the id of the first entry that does not verify, or {@code null}
 * @param intact whether every entry verifies
 */
public record ChainCheck(int entries, Long firstBrokenEntry, boolean intact) {

    public static ChainCheck intact(int entries) {
        return new ChainCheck(entries, null, true);
    }

    public static ChainCheck brokenAt(int entries, long firstBrokenEntry) {
        return new ChainCheck(entries, firstBrokenEntry, false);
    }
}
