package vn.gov.qlvb.web.organisations;

import java.io.Serializable;
import vn.gov.qlvb.organisations.entity.Unit;

/**
 * A unit as the REST API reads and writes it: {@code code} and {@code name} are written, the
 * rest is read-only.
 */
public record UnitJson(Long id, String organId, String code, String name, String status) implements Serializable {

    public static UnitJson of(Unit u) {
        return new UnitJson(
                u.getId(),
                u.getAgency().getOrganId().value(),
                u.getCode(),
                u.getName(),
                u.getStatus().name());
    }
}
