package vn.gov.qlvb.organisations.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.qlvb.organisations.entity.Role;

/**
 * Who is calling: the signed-in account, its person, agency and unit, and its roles.
 * {@code provinceWide} is true for an administrator of a top agency hosted here, who sees and
 * manages every agency.
 */
public record Caller(
        long accountId,
        String username,
        long personId,
        String fullName,
        String position,
        long agencyId,
        String agencyName,
        String organId,
        Long unitId,
        String unitName,
        Set<Role> roles,
        boolean provinceWide)
        implements Serializable {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
