package vn.gov.qlvb.incoming.boundary;

import java.util.List;
import vn.gov.qlvb.incoming.entity.IncomingDetails;

/**
 * A document sent electronically to an agency of this deployment.
 *
 * @param receivingAgencyId the recipient agency
 * @param details the description as the sender issued it
 * @param externalId the sender's identifier of the document, unique per sender and recipient
 * @param attachmentIds the exact files sent (the signed PDF first), already in the file store
 */
public record ElectronicArrival(
        long receivingAgencyId, IncomingDetails details, String externalId, List<Long> attachmentIds) {}
