package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.entity.ChainHead;
import vn.gov.qlvb.exchange.entity.EvidenceEntry;
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

    @Inject
    ExchangeRepository repository;

    @Inject
    CallerContext callers;

    public ChainReport verifyChain() {
        Caller caller = callers.current();
        if (!caller.isAdmin() || !caller.provinceWide()) {
            throw RuleViolation.forbidden("access.denied");
        }
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
}
