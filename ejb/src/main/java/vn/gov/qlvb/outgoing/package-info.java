/**
 * Outgoing documents (văn bản đi, Decree 30, Art. 10–19): drafting with versioned files, the
 * review chain and opinion collection, the signer's signature, numbering and issue by the clerk,
 * the agency's signature, dispatch to recipients with their status, recall, recipient updates
 * and replacement, the outgoing register and the handling report.
 *
 * <p>Invariants: a draft is seen only by its drafting chain (author, the drafting unit's head,
 * its reviewers, its signer, those asked for an opinion, and the agency's clerks once it is
 * approved), and by nobody else, also not by a guessed id; the lifecycle ({@link
 * vn.gov.qlvb.outgoing.entity.OutgoingStatus}) is enforced by {@link
 * vn.gov.qlvb.outgoing.entity.OutgoingDocument}, which refuses steps out of order with coded
 * {@link vn.gov.qlvb.platform.entity.RuleViolation}s; issue numbers come from {@code registers}'
 * {@code Numbering} in the issuing transaction (no gap, no repeat; own series for secret
 * documents and per type of legal normative document); every version of the main file is kept;
 * every step goes into the document's hash-chained history; secret documents never go to a
 * recipient outside the issuing agency.
 *
 * <p>Uses {@code organisations} (callers, people, units, delegations), {@code registers},
 * {@code files}, {@code reports}, and {@code incoming}'s boundary to hand internal recipients
 * their copy ({@code IncomingArrivals}); it follows those copies by observing {@code incoming}'s
 * {@code ArrivalStatusChanged} event, so {@code incoming} never depends on it. The cryptography
 * sits behind {@code control.DocumentSignatures}, the one class that talks to the signing capability.
 */
package vn.gov.qlvb.outgoing;
