package vn.gov.qlvb.exchange.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.exchange.control.inbound.ExchangeDirectory;
import vn.gov.qlvb.exchange.entity.AgencyCertificate;
import vn.gov.qlvb.exchange.entity.ChainHead;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.EvidenceEntry;
import vn.gov.qlvb.exchange.entity.ExchangeReceipt;
import vn.gov.qlvb.exchange.entity.PackageDirection;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.exchange.entity.SeenCall;
import vn.gov.qlvb.organisations.entity.Agency;

/**
 * The exchange's rows: partners and their secrets, registered certificates (the
 * {@link ExchangeDirectory} of the inbound checks), the evidence log, receipts and seen calls;
 * and the settings (a {@code LocalBean}: it is injected as itself, and handed to the checks as
 * their directory) ({@code qlvb.exchange.max-package-bytes}, default 50 MB).
 */
@Stateless
@LocalBean
@PermitAll
public class ExchangeRepository implements ExchangeDirectory {

    /** The largest package accepted, unless configured. */
    public static final long DEFAULT_MAX_PACKAGE_BYTES = 50L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    public long maxPackageBytes() {
        return config.getOptionalValue("qlvb.exchange.max-package-bytes", Long.class)
                .orElse(DEFAULT_MAX_PACKAGE_BYTES);
    }

    public PartnerSecrets secrets() {
        return PartnerSecrets.fromConfig(config);
    }

    @Override
    public Set<String> agenciesOfCertificate(X509Certificate certificate) {
        return new HashSet<>(em.createQuery(
                        "SELECT c.agency.organId.value FROM AgencyCertificate c WHERE c.fingerprint = :fp",
                        String.class)
                .setParameter("fp", AgencyCertificate.fingerprintOf(certificate))
                .getResultList());
    }

    /**
     * An agency hosted here, or a remote agency served through QLVB as a hub: its partner system
     * has no endpoint to push to, so it pulls its packages (getReceivedEdocList → getEdoc →
     * updateStatus).
     */
    @Override
    public boolean hosts(String organId) {
        return agency(organId)
                .filter(Agency::isActive)
                .filter(a -> !a.isRemote() || pulledBy(a).isPresent())
                .isPresent();
    }

    /** The partner that pulls the packages of a remote agency, if it pulls. */
    public Optional<Partner> pulledBy(Agency agency) {
        if (!agency.isRemote() || agency.getPartnerSystemId() == null) {
            return Optional.empty();
        }
        return partner(agency.getPartnerSystemId()).filter(Partner::isActive).filter(p -> p.getEndpointUrl() == null);
    }

    /** The identifiers of the active agencies hosted here (not remote), in order. */
    public List<String> hostedOrganIds() {
        return em.createQuery(
                        "SELECT a.organId.value FROM Agency a WHERE a.remote = false"
                                + " AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY a.organId.value",
                        String.class)
                .getResultList();
    }

    public Optional<Agency> agency(String organId) {
        return em.createQuery("SELECT a FROM Agency a WHERE a.organId.value = :id", Agency.class)
                .setParameter("id", organId)
                .getResultStream()
                .findFirst();
    }

