package vn.gov.qlvb.web.outgoing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.outgoing.boundary.OutgoingDispatch;
import vn.gov.qlvb.outgoing.boundary.OutgoingDrafting;
import vn.gov.qlvb.outgoing.boundary.OutgoingIssue;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries;
import vn.gov.qlvb.outgoing.boundary.OutgoingRegisterPrinting;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.OpinionAnswer;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingEvent;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/outgoing}: outgoing documents of the caller's agency, with the same access
 * rules as the pages (a draft is seen by its drafting chain only; anyone else gets 404
 * {@code outgoing.notFound}).
 *
 * <ul>
 *   <li>{@code GET outgoing?list=MY_DRAFTS|TO_REVIEW|TO_SIGN|TO_ISSUE|OPINIONS|ISSUED} — work lists;
 *   <li>{@code POST outgoing}, {@code PUT outgoing/{id}} — a draft and its changes;
 *   <li>{@code POST outgoing/{id}/versions} (multipart, part {@code file}), {@code GET …/versions},
 *       {@code GET …/versions/{n}/file} — versions of the main file;
 *   <li>{@code POST outgoing/{id}/submit|approve|return|comment} — the review chain;
 *   <li>{@code POST outgoing/{id}/opinions}, {@code GET …/opinions}, {@code POST
 *       outgoing/opinions/{oid}/answer|extend}, {@code POST outgoing/{id}/opinions/summary};
 *   <li>{@code POST outgoing/{id}/sign} ({@code pin}), {@code …/issue} ({@code registerId}
 *       optional), {@code …/agency-signature} — signing, numbering and sealing (dispatches);
 *   <li>{@code GET outgoing/{id}/recipients} — the per-recipient status table;
 *   <li>{@code POST outgoing/{id}/recall|recipients|replace} — corrections after dispatch;
 *   <li>{@code GET outgoing/{id}/history}, {@code GET outgoing/answering/{incomingId}};
 *   <li>{@code GET outgoing/register.pdf|xlsx?registerId=&from=&to=},
 *       {@code GET outgoing/handling-report.pdf|xlsx?from=&to=}.
 * </ul>
 */
