package vn.gov.qlvb.incoming.control;

import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.entity.Role;

/**
 * Who may see an incoming document.
 *
 * <ol>
 *   <li>nobody outside the receiving agency, whatever their role;
 *   <li>the agency's clerks see every document of the agency, secret ones included;
 *   <li>its leaders and their secretaries see the documents that are not secret;
 *   <li>anyone the document is assigned to, in person or through their unit, and the leader it
 *       was presented to see it (secret ones included) — decided by the caller, who knows the
 *       assignments ({@code IncomingQueries.visible}).
 * </ol>
 */
public final class IncomingAccess {

    private IncomingAccess() {}

    public static boolean sees(Caller caller, IncomingDocument document, boolean assignedToCaller) {
        if (document.getAgency().getId() != caller.agencyId()) {
            return false;
        }
        if (assignedToCaller || caller.has(Role.CLERK)) {
            return true;
        }
        return !document.isSecret() && (caller.has(Role.LEADER) || caller.has(Role.SECRETARY));
    }

    /** Whether the caller sees every non-secret document of their agency in lists. */
    public static boolean seesAgencyWide(Caller caller) {
        return caller.has(Role.CLERK) || caller.has(Role.LEADER) || caller.has(Role.SECRETARY);
    }
}
