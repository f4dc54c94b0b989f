package vn.gov.qlvb.outgoing.control;

import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingStatus;

/**
 * Who may see an outgoing document.
 *
 * <ol>
 *   <li>nobody outside the issuing agency, whatever their role;
 *   <li>its drafting chain: the author, the reviewers of its chain, the signer, and the heads of
 *       the drafting unit;
 *   <li>those asked for an opinion (a person, or the heads of a unit asked) — decided by the
 *       caller, who knows the requests ({@code OutgoingRepository.visible});
 *   <li>the agency's clerks once it is approved (they check its form before it is signed, and
 *       issue it), secret ones included;
 *   <li>the agency's leaders and their secretaries once it is issued, unless it is secret.
 * </ol>
 *
 * Anyone else is told it does not exist, so a guessed id reveals nothing.
 */
public final class OutgoingAccess {

    private OutgoingAccess() {}

    public static boolean sees(Caller caller, OutgoingDocument document, boolean askedForOpinion) {
        if (document.getAgency().getId() != caller.agencyId()) {
            return false;
        }
        if (document.involves(caller.personId()) || askedForOpinion) {
            return true;
        }
        if (caller.has(Role.UNIT_HEAD)
                && document.getDraftingUnit() != null
                && document.getDraftingUnit().getId().equals(caller.unitId())) {
            return true;
        }
        OutgoingStatus status = document.getStatus();
        if (caller.has(Role.CLERK)
                && (status == OutgoingStatus.APPROVED || status == OutgoingStatus.SIGNED || status.isIssued())) {
            return true;
        }
        return status.isIssued() && !document.isSecret() && (caller.has(Role.LEADER) || caller.has(Role.SECRETARY));
    }
}