    public Optional<Partner> partner(String systemId) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.systemId = :id", Partner.class)
                .setParameter("id", systemId)
                .getResultStream()
                .findFirst();
    }

    public List<Partner> partners() {
        return em.createQuery("SELECT p FROM Partner p ORDER BY p.systemId", Partner.class)
                .getResultList();
    }

    public List<AgencyCertificate> certificatesOf(Agency agency) {
        return em.createQuery(
                        "SELECT c FROM AgencyCertificate c WHERE c.agency = :agency ORDER BY c.notAfter DESC",
                        AgencyCertificate.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    /**
     * Records an accepted call's signature; a signature seen before is a replay ({@code
     * UNAUTHORIZED}). Rows older than the window are forgotten apart ({@link #forgetCallsBefore}),
     * not here: every call deleting the same rows as they age would make concurrent calls wait on
     * each other's commit.
     */
    public void recordCall(String systemId, String signature, Instant now) {
        String key = signature.strip();
        if (key.length() > 64 || em.find(SeenCall.class, key) != null) {
            throw new PackageRefusedException(PackageRefusal.UNAUTHORIZED, "this call was already made (replay)");
        }
        em.persist(new SeenCall(key, systemId, now));
        em.flush();
    }

    /**
     * Forgets the signatures of calls accepted before {@code before}: a call that old carries a
     * timestamp the HMAC check refuses anyway, so its signature need not be kept. Returns how many
     * were forgotten.
     */
    public int forgetCallsBefore(Instant before) {
        return em.createQuery("DELETE FROM SeenCall s WHERE s.seenAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /**
     * Appends a package to the evidence log under the chain head's lock, which is held to the
     * commit: what the transaction writes besides is flushed before the lock is taken, and the
     * package's hash is computed before, so that appends of concurrent transactions wait on each
     * other as briefly as they can.
     */
    public EvidenceEntry appendEvidence(
            PackageDirection direction, EdxmlPackage content, String partnerSystemId, byte[] bytes) {
        String packageSha256 = vn.gov.qlvb.platform.entity.Sha256.hex(bytes);
        em.flush();
        ChainHead head = em.find(ChainHead.class, ChainHead.ONLY, LockModeType.PESSIMISTIC_WRITE);
        EvidenceEntry entry = EvidenceEntry.append(head, direction, content, partnerSystemId, bytes, packageSha256);
        em.persist(entry);
        return entry;
    }

    /** The receipts of the first package received with this duplicate key. */
    public List<ExchangeReceipt> receiptsByDedupKey(String dedupKey) {
        return em.createQuery(
                        "SELECT r FROM ExchangeReceipt r WHERE r.dedupKey = :key ORDER BY r.id", ExchangeReceipt.class)
                .setParameter("key", dedupKey)
                .getResultList();
    }

    public List<ExchangeReceipt> receiptsByDocId(String docId) {
        return em.createQuery(
                        "SELECT r FROM ExchangeReceipt r WHERE r.docId = :id ORDER BY r.id", ExchangeReceipt.class)
                .setParameter("id", docId)
                .getResultList();
    }

    /** What an addressee has not acknowledged yet, oldest first. */
    public List<ExchangeReceipt> pendingFor(String addresseeOrganId) {
        return em.createQuery(
                        "SELECT r FROM ExchangeReceipt r WHERE r.addresseeOrganId = :organ AND r.pullStatus <> :done ORDER BY r.id",
                        ExchangeReceipt.class)
                .setParameter("organ", addresseeOrganId)
                .setParameter("done", vn.gov.qlvb.exchange.entity.PullStatus.DONE)
                .getResultList();
    }

    /**
     * The exact bytes of the package kept at {@code position} of the evidence log. Read alone,
     * not as an entity: a managed entry would be copied whole for change detection and compared
     * again at commit, for bytes that never change.
     */
    public byte[] packageBytes(long position) {
        return em.createQuery("SELECT e.packageBytes FROM EvidenceEntry e WHERE e.position = :position", byte[].class)
                .setParameter("position", position)
                .getSingleResult();
    }

    /** The evidence log in order, {@code size} entries from {@code afterPosition}. */
    public List<EvidenceEntry> evidenceAfter(long afterPosition, int size) {
        return em.createQuery(
                        "SELECT e FROM EvidenceEntry e WHERE e.position > :after ORDER BY e.position",
                        EvidenceEntry.class)
                .setParameter("after", afterPosition)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * The evidence of the packages about a document, oldest first: {@code query} is its whole
     * DocumentId, or a part of it (a number and notation) when no DocumentId is exactly that.
     */
    public List<vn.gov.qlvb.exchange.entity.EvidenceLine> evidenceAbout(String query, int limit) {
        String select = "SELECT NEW vn.gov.qlvb.exchange.entity.EvidenceLine(e.position, e.recordedAt, e.direction,"
                + " e.kind, e.senderOrganId, e.documentId, e.statusCode, e.partnerSystemId, e.packageSha256)"
                + " FROM EvidenceEntry e WHERE ";
        List<vn.gov.qlvb.exchange.entity.EvidenceLine> exact = em.createQuery(
                        select + "e.documentId = :id ORDER BY e.position",
                        vn.gov.qlvb.exchange.entity.EvidenceLine.class)
                .setParameter("id", query)
                .setMaxResults(limit)
                .getResultList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return em.createQuery(
                        select + "e.documentId LIKE :part ESCAPE '\\' ORDER BY e.position",
                        vn.gov.qlvb.exchange.entity.EvidenceLine.class)
                .setParameter(
                        "part",
                        "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The outbox messages that carry the packages kept at these evidence positions. */
    public List<vn.gov.qlvb.exchange.entity.OutboxMessage> outboxOf(List<Long> evidencePositions) {
        if (evidencePositions.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.evidencePosition IN :p ORDER BY m.id",
                        vn.gov.qlvb.exchange.entity.OutboxMessage.class)
                .setParameter("p", evidencePositions)
                .getResultList();
    }

    /** The receipts given for the packages kept at these evidence positions (one per hosted addressee). */
    public List<ExchangeReceipt> receiptsOf(List<Long> evidencePositions) {
        if (evidencePositions.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT r FROM ExchangeReceipt r WHERE r.evidencePosition IN :p ORDER BY r.id",
                        ExchangeReceipt.class)
                .setParameter("p", evidencePositions)
                .getResultList();
    }

    /** Our system id as partners know it ({@code qlvb.exchange.system-id}, default {@code qlvb}). */
    public String ourSystemId() {
        return config.getOptionalValue("qlvb.exchange.system-id", String.class).orElse("qlvb");
    }

    /** The waits between attempts ({@code qlvb.exchange.retry-delays}, ISO durations, the last repeating). */
    public java.util.List<java.time.Duration> retryDelays() {
        String text = config.getOptionalValue("qlvb.exchange.retry-delays", String.class)
                .orElse("PT30S,PT2M,PT20M,PT1H");
        return java.util.Arrays.stream(text.split(","))
                .map(String::strip)
                .map(java.time.Duration::parse)
                .toList();
    }

    /** How many attempts before a package is dead ({@code qlvb.exchange.max-attempts}, default 30). */
    public int maxAttempts() {
        return config.getOptionalValue("qlvb.exchange.max-attempts", Integer.class)
                .orElse(30);
    }

    /**
     * The ids of messages due now, oldest first, at most one per delivery key and only the
     * earliest pending one of its key (one delivery at a time per document and recipient).
     */
    public List<Long> dueMessages(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.state = :pending AND m.nextAttemptAt <= :now"
                                + " AND NOT EXISTS (SELECT e FROM OutboxMessage e WHERE e.deliveryKey = m.deliveryKey"
                                + " AND e.state = :pending AND e.id < m.id) ORDER BY m.id",
                        Long.class)
                .setParameter("pending", vn.gov.qlvb.exchange.entity.OutboxState.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public List<vn.gov.qlvb.exchange.entity.OutboxMessage> outbox(vn.gov.qlvb.exchange.entity.OutboxState state) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.state = :state ORDER BY m.id",
                        vn.gov.qlvb.exchange.entity.OutboxMessage.class)
                .setParameter("state", state)
                .getResultList();
    }

    /** The document packages we sent for {@code documentId} to {@code recipientOrganId}. */
    public List<vn.gov.qlvb.exchange.entity.OutboxMessage> sentDocuments(String documentId, String recipientOrganId) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.documentId = :doc AND m.recipientOrganId = :to"
                                + " AND m.kind = vn.gov.qlvb.exchange.entity.PackageKind.DOCUMENT ORDER BY m.id",
                        vn.gov.qlvb.exchange.entity.OutboxMessage.class)
                .setParameter("doc", documentId)
                .setParameter("to", recipientOrganId)
                .getResultList();
    }

    /** Whether a status with this code was already queued by {@code from} about {@code documentId}. */
    public boolean statusQueued(String documentId, String from, String code) {
        return !em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.documentId = :doc AND m.senderOrganId = :from"
                                + " AND m.statusCode = :code",
                        Long.class)
                .setParameter("doc", documentId)
                .setParameter("from", from)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * How long a document package may wait before it is an alert ({@code qlvb.exchange.alert-after},
     * ISO duration, default four hours).
     */
    public java.time.Duration alertAfter() {
        return config.getOptionalValue("qlvb.exchange.alert-after", String.class)
                .map(String::strip)
                .map(java.time.Duration::parse)
                .orElse(java.time.Duration.ofHours(4));
    }

    /**
     * The document packages to external recipients of outgoing documents not delivered in time:
     * still pending and queued before {@code queuedBefore}, or given up; those of {@code
     * senderOrganId} only, unless {@code null}. Oldest first.
     */
    public List<vn.gov.qlvb.exchange.entity.OutboxMessage> undelivered(String senderOrganId, Instant queuedBefore) {
        jakarta.persistence.TypedQuery<vn.gov.qlvb.exchange.entity.OutboxMessage> query = em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.kind = vn.gov.qlvb.exchange.entity.PackageKind.DOCUMENT"
                                + " AND m.outgoingRecipientId IS NOT NULL"
                                + " AND (m.state = vn.gov.qlvb.exchange.entity.OutboxState.DEAD"
                                + " OR (m.state = vn.gov.qlvb.exchange.entity.OutboxState.PENDING"
                                + " AND m.createdAt <= :before))"
                                + (senderOrganId == null ? "" : " AND m.senderOrganId = :sender")
                                + " ORDER BY m.createdAt, m.id",
                        vn.gov.qlvb.exchange.entity.OutboxMessage.class)
                .setParameter("before", queuedBefore);
        if (senderOrganId != null) {
            query.setParameter("sender", senderOrganId);
        }
        return query.getResultList();
    }
}
