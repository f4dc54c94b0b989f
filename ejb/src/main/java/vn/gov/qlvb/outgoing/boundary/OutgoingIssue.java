package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.control.DocumentSignatures;
import vn.gov.qlvb.outgoing.control.OutgoingRepository;
import vn.gov.qlvb.outgoing.control.RecipientDelivery;
import vn.gov.qlvb.outgoing.control.SignerStandings;
import vn.gov.qlvb.outgoing.entity.Annex;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.Notation;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Numbering;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;
import vn.gov.qlvb.signing.entity.ExternalSignature;

/**
 * Signing, issuing and sealing (ký, cấp số, ký số cơ quan, phát hành): the signer signs the
 * approved draft; the clerk numbers, dates and registers the signed document and applies the
 * agency's signature, which sends it to its recipients. Each step makes a new version of the main
 * file and is refused, changing nothing, when it comes out of order.
 */
@Stateless
@PermitAll
public class OutgoingIssue {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OutgoingRepository documents;

    @Inject
    OutgoingHistory history;

    @Inject
    FileStorage storage;

    @Inject
    Registers registers;

    @Inject
    Numbering numbering;

    @Inject
    SignerStandings standings;

    @Inject
    DocumentSignatures signatures;

    @Inject
    RecipientDelivery delivery;

    @Resource
    SessionContext context;

