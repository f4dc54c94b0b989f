package vn.gov.qlvb.web.organisations;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.qlvb.organisations.boundary.PersonForm;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;

/**
 * A person with their account as the REST API reads and writes it. {@code password} is
 * write-only (given to create an account or to reset its password) and always absent when read;
 * the password hash is never exposed. {@code accountStatus}, {@code locked}, {@code lockedUntil}
 * and {@code lastSignInAt} are read-only and absent for a person without an account.
 */
public record PersonJson(
        Long id,
        String fullName,
        String position,
        String organId,
        Long unitId,
        String unitName,
        String email,
        String phone,
        String status,
        String username,
        String password,
        List<Role> roles,
        String accountStatus,
        Boolean locked,
        Instant lockedUntil,
        Instant lastSignInAt)
        implements Serializable {

    /** @param account the person's account, or {@code null} when they have none */
    public static PersonJson of(Person p, Account account) {
        boolean hasAccount = account != null;
        return new PersonJson(
                p.getId(),
                p.getFullName(),
                p.getPosition(),
                p.getAgency().getOrganId().value(),
                p.getUnit() == null ? null : p.getUnit().getId(),
                p.getUnit() == null ? null : p.getUnit().getName(),
                p.getEmail(),
                p.getPhone(),
                p.getStatus().name(),
                hasAccount ? account.getUsername() : null,
                null,
                hasAccount ? account.getRoles().stream().sorted().toList() : List.of(),
                hasAccount ? account.getStatus().name() : null,
                hasAccount ? account.isLocked(Instant.now()) : null,
                hasAccount && account.isLocked(Instant.now()) ? account.getLockedUntil() : null,
                hasAccount ? account.getLastSignInAt() : null);
    }

    /** Whether the person can sign in with an account of their own. */
    public boolean hasAccount() {
        return username != null;
    }

    /**
     * The form for the boundary.
     *
     * @param agencyOrganId the agency the person belongs to, or {@code null} to keep theirs
     */
    public PersonForm toForm(String agencyOrganId) {
        Set<Role> roleSet =
                roles == null ? null : roles.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return new PersonForm(fullName, position, agencyOrganId, unitId, email, phone, username, password, roleSet);
    }
}
