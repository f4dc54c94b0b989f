/**
 * Incoming documents (văn bản đến, Decree 30, Art. 20–24): receiving and registering with the
 * arrival number, presenting to the leader, the leader's direction (lead, coordinating,
 * informed, deadlines), handling by units and staff ({@link
 * vn.gov.qlvb.incoming.entity.Assignment}), follow-up reminders and everyone's work lists.
 *
 * <p>Invariants: nobody outside the receiving agency ever sees a document; every step is
 * recorded in the document's hash-chained history in the transaction that makes it, with the
 * person on whose behalf it was done; state changes are methods of the entities, which refuse
 * steps out of order with coded {@link vn.gov.qlvb.platform.entity.RuleViolation}s. Uses
 * {@code organisations} (callers, people, units, delegations) and {@code registers}.
 */
package vn.gov.qlvb.incoming;
