package vn.gov.qlvb.web.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.ChainReport;
import vn.gov.qlvb.exchange.boundary.EvidenceAudit;
import vn.gov.qlvb.exchange.boundary.ExchangePartners;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/partners}: the partner systems of the exchange (province-wide
 * administrator), {@code POST partners/{systemId}/sync-agencies} for an axis, and
 * {@code POST partners/evidence/verification}: the check of the evidence
 * log, reporting the first broken entry.
 */
@RequestScoped
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    @Inject
    ExchangePartners partners;

    @Inject
    EvidenceAudit audit;

    @Inject
    vn.gov.qlvb.exchange.boundary.PackageDispatch dispatch;

    @GET
    public List<PartnerJson> list() {
        return partners.partners().stream().map(PartnerJson::of).toList();
    }

    /** Registers a partner (201), or changes the one with that system id (200 is not distinguished). */
    @POST
    public Response register(PartnerJson body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return Response.status(Response.Status.CREATED)
                .entity(PartnerJson.of(partners.registerPartner(body.toForm())))
                .build();
    }

    @DELETE
    @Path("{systemId}")
    public PartnerJson deactivate(@PathParam("systemId") String systemId) {
        return PartnerJson.of(partners.deactivatePartner(systemId));
    }

    /**
     * Synchronises an axis partner's agency list into the directory (remote agencies routed
     * through it); {@code register=true} also registers our hosted agencies the axis lacks.
     */
    @POST
    @Path("{systemId}/sync-agencies")
    public vn.gov.qlvb.exchange.boundary.AgencySyncReport syncAgencies(
            @PathParam("systemId") String systemId, @jakarta.ws.rs.QueryParam("register") boolean register) {
        return partners.syncAgencies(systemId, register);
    }

    /** A package of the outbox as the administrator sees it. */
    public record OutboxJson(
            long id,
            String kind,
            String partnerSystemId,
            String recipientOrganId,
            String documentId,
            String statusCode,
            String state,
            int attempts,
            java.time.Instant nextAttemptAt,
            String lastError,
            String remoteDocId) {

        static OutboxJson of(vn.gov.qlvb.exchange.entity.OutboxMessage m) {
            return new OutboxJson(
                    m.getId(),
                    m.getKind().name(),
                    m.getPartnerSystemId(),
                    m.getRecipientOrganId(),
                    m.getDocumentId(),
                    m.getStatusCode(),
                    m.getState().name(),
                    m.getAttempts(),
                    m.getNextAttemptAt(),
                    m.getLastError(),
                    m.getRemoteDocId());
        }
    }

    /** The outbox: {@code state=PENDING} (waiting) or {@code DEAD} (the dead-letter list, default). */
    @GET
    @Path("outbox")
    public List<OutboxJson> outbox(@jakarta.ws.rs.QueryParam("state") String state) {
        var messages = "PENDING".equals(state) ? dispatch.pending() : dispatch.deadLetters();
        return messages.stream().map(OutboxJson::of).toList();
    }

    /** A package pulled from an axis and refused here. */
    public record PulledRefusalJson(
            String axisSystemId,
            String axisDocId,
            String documentId,
            String code,
            String message,
            String packageSha256,
            long packageSize,
            java.time.Instant refusedAt,
            java.time.Instant acknowledgedAt) {

        static PulledRefusalJson of(vn.gov.qlvb.exchange.entity.PulledRefusal r) {
            return new PulledRefusalJson(
                    r.getAxisSystemId(),
                    r.getAxisDocId(),
                    r.getDocumentId(),
                    r.getCode().name(),
                    r.getMessage(),
                    r.getPackageSha256(),
                    r.getPackageSize(),
                    r.getRefusedAt(),
                    r.getAcknowledgedAt());
        }
    }

    /** The packages pulled from an axis and refused here, the latest first. */
    @GET
    @Path("refusals")
    public List<PulledRefusalJson> pulledRefusals() {
        return dispatch.pulledRefusals().stream().map(PulledRefusalJson::of).toList();
    }

    /** Sends a dead package again. */
    @POST
    @Path("outbox/{id}/resend")
    public OutboxJson resend(@PathParam("id") long id) {
        return OutboxJson.of(dispatch.resend(id));
    }

    /**
     * The trail of a document between agencies: {@code documentId} is its DocumentId, or a part of
     * it such as the number and notation.
     */
    @GET
    @Path("evidence")
    public List<vn.gov.qlvb.exchange.boundary.TrailEntry> trail(
            @jakarta.ws.rs.QueryParam("documentId") String documentId) {
        return audit.trail(documentId);
    }

    @POST
    @Path("evidence/verification")
    public ChainReport verifyEvidence() {
        return audit.verifyChain();
    }
}
