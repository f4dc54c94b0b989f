package vn.gov.qlvb.organisations.boundary;

import java.util.Set;
import vn.gov.qlvb.organisations.entity.Role;

/**
 * A person with (optionally) their account: {@code username} and {@code roles} create or
 * change the account; {@code password} is given on creation or to reset it.
 */
public record PersonForm(
        String fullName,
        String position,
        String organId,
        Long unitId,
        String email,
        String phone,
        String username,
        String password,
        Set<Role> roles) {}
