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
 *
 * <p>Documents sent electronically by other agencies of the deployment (today: {@code outgoing})
 * enter through {@link vn.gov.qlvb.incoming.boundary.IncomingArrivals} as {@code ARRIVED}, with the
 * exact files sent; the recipient registers or refuses them, the issuer may recall them (frozen,
 * out of the lists). Every step on such a document publishes {@link
 * vn.gov.qlvb.incoming.entity.ArrivalStatusChanged} in its transaction, so the sender follows it
 * without this capability depending on the sender.
 */
package vn.gov.qlvb.incoming;
