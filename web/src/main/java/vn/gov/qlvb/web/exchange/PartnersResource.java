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
 * administrator), and {@code POST partners/evidence/verification}: the check of the evidence
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

    @POST
    @Path("evidence/verification")
    public ChainReport verifyEvidence() {
        return audit.verifyChain();
    }
}
