package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.entity.ChainHead;
import vn.gov.qlvb.exchange.entity.EvidenceEntry;
import vn.gov.qlvb.exchange.entity.EvidenceLine;
import vn.gov.qlvb.exchange.entity.ExchangeReceipt;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The administrator's check of the evidence log (province-wide administrator):
 *
 * <ol>
 *   <li>entries are read in position order, 1, 2, 3… (a missing position breaks the chain);
 *   <li>each entry's package bytes hash to the stored SHA-256;
 *   <li>each entry's previous hash is the entry hash before it (the first: 64 zeros);
 *   <li>each entry's own hash matches its fields;
 *   <li>each package's XML signature still verifies on the kept bytes.
 * </ol>
 *
 * The first entry that fails is reported with its reason; the check stops there.
 */
@Stateless
@PermitAll
public class EvidenceAudit {

    private static final int BATCH = 200;
    private static final int TRAIL_LIMIT = 500;

    /** The state of a receipt for an agency hosted here: the document became its incoming document. */
    public static final String HANDED_OVER = "HANDED_OVER";

    @Inject
    ExchangeRepository repository;

    @Inject
    CallerContext callers;

    public ChainReport verifyChain() {
        requireProvinceAdmin();
        String previous = ChainHead.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            List<EvidenceEntry> batch = repository.evidenceAfter(expected - 1, BATCH);
            if (batch.isEmpty()) {
                return new ChainReport(checked, null, null);
            }
            for (EvidenceEntry entry : batch) {
                Optional<String> broken = entry.breakAfter(expected, previous)
                        .or(() -> InboundPackageChecks.signatureHolds(entry.getPackageBytes()));
                if (broken.isPresent()) {
                    return new ChainReport(checked, expected, broken.get());
                }
                previous = entry.getEntryHash();
                expected++;
                checked++;
            }
        }
    }

    /**
     * The trail of a document between agencies: every package sent or received about it (the
     * document, its recall, update or replacement, the statuses either way), oldest first, with
     * the deliveries of what we sent and the receipts of what we received. {@code documentId} is
     * the whole DocumentId, or a part of it such as the number and notation (then every
     * document whose id contains it).
     */
    public List<TrailEntry> trail(String documentId) {
        requireProvinceAdmin();
        String query = documentId == null ? "" : documentId.strip();
        if (query.length() < 3) {
            throw RuleViolation.invalid("exchange.trail.query", "documentId");
        }
        List<EvidenceLine> lines = repository.evidenceAbout(query, TRAIL_LIMIT);
        List<Long> positions = lines.stream().map(EvidenceLine::position).toList();
        // one query for the deliveries, one for the receipts, whatever the trail's length
        Map<Long, List<TrailEntry.Leg>> legs = new HashMap<>();
        for (OutboxMessage m : repository.outboxOf(positions)) {
            legs.computeIfAbsent(m.getEvidencePosition(), k -> new ArrayList<>())
                    .add(new TrailEntry.Leg(
                            m.getRecipientOrganId(),
                            m.getState().name(),
                            m.getAttempts(),
                            m.getDeliveredAt(),
                            m.getLastError()));
        }
        Map<String, Boolean> pulled = new HashMap<>();
        for (ExchangeReceipt r : repository.receiptsOf(positions)) {
            boolean pulledByPartner = pulled.computeIfAbsent(r.getAddresseeOrganId(), this::pulled);
            legs.computeIfAbsent(r.getEvidencePosition(), k -> new ArrayList<>())
                    .add(new TrailEntry.Leg(
                            r.getAddresseeOrganId(),
                            pulledByPartner ? r.getPullStatus().name() : HANDED_OVER,
                            0,
                            r.getReceivedAt(),
                            r.getDocId()));
        }
        return lines.stream()
                .map(line -> new TrailEntry(
                        line.position(),
                        line.recordedAt(),
                        line.direction().name(),
                        line.kind().name(),
                        line.senderOrganId(),
                        line.documentId(),
                        line.statusCode(),
                        line.partnerSystemId(),
                        line.packageSha256(),
                        legs.getOrDefault(line.position(), List.of())))
                .toList();
    }

    /** Whether the addressee's packages are pulled by a partner system (else handed over here). */
    private boolean pulled(String organId) {
        return repository.agency(organId).flatMap(repository::pulledBy).isPresent();
    }

    private void requireProvinceAdmin() {
        Caller caller = callers.current();
        if (!caller.isAdmin() || !caller.provinceWide()) {
            throw RuleViolation.forbidden("access.denied");
        }
    }
}
