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

    /**
     * Checks a chain in order: each entry must verify against the one before it ({@code null}
     * for the first).
     */
    public static <E> ChainCheck of(
            java.util.List<E> entries,
            java.util.function.BiPredicate<E, E> verifiesAfter,
            java.util.function.ToLongFunction<E> id) {
        E previous = null;
        for (E e : entries) {
            if (!verifiesAfter.test(e, previous)) {
                return brokenAt(entries.size(), id.applyAsLong(e));
            }
            previous = e;
        }
        return intact(entries.size());
    }

    public static ChainCheck intact(int entries) {
        return new ChainCheck(entries, null, true);
    }

    public static ChainCheck brokenAt(int entries, long firstBrokenEntry) {
        return new ChainCheck(entries, firstBrokenEntry, false);
    }
}