    /**
     * The signer signs the approved draft with their key, unlocked by {@code pin}.
     *
     * <ol>
     *   <li>only the designated signer ({@code outgoing.notSigner}), only an approved draft
     *       ({@code outgoing.notApproved}), once ({@code outgoing.alreadySigned});
     *   <li>the form of signature (direct, KT., TM., TUQ., TL.) follows from the signer's role
     *       and delegations today;
     *   <li>the latest version must be a PDF ({@code outgoing.sign.notPdf});
     *   <li>the signed PDF becomes a new version.
     * </ol>
     */
    public OutgoingDocument sign(long id, char[] pin) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireSignable(caller.personId());
        Person signer = em.find(Person.class, caller.personId());
        SignatureAuthority block = standings.authorityOf(signer);
        DraftVersion latest =
                document.latestVersion().orElseThrow(() -> RuleViolation.conflict("outgoing.noFile", "file"));
        byte[] signed = signatures.signAsSigner(bytesOf(latest.getFile()), signer.getId(), block, pin);
        Attachment file = store(signed, baseName(latest) + "-da-ky.pdf", caller);
        Instant now = Instant.now();
        document.sign(caller.personId(), block, file, now);
        em.flush();
        history.record(
                document,
                OutgoingAction.SIGNED,
                (block.authority().isEmpty() ? "" : block.authority().replace('\n', ' ') + " ") + block.position() + " "
                        + block.signerName(),
                now);
        return document;
    }

    /**
     * First step of a signature with a key the server cannot reach (a USB token, a remote
     * signing service): the same checks as {@link #sign}, then the signing capability prepares
     * what the key must sign for the latest version, for the certificate chain the signer
     * presents (registered to them and trusted). The document remembers the preparation.
     */
    public ExternalSignature prepareSignature(long id, List<byte[]> certificateChainDer) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireSignable(caller.personId());
        if (certificateChainDer == null || certificateChainDer.isEmpty()) {
            throw RuleViolation.invalid("field.required", "certificateChain");
        }
        Person signer = em.find(Person.class, caller.personId());
        DraftVersion latest =
                document.latestVersion().orElseThrow(() -> RuleViolation.conflict("outgoing.noFile", "file"));
        ExternalSignature prepared = signatures.prepareSigner(
                bytesOf(latest.getFile()), signer.getId(), standings.authorityOf(signer), certificateChainDer);
        Instant now = Instant.now();
        document.awaitExternalSignature(caller.personId(), prepared.id(), now);
        history.record(document, OutgoingAction.SIGNATURE_PREPARED, "Phiên bản " + latest.getNumber(), now);
        return prepared;
    }

    /**
     * Second step: the value the external key computed completes the prepared signature of this
     * document ({@code outgoing.sign.preparationMismatch} for another one; the signing
     * capability refuses a wrong value or an expired preparation); the signed PDF becomes a new
     * version as with {@link #sign}.
     */
    public OutgoingDocument completeSignature(long id, String preparationId, byte[] signatureValue) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requirePreparedSignature(caller.personId(), preparationId);
        if (signatureValue == null || signatureValue.length == 0) {
            throw RuleViolation.invalid("field.required", "signatureValue");
        }
        Person signer = em.find(Person.class, caller.personId());
        SignatureAuthority block = standings.authorityOf(signer);
        DraftVersion latest = document.latestVersion().orElseThrow();
        byte[] signed = signatures.completeSigner(preparationId, signatureValue);
        Attachment file = store(signed, baseName(latest) + "-da-ky.pdf", caller);
        Instant now = Instant.now();
        document.sign(caller.personId(), block, file, now);
        em.flush();
        history.record(
                document,
                OutgoingAction.SIGNED,
                (block.authority().isEmpty() ? "" : block.authority().replace('\n', ' ') + " ") + block.position() + " "
                        + block.signerName() + " (khóa ngoài)",
                now);
        return document;
    }

    /**
     * The clerk issues the signed document: {@link #number} then {@link #stampNumber}, each in a
     * transaction of its own, so the register's number series is locked only while the number is
     * taken and stored, never while a PDF is signed. A document issued whose stamp failed (it keeps
     * its number) gets only the stamp when issued again.
     */
    @RolesAllowed(Role.Names.CLERK)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OutgoingDocument issue(long id, Long registerId) {
        OutgoingIssue self = context.getBusinessObject(OutgoingIssue.class);
        if (!self.awaitsNumberStamp(id)) {
            self.number(id, registerId);
        }
        return self.stampNumber(id);
    }

    /** Whether the document is issued and waits for its number on the PDF (the clerk's). */
    @RolesAllowed(Role.Names.CLERK)
    public boolean awaitsNumberStamp(long id) {
        return documents.visible(callers.current(), id).awaitsNumberStamp();
    }

    /**
     * Numbers, dates and registers the signed document.
     *
     * <ol>
     *   <li>only a signed document ({@code outgoing.notApproved}, {@code outgoing.notSigned},
     *       {@code outgoing.alreadyIssued});
     *   <li>the register is the given one, or by default the agency's register of its series:
     *       the secret register for a secret document, the type's own register for a legal
     *       normative document, else the ordinary one; it must keep that series;
     *   <li>the next number of the register's series for the year (Vietnam time) is taken in this
     *       transaction: a refusal gives it back, and the series is locked until it commits;
     *   <li>the number and notation ({@link Notation}) are built and recorded with the date.
     * </ol>
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingDocument number(long id, Long registerId) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireIssuable();
        Register register = registerId == null ? usualRegister(document) : registers.find(registerId);
        document.checkRegister(register);
        Instant now = Instant.now();
        int year = OutgoingDocument.issueYearOf(now);
        Agency agency = document.getAgency();
        long number = numbering.next(register, year);
        Notation notation = Notation.of(
                number,
                year,
                document.getDocumentType(),
                document.isLegalNormative(),
                agency.getShortName(),
                document.getDraftingUnit() == null
                        ? null
                        : document.getDraftingUnit().getCode());
        document.issue(register, notation, caller.personId(), now);
        history.record(
                document,
                OutgoingAction.ISSUED,
                "Số " + notation.numberAndNotation() + ", " + WHEN.format(now.atZone(OutgoingDocument.VIETNAM)) + ", "
                        + register.getName(),
                now);
        return document;
    }

    /**
     * Stamps the number, notation and issue date on the signer's signed PDF (an incremental
     * revision: the signature stays valid) as a new version.
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingDocument stampNumber(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        if (!document.awaitsNumberStamp()) {
            throw RuleViolation.conflict("outgoing.notIssued", null);
        }
        DraftVersion signed = document.latestVersion().orElseThrow();
        byte[] stamped = signatures.stampIssueNumber(
                bytesOf(signed.getFile()), document.getNotation(), document.issueDate(), placeOf(document.getAgency()));
        Attachment file = store(
                stamped, "van-ban-" + document.getNotation().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf", caller);
        Instant now = Instant.now();
        DraftVersion v = document.addNumberedVersion(file, caller.personId(), caller.fullName(), now);
        em.flush();
        history.record(
                document, OutgoingAction.VERSION_ADDED, "Phiên bản " + v.getNumber() + ": " + file.getFileName(), now);
        return document;
    }

    /**
     * The clerk applies the agency's signature to the issued document, only over the signer's
     * signature ({@code outgoing.signerSignatureMissing}, {@code outgoing.notIssued}); the sealed
     * PDF becomes a new version and goes at once to the recipients, with the attachments in
     * separate files, each PDF of them signed by the agency (number and notation, signing time).
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingDocument applyAgencySignature(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireAgencySignable();
        DraftVersion issued = document.latestVersion().orElseThrow();
        byte[] sealed = signatures.signAsAgency(
                bytesOf(issued.getFile()), document.getAgency().getId());
        Attachment file = store(sealed, baseName(issued) + "-ky-so-co-quan.pdf", caller);
        List<Attachment> signedAnnexes = new ArrayList<>();
        for (Annex annex : document.getAnnexes()) {
            if (annex.isSignable()) {
                byte[] signedAnnex = signatures.signAnnex(
                        bytesOf(annex.getFile()), document.getAgency().getId(), document.getNotation());
                signedAnnexes.add(store(signedAnnex, baseName(annex.getFile()) + "-ky-so-co-quan.pdf", caller));
            }
        }
        Instant now = Instant.now();
        document.applyAgencySignature(caller.personId(), caller.fullName(), file, signedAnnexes, now);
        em.flush();
        history.record(
                document,
                OutgoingAction.AGENCY_SIGNED,
                document.getNotation() + (signedAnnexes.isEmpty() ? "" : " (và " + signedAnnexes.size() + " phụ lục)"),
                now);
        delivery.deliver(
                document,
                document.getRecipients().stream().filter(Recipient::isActive).toList(),
                now);
        if (document.getReplaces() != null) {
            OutgoingDocument replaced = document.getReplaces();
            replaced.replacedBy(document, now);
            String reason = "Được thay thế bởi văn bản số " + document.getNotation();
            for (Recipient r : replaced.getRecipients()) {
                boolean toldByReplacement = document.getRecipients().stream()
                        .filter(Recipient::isActive)
                        .anyMatch(n -> document.replacedCopyOf(n.getAgency())
                                .filter(r::equals)
                                .isPresent());
                if (toldByReplacement) {
                    // the replacement itself withdraws the copy there; the recipient answers 15 or 16
                    r.changeSent(reason, now);
                } else if (r.getStatus().isDelivered()
                        || r.getStatus() == vn.gov.qlvb.outgoing.entity.RecipientStatus.QUEUED_FOR_EXCHANGE) {
                    delivery.withdraw(replaced, r, reason, now);
                }
            }
            history.record(replaced, OutgoingAction.REPLACED, reason, now);
            history.record(document, OutgoingAction.REPLACED, "Thay thế văn bản số " + replaced.getNotation(), now);
        }
        return document;
    }

    private Register usualRegister(OutgoingDocument document) {
        if (document.isLegalNormative() && !document.isSecret()) {
            return registers.legalNormativeSeries(document.getDocumentType());
        }
        return registers.ofMyAgency(RegisterKind.OUTGOING).stream()
                .filter(r -> r.isForSecret() == document.isSecret() && r.getLegalType() == null)
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("outgoing.register.invalid", "registerId"));
    }

    /** The place name printed before the date: the agency's locality ("Mẫu" for "… tỉnh Mẫu"). */
    static String placeOf(Agency agency) {
        String name = agency.getName();
        String lower = name.toLowerCase(Locale.forLanguageTag("vi"));
        for (String level :
                new String[] {" thành phố ", " tỉnh ", " huyện ", " quận ", " thị xã ", " xã ", " phường "}) {
            int at = lower.lastIndexOf(level);
            if (at >= 0) {
                return name.substring(at + level.length()).strip();
            }
        }
        return name;
    }

    private byte[] bytesOf(Attachment attachment) {
        try (FileContent content = storage.open(attachment.getId())) {
            return content.bytes().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Attachment store(byte[] bytes, String name, Caller caller) {
        return storage.store(name, new ByteArrayInputStream(bytes), caller.personId());
    }

    private static String baseName(DraftVersion v) {
        return baseName(v.getFile());
    }

    private static String baseName(Attachment file) {
        String n = file.getFileName();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
