package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.PartnerHmac;
import vn.gov.qlvb.exchange.control.StatusTranslation;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.control.inbound.IncomingTranslation;
import vn.gov.qlvb.exchange.control.inbound.VerifiedPackage;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.EvidenceEntry;
import vn.gov.qlvb.exchange.entity.ExchangeReceipt;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageDirection;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.exchange.entity.PulledRefusal;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.incoming.boundary.ElectronicArrival;
import vn.gov.qlvb.incoming.boundary.IncomingArrivals;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.boundary.OutgoingTracking;
import vn.gov.qlvb.outgoing.entity.RecipientStatus;

/**
 * What partner systems call, over REST or SOAP alike (the ws endpoints are thin translations):
 * sending document and status packages, and, for systems that pull, the list of their packages,
 * a package, and its acknowledgement; and the agency list.
 *
 * <p>Every call:
 *
 * <ol>
 *   <li>is authenticated: the partner is known and active, its HMAC headers verify with its
 *       secret over the body, within five minutes, and, for a call that changes something, the same
 *       signature was not used before ({@code UNAUTHORIZED});
 *   <li>for a package: passes the ordered checks of {@link InboundPackageChecks}; the sender
 *       agency must be reached through the calling partner ({@code SENDER_MISMATCH});
 *   <li>for a package received before (same sender and document id; for a status, also the same
 *       code): answers the first receipt with {@code duplicate}, storing nothing new;
 *   <li>else keeps the exact bytes in the evidence log and a receipt per hosted addressee;
 *   <li>a document becomes an incoming document "arrived" for each addressee hosted here (a
 *       recall freezes the copies it names; a replacement also freezes the addressee's copy of
 *       the replaced document and links it to the new one, or answers 16 when it cannot); an
 *       update changes the addressee's copy and is answered 15, or 16 with the reason; a status
 *       about a document we sent updates that recipient's row of the outgoing document (15 and
 *       16 about an update or a replacement: its answer);
 *   <li>answers 01.
 * </ol>
 *
 * A refusal ({@link PackageRefusedException}) rolls everything back: nothing is stored.
 */
@Stateless
@PermitAll
public class PackageReception {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    IncomingArrivals arrivals;

    @Inject
    FileStorage storage;

    @Inject
    OutgoingTracking tracking;

    @Inject
    ExchangeStatusReporter reporter;

    /**
     * Receives a document package (sendEdoc): {@code body} is what the HMAC covers (the request
     * body as sent), {@code edxml} the package in it (the same bytes, or a multipart part).
     */
    public Receipt sendEdoc(PartnerCall call, byte[] body, byte[] edxml) {
        return receive(call, body, edxml, PackageKind.DOCUMENT);
    }

    /** Receives a status package (sendStatus); as {@link #sendEdoc}. */
    public Receipt sendStatus(PartnerCall call, byte[] body, byte[] edxml) {
        return receive(call, body, edxml, PackageKind.STATUS);
    }

    private Receipt receive(PartnerCall call, byte[] body, byte[] edxml, PackageKind expected) {
        Instant now = Instant.now();
        Partner partner = authenticate(call, body, now, true);
        return accept(partner, edxml, expected, now);
    }

    /**
     * Receives a package pulled from an axis (a document or a status, as the axis queued it):
     * the axis is authenticated by our own call, so there is no HMAC to check, but every other
     * step is a pushed package's: the ordered checks, the sender reached through that axis, a
     * duplicate answered with the first receipt. Pulls of one axis are serialised (the
     * partner's row is locked to the commit), so two nodes fetching the same package store it
     * once.
     *
     * @throws PackageRefusedException the refusal, nothing stored ({@code UNAUTHORIZED} when
     *     the axis is unknown or inactive)
     */
    public Receipt receivePulled(String axisSystemId, byte[] edxml) {
        Partner partner = repository
                .partner(axisSystemId)
                .filter(Partner::isActive)
                .orElseThrow(() -> new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "unknown partner system"));
        em.lock(partner, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return accept(partner, edxml == null ? new byte[0] : edxml, null, Instant.now());
    }

