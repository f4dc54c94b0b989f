package vn.gov.qlvb.web.organisations;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.organisations.entity.DelegationStatus;
import vn.gov.qlvb.organisations.entity.Person;

/**
 * A delegation as the REST API reads and writes it: {@code delegatorId}, {@code delegateId},
 * {@code validFrom}, {@code validTo} (ISO dates, both days included) and {@code reason} are
 * written; names, {@code status} (as of today) and {@code revokedAt} are read-only.
 */
public record DelegationJson(
        Long id,
        Long delegatorId,
        String delegatorName,
        String delegatorPosition,
        Long delegateId,
        String delegateName,
        String delegatePosition,
        LocalDate validFrom,
        LocalDate validTo,
        String reason,
        DelegationStatus status,
        Instant revokedAt)
        implements Serializable {

    public static DelegationJson of(Delegation d) {
        Person from = d.getDelegator();
        Person to = d.getDelegate();
        return new DelegationJson(
                d.getId(),
                from.getId(),
                from.getFullName(),
                from.getPosition(),
                to.getId(),
                to.getFullName(),
                to.getPosition(),
                d.getValidFrom(),
                d.getValidTo(),
                d.getReason(),
                d.statusOn(LocalDate.now()),
                d.getRevokedAt());
    }

    /** Whether it can still be revoked: not revoked yet and its period not over. */
    public boolean revocable() {
        return status == DelegationStatus.PLANNED || status == DelegationStatus.IN_FORCE;
    }
}