@RequestScoped
@Path("outgoing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutgoingResource {

    /** One page of documents with the size of the whole result. */
    public record OutgoingPage(List<OutgoingJson> items, long total, int first, int size) {}

    /** One entry of a document's timeline. */
    public record EventJson(
            Long id, Instant at, String action, String actor, String onBehalfOf, String detail, String hash) {

        static EventJson of(OutgoingEvent e) {
            return new EventJson(
                    e.getId(),
                    e.getAt(),
                    e.getAction().name(),
                    e.getActorName(),
                    e.getOnBehalfOfName(),
                    e.getDetail(),
                    e.getHash());
        }
    }

    /** A comment, a reason or a note. */
    public record TextBody(String comment, String reason) {}

    /** The signer's PIN that unlocks their key. */
    public record SignBody(String pin) {}

    /** The register to number in (optional: the series' usual register). */
    public record IssueBody(Long registerId) {}

    /** Whom to ask for an opinion, by when. */
    public record OpinionsBody(List<Long> personIds, List<Long> unitIds, LocalDate deadline) {}

    /** An answer to a request for opinion. */
    public record AnswerBody(OpinionAnswer answer, String comment) {}

    /** A later deadline. */
    public record ExtendBody(LocalDate deadline) {}

    /** Recipients to add and to remove, by OrganId. */
    public record RecipientsBody(List<String> add, List<String> remove) {}

    @Inject
    OutgoingDrafting drafting;

    @Inject
    OutgoingIssue issuing;

    @Inject
    OutgoingDispatch dispatch;

    @Inject
    OutgoingQueries queries;

    @Inject
    OutgoingRegisterPrinting printing;

    @GET
    public OutgoingPage list(
            @QueryParam("list") @DefaultValue("MY_DRAFTS") OutgoingQueries.WorkList list,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<OutgoingDocument> page = queries.list(list, first, size);
        return new OutgoingPage(
                page.items().stream().map(OutgoingJson::of).toList(), page.total(), page.first(), page.size());
    }

    /** A new draft of the caller's unit. */
    @POST
    public Response create(OutgoingJson body, @Context UriInfo uri) {
        OutgoingDocument created = drafting.create(required(body).form());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(OutgoingJson.of(created))
                .build();
    }

    @GET
    @Path("{id: \\d+}")
    public OutgoingJson get(@PathParam("id") long id) {
        return OutgoingJson.of(queries.open(id));
    }

    @PUT
    @Path("{id: \\d+}")
    public OutgoingJson update(@PathParam("id") long id, OutgoingJson body) {
        return OutgoingJson.of(drafting.update(id, required(body).form()));
    }

    /** A new version of the main file: {@code multipart/form-data} with a part {@code file}. */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id, @FormParam("file") EntityPart file, @Context UriInfo uri)
            throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("field.required", "file");
        }
        try (InputStream content = file.getContent()) {
            DraftVersion version = drafting.addVersion(id, file.getFileName().orElse(null), content);
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(String.valueOf(version.getNumber()))
                            .build())
                    .entity(OutgoingJson.VersionJson.of(version))
                    .build();
        }
    }

    /**
     * An attachment in a separate file (phụ lục): {@code multipart/form-data} with a part
     * {@code file}; the document's attachments, numbered from 1.
     */
    @POST
    @Path("{id}/annexes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addAnnex(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("field.required", "file");
        }
        try (InputStream content = file.getContent()) {
            drafting.addAnnex(id, file.getFileName().orElse(null), content);
        }
        return Response.status(Response.Status.CREATED)
                .entity(OutgoingJson.annexesOf(queries.find(id)))
                .build();
    }

    /** An attachment's file (the agency-signed copy once signed); the opening is recorded. */
    @GET
    @Path("{id}/annexes/{number}/file")
    @Produces(MediaType.WILDCARD)
    public Response openAnnex(@PathParam("id") long id, @PathParam("number") int number) {
        return vn.gov.qlvb.web.platform.FileResponses.inline(queries.openAnnex(id, number));
    }

    @GET
    @Path("{id}/versions")
    public List<OutgoingJson.VersionJson> versions(@PathParam("id") long id) {
        return queries.versions(id).stream().map(OutgoingJson.VersionJson::of).toList();
    }

    /** A version's file, shown in the browser (PDF inline); the opening is recorded. */
    @GET
    @Path("{id}/versions/{number}/file")
    @Produces(MediaType.WILDCARD)
    public Response open(@PathParam("id") long id, @PathParam("number") int number) {
        return vn.gov.qlvb.web.platform.FileResponses.inline(queries.openVersion(id, number));
    }

    @POST
    @Path("{id}/submit")
    public OutgoingJson submit(@PathParam("id") long id) {
        return OutgoingJson.of(drafting.submit(id));
    }

    @POST
    @Path("{id}/approve")
    public OutgoingJson approve(@PathParam("id") long id, TextBody body) {
        return OutgoingJson.of(drafting.approve(id, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/return")
    public OutgoingJson giveBack(@PathParam("id") long id, TextBody body) {
        return OutgoingJson.of(drafting.giveBack(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/comment")
    public OutgoingJson comment(@PathParam("id") long id, TextBody body) {
        return OutgoingJson.of(drafting.comment(id, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/opinions")
    public List<OutgoingJson.OpinionJson> requestOpinions(@PathParam("id") long id, OpinionsBody body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return drafting.requestOpinions(id, body.personIds(), body.unitIds(), body.deadline()).stream()
                .map(OutgoingJson.OpinionJson::of)
                .toList();
    }

    @GET
    @Path("{id}/opinions")
    public List<OutgoingJson.OpinionJson> opinions(@PathParam("id") long id) {
        return drafting.opinions(id).stream().map(OutgoingJson.OpinionJson::of).toList();
    }

    @POST
    @Path("{id}/opinions/summary")
    public OutgoingJson summarise(@PathParam("id") long id) {
        return OutgoingJson.of(drafting.summariseOpinions(id));
    }

    @POST
    @Path("opinions/{oid}/answer")
    public OutgoingJson.OpinionJson answer(@PathParam("oid") long oid, AnswerBody body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return OutgoingJson.OpinionJson.of(drafting.answerOpinion(oid, body.answer(), body.comment()));
    }

    @POST
    @Path("opinions/{oid}/extend")
    public OutgoingJson.OpinionJson extend(@PathParam("oid") long oid, ExtendBody body) {
        return OutgoingJson.OpinionJson.of(drafting.extendOpinion(oid, body == null ? null : body.deadline()));
    }

    /** The signer signs the approved draft with the PIN of their key. */
    @POST
    @Path("{id}/sign")
    public OutgoingJson sign(@PathParam("id") long id, SignBody body) {
        char[] pin =
                body == null || body.pin() == null ? new char[0] : body.pin().toCharArray();
        try {
            return OutgoingJson.of(issuing.sign(id, pin));
        } finally {
            java.util.Arrays.fill(pin, '\0');
        }
    }

    /** The signer's certificate chain (Base64 DER, the signer's first) for an external signature. */
    public record PrepareBody(List<String> certificateChain) {}

    /** What the external key must sign. */
    public record PreparedJson(String preparationId, String dataToSign, String signatureAlgorithm) {}

    /** The value the external key computed, in Base64. */
    public record CompleteBody(String preparationId, String signatureValue) {}

    /**
     * First step of a signature with an external key (USB token, remote signing service): what
     * the key must sign ({@code dataToSign}, Base64) and with which algorithm.
     */
    @POST
    @Path("{id}/sign/prepare")
    public PreparedJson prepareSignature(@PathParam("id") long id, PrepareBody body) {
        if (body == null || body.certificateChain() == null) {
            throw RuleViolation.invalid("field.required", "certificateChain");
        }
        java.util.List<byte[]> chain =
                body.certificateChain().stream().map(OutgoingResource::base64).toList();
        vn.gov.qlvb.signing.entity.ExternalSignature prepared = issuing.prepareSignature(id, chain);
        return new PreparedJson(
                prepared.id(),
                java.util.Base64.getEncoder().encodeToString(prepared.dataToSign()),
                prepared.signatureAlgorithm());
    }

    /** Second step: the signature value completes the signer's signature. */
    @POST
    @Path("{id}/sign/complete")
    public OutgoingJson completeSignature(@PathParam("id") long id, CompleteBody body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return OutgoingJson.of(issuing.completeSignature(
                id, body.preparationId(), body.signatureValue() == null ? null : base64(body.signatureValue())));
    }

    private static byte[] base64(String text) {
        try {
            return java.util.Base64.getDecoder().decode(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("request.malformed", null);
        }
    }

    /** The clerk numbers, dates and registers the signed document. */
    @POST
    @Path("{id}/issue")
    public OutgoingJson issue(@PathParam("id") long id, IssueBody body) {
        return OutgoingJson.of(issuing.issue(id, body == null ? null : body.registerId()));
    }

    /** The clerk applies the agency signature; the document goes to its recipients. */
    @POST
    @Path("{id}/agency-signature")
    public OutgoingJson agencySignature(@PathParam("id") long id) {
        return OutgoingJson.of(issuing.applyAgencySignature(id));
    }

    @GET
    @Path("{id}/recipients")
    public List<OutgoingJson.RecipientJson> recipients(@PathParam("id") long id) {
        return dispatch.recipients(id).stream()
                .map(OutgoingJson.RecipientJson::of)
                .toList();
    }

    @POST
    @Path("{id}/recall")
    public OutgoingJson recall(@PathParam("id") long id, TextBody body) {
        return OutgoingJson.of(dispatch.recall(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/recipients")
    public OutgoingJson updateRecipients(@PathParam("id") long id, RecipientsBody body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return OutgoingJson.of(dispatch.updateRecipients(id, body.add(), body.remove()));
    }

    /** Starts the draft that will replace a dispatched document. */
    @POST
    @Path("{id}/replace")
    public Response replace(@PathParam("id") long id, @Context UriInfo uri) {
        OutgoingDocument draft = dispatch.replace(id);
        return Response.created(uri.getBaseUriBuilder()
                        .path("outgoing")
                        .path(String.valueOf(draft.getId()))
                        .build())
                .entity(OutgoingJson.of(draft))
                .build();
    }

    @GET
    @Path("{id}/history")
    public List<EventJson> history(@PathParam("id") long id) {
        return queries.timeline(id).stream().map(EventJson::of).toList();
    }

    /** The check of the document's hash-chained timeline: entries read, the first changed one. */
    @GET
    @Path("{id}/history/verification")
    public vn.gov.qlvb.platform.entity.ChainCheck historyCheck(@PathParam("id") long id) {
        return queries.historyCheck(id);
    }

    /** The documents that answer the incoming document {@code incomingId}. */
    @GET
    @Path("answering/{incomingId}")
    public List<OutgoingJson> answering(@PathParam("incomingId") long incomingId) {
        return queries.answering(incomingId).stream().map(OutgoingJson::of).toList();
    }

    /** Sổ đăng ký văn bản đi of a register for a period, as {@code pdf} or {@code xlsx}. */
    @GET
    @Path("register.{format:pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response printRegister(
            @PathParam("format") String format,
            @QueryParam("registerId") Long registerId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (registerId == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        OutgoingRegisterPrinting.Format f = OutgoingRegisterPrinting.Format.ofExtension(format);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        printing.print(registerId, from, to, f, buffer);
        return printed(buffer, f, "so-van-ban-di-" + from + "-" + to + "." + format);
    }

    /** Báo cáo tình hình giải quyết văn bản đi for a period, as {@code pdf} or {@code xlsx}. */
    @GET
    @Path("handling-report.{format:pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response printHandlingReport(
            @PathParam("format") String format, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        OutgoingRegisterPrinting.Format f = OutgoingRegisterPrinting.Format.ofExtension(format);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        printing.printHandlingReport(from, to, f, buffer);
        return printed(buffer, f, "bao-cao-giai-quyet-van-ban-di-" + from + "-" + to + "." + format);
    }

    private static Response printed(ByteArrayOutputStream buffer, OutgoingRegisterPrinting.Format f, String name) {
        return Response.ok(buffer.toByteArray(), f.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .build();
    }

    private static OutgoingJson required(OutgoingJson body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return body;
    }
}