    /** The refusal of a package of this axis pulled before, if it was refused. */
    public java.util.Optional<PulledRefusal> pulledRefusal(String axisSystemId, String axisDocId) {
        return em.createQuery(
                        "SELECT r FROM PulledRefusal r WHERE r.axisSystemId = :axis AND r.axisDocId = :doc",
                        PulledRefusal.class)
                .setParameter("axis", axisSystemId)
                .setParameter("doc", axisDocId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Keeps the refusal of a pulled package (the refusal itself rolled back everything else),
     * in a transaction of its own: its code and message, the hash and size of what was fetched.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public PulledRefusal recordPulledRefusal(
            String axisSystemId, String axisDocId, String listedDocumentId, byte[] edxml, PackageRefusedException e) {
        PulledRefusal refusal = new PulledRefusal(
                axisSystemId,
                axisDocId,
                listedDocumentId,
                e.refusal(),
                e.getMessage(),
                InboundPackageChecks.sha256Hex(edxml),
                edxml.length,
                Instant.now());
        em.persist(refusal);
        return refusal;
    }

    /** The axis took our {@code fail} for this refusal. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void pulledRefusalAcknowledged(long refusalId) {
        PulledRefusal refusal = em.find(PulledRefusal.class, refusalId);
        if (refusal != null) {
            refusal.acknowledged(Instant.now());
        }
    }

    /** The package steps after authentication; {@code expected} null accepts either kind. */
    private Receipt accept(Partner partner, byte[] edxml, PackageKind expected, Instant now) {
        VerifiedPackage verified = new InboundPackageChecks(repository, repository.maxPackageBytes()).check(edxml, now);
        if (expected != null && verified.content().kind() != expected) {
            throw new PackageRefusedException(
                    PackageRefusal.SCHEMA_INVALID,
                    "a " + verified.content().kind().name().toLowerCase() + " package was sent to the "
                            + expected.name().toLowerCase() + " operation");
        }
        String sender = verified.content().senderOrganId();
        Agency senderAgency = repository.agency(sender).orElseThrow();
        if (!partner.getSystemId().equals(senderAgency.getPartnerSystemId())) {
            throw new PackageRefusedException(
                    PackageRefusal.SENDER_MISMATCH,
                    "agency " + sender + " is not reached through " + partner.getSystemId());
        }
        List<ExchangeReceipt> earlier = repository.receiptsByDedupKey(ExchangeReceipt.dedupKeyOf(verified.content()));
        // a duplicate only when every addressee hosted here got it already: the same document
        // comes once per recipient agency, in packages of its own
        java.util.Set<String> received =
                earlier.stream().map(ExchangeReceipt::getAddresseeOrganId).collect(java.util.stream.Collectors.toSet());
        if (!earlier.isEmpty() && received.containsAll(verified.hostedAddressees())) {
            return new Receipt(earlier.get(0).getDocId(), ExchangeStatus.ARRIVED.code(), true);
        }
        if (verified.content().kind() == PackageKind.DOCUMENT) {
            try {
                handOver(verified, senderAgency);
            } catch (vn.gov.qlvb.platform.entity.RuleViolation refused) {
                // a file or field our rules refuse: the package is refused as a whole, nothing kept
                throw new PackageRefusedException(
                        refused.code().startsWith("file.")
                                ? PackageRefusal.ATTACHMENT_INVALID
                                : PackageRefusal.SCHEMA_INVALID,
                        "refused by the recipient's rules: " + refused.code());
            }
        } else {
            follow(verified.content());
        }
        // the evidence log's head is locked from here to the commit: appended last, it is held briefly
        EvidenceEntry evidence = repository.appendEvidence(
                PackageDirection.RECEIVED, verified.content(), partner.getSystemId(), verified.received());
        String docId = ExchangeReceipt.newDocId();
        for (String addressee : verified.hostedAddressees()) {
            if (!received.contains(addressee)) {
                em.persist(new ExchangeReceipt(docId, verified.content(), addressee, evidence.getPosition()));
            }
        }
        em.flush();
        return new Receipt(docId, ExchangeStatus.ARRIVED.code(), false);
    }

    /**
     * A document for agencies hosted here (not those that pull) becomes an incoming document
     * "arrived" for each, with its files; a recall freezes the copies of the document it names
     * (whose recipients then report 15).
     */
    private void handOver(VerifiedPackage verified, Agency sender) {
        EdxmlPackage content = verified.content();
        if (content.businessType() == BusinessDocType.RECALL) {
            arrivals.recallFromExchange(
                    IncomingTranslation.externalIdOf(content.business().documentId()),
                    content.business().reason());
            return;
        }
        if (content.businessType() == BusinessDocType.UPDATE) {
            update(verified);
            return;
        }
        String from = sender.getName() + " (" + sender.getOrganId().value() + ")";
        for (String addressee : verified.hostedAddressees()) {
            Agency recipient = repository.agency(addressee).orElseThrow();
            if (recipient.isRemote()) {
                continue;
            }
            long uploader = clerkOf(recipient);
            List<Long> files = new ArrayList<>();
            for (PackageAttachment attachment : content.attachments()) {
                IncomingTranslation.NamedFile file = IncomingTranslation.fileOf(attachment);
                files.add(storage.store(file.name(), new ByteArrayInputStream(file.content()), uploader)
                        .getId());
            }
            IncomingDocument arrival = arrivals.acceptFromExchange(
                    new ElectronicArrival(
                            recipient.getId(),
                            IncomingTranslation.detailsOf(content.document()),
                            IncomingTranslation.externalIdOf(content.document().documentId()),
                            files),
                    from);
            if (content.businessType() == BusinessDocType.REPLACE) {
                for (Business.Replacement replaced : content.business().replacements()) {
                    if (!replaced.organIds().isEmpty() && !replaced.organIds().contains(addressee)) {
                        continue;
                    }
                    IncomingArrivals.SenderChange outcome = arrivals.replaceFromExchange(
                            IncomingTranslation.externalIdOf(replaced.documentId()), arrival);
                    // accepted: the replaced copy is frozen and its 15 goes out as for a recall
                    if (!outcome.applied()) {
                        answer(recipient, content, replaced.documentId(), outcome, ExchangeStatus.RECALL_REFUSED);
                    }
                }
            }
        }
    }

    /**
     * An update: each hosted addressee's copy of the document named takes the changes, or the
     * update is refused for it; either way the addressee answers (15 applied, 16 refused with the
     * reason) about the update package itself, so that each update is answered on its own.
     */
    private void update(VerifiedPackage verified) {
        EdxmlPackage content = verified.content();
        Business business = content.business();
        for (String addressee : verified.hostedAddressees()) {
            Agency recipient = repository.agency(addressee).orElseThrow();
            if (recipient.isRemote()) {
                continue;
            }
            IncomingArrivals.SenderChange outcome = arrivals.updateFromExchange(
                    recipient.getId(),
                    IncomingTranslation.externalIdOf(business.documentId()),
                    IncomingTranslation.detailsOf(content.document()),
                    business.infoChanged(),
                    business.receiversChanged(),
                    IncomingTranslation.noteOf(business));
            answer(
                    recipient,
                    content,
                    content.documentId(),
                    outcome,
                    outcome.applied() ? ExchangeStatus.RECALL_ACCEPTED : ExchangeStatus.RECALL_REFUSED);
        }
    }

    private void answer(
            Agency recipient,
            EdxmlPackage content,
            String aboutDocumentId,
            IncomingArrivals.SenderChange outcome,
            ExchangeStatus status) {
        vn.gov.qlvb.exchange.entity.DocumentHeader d = content.document();
        String code = d.codeNumber() + (d.codeNotation().isEmpty() ? "" : "/" + d.codeNotation());
        String issued = d.promulgationDate() == null ? "" : Edxml.DATE.format(d.promulgationDate());
        reporter.answer(recipient, aboutDocumentId, code, issued, status, outcome.refusal());
    }

    /**
     * A status about a document we sent updates that recipient's row of the outgoing document:
     * a step of its handling, or its answer to a change: 15 or 16 about an update package is the
     * answer to that update; 15 about a document is its recall (or replacement) accepted, 16 its
     * refusal.
     */
    private void follow(EdxmlPackage status) {
        ExchangeStatus code = status.status().status();
        Instant at = status.status().timestamp().atZone(Edxml.VIETNAM).toInstant();
        String why = status.status().description();
        boolean aboutUpdate = Business.isUpdateId(status.documentId());
        RecipientStatus followed = aboutUpdate ? null : StatusTranslation.followedAs(code);
        Boolean answer = StatusTranslation.changeAnswer(code);
        if (followed == null && answer == null) {
            return;
        }
        for (OutboxMessage sent : repository.sentDocuments(status.documentId(), status.senderOrganId())) {
            if (sent.getOutgoingRecipientId() == null) {
                continue;
            }
            if (followed != null) {
                tracking.followExternal(sent.getOutgoingRecipientId(), followed, why, at);
            }
            if (answer != null) {
                tracking.changeAnswered(sent.getOutgoingRecipientId(), answer, why, at, aboutUpdate);
            }
        }
    }

    /**
     * The person the received files are recorded for: the recipient agency's first clerk (the
     * files arrive for the clerk to register), else its first person.
     */
    private long clerkOf(Agency agency) {
        List<Long> clerks = em.createQuery(
                        "SELECT a.person.id FROM Account a JOIN a.roles r WHERE r = :clerk AND a.person.agency = :agency"
                                + " ORDER BY a.person.id",
                        Long.class)
                .setParameter("clerk", Role.CLERK)
                .setParameter("agency", agency)
                .setMaxResults(1)
                .getResultList();
        if (!clerks.isEmpty()) {
            return clerks.get(0);
        }
        return em.createQuery("SELECT p.id FROM Person p WHERE p.agency = :agency ORDER BY p.id", Long.class)
                .setParameter("agency", agency)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new PackageRefusedException(
                        PackageRefusal.WRONG_ADDRESSEE,
                        "agency " + agency.getOrganId().value() + " has nobody to receive"));
    }

    /** getReceivedEdocList: what the calling system has still to fetch for an agency it serves. */
    public List<ReceivedItem> receivedList(PartnerCall call, String organId) {
        Partner partner = authenticate(call, new byte[0], Instant.now(), false);
        requireServes(partner, organId);
        return repository.pendingFor(organId).stream()
                .map(r -> new ReceivedItem(
                        r.getDocId(),
                        r.getKind().name(),
                        r.getSenderOrganId(),
                        r.getDocumentId(),
                        r.getStatusCode(),
                        r.getPullStatus().name(),
                        r.getReceivedAt()))
                .toList();
    }

    /** getEdoc: the exact bytes of a package received for an agency the calling system serves. */
    public byte[] getEdoc(PartnerCall call, String docId) {
        Partner partner = authenticate(call, new byte[0], Instant.now(), false);
        ExchangeReceipt receipt = servedReceipt(partner, docId);
        return repository.packageBytes(receipt.getEvidencePosition());
    }

    /** updateStatus: the calling system took the package ({@code done}) or could not ({@code fail}). */
    public void updateStatus(PartnerCall call, byte[] body, String docId, boolean done) {
        Partner partner = authenticate(call, body, Instant.now(), true);
        servedReceipt(partner, docId).acknowledge(done);
    }

    /** getAgenciesList: every active agency of the directory. */
    public List<AgencyListing> agencies(PartnerCall call) {
        authenticate(call, new byte[0], Instant.now(), false);
        return em.createQuery(
                        "SELECT a FROM Agency a WHERE a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY a.organId.value",
                        Agency.class)
                .getResultStream()
                .map(a -> new AgencyListing(
                        a.getOrganId().value(),
                        a.getName(),
                        a.getParent() == null
                                ? null
                                : a.getParent().getOrganId().value(),
                        repository.hosts(a.getOrganId().value())))
                .toList();
    }

    private ExchangeReceipt servedReceipt(Partner partner, String docId) {
        for (ExchangeReceipt receipt : repository.receiptsByDocId(docId == null ? "" : docId)) {
            Agency addressee = repository.agency(receipt.getAddresseeOrganId()).orElseThrow();
            if (repository
                    .pulledBy(addressee)
                    .filter(p -> p.getId().equals(partner.getId()))
                    .isPresent()) {
                return receipt;
            }
        }
        throw new PackageRefusedException(PackageRefusal.WRONG_ADDRESSEE, "no package " + docId + " for this system");
    }

    private void requireServes(Partner partner, String organId) {
        Agency agency = repository
                .agency(organId == null ? "" : organId)
                .orElseThrow(
                        () -> new PackageRefusedException(PackageRefusal.WRONG_ADDRESSEE, "unknown agency " + organId));
        if (repository
                .pulledBy(agency)
                .filter(p -> p.getId().equals(partner.getId()))
                .isEmpty()) {
            throw new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "this system does not serve " + organId);
        }
    }

    /**
     * The partner behind a call; a call that changes something ({@code once}) is accepted once
     * (its signature is remembered): reads are not, since two reads in the same second carry the
     * same signature (the HMAC covers neither the path nor the query).
     */
    private Partner authenticate(PartnerCall call, byte[] body, Instant now, boolean once) {
        if (call == null || call.systemId() == null) {
            throw new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "the header X-System-Id is required");
        }
        Partner partner = repository
                .partner(call.systemId())
                .filter(Partner::isActive)
                .orElseThrow(() -> new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "unknown partner system"));
        byte[] secret = repository
                .secrets()
                .decrypt(partner.getSecretEncrypted())
                .orElseThrow(() ->
                        new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "the partner's secret is unusable"));
        PartnerHmac.verify(call.systemId(), call.timestamp(), call.signature(), secret, body, now);
        if (once) {
            repository.recordCall(call.systemId(), call.signature(), now);
        }
        return partner;
    }
}
