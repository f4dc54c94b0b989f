package vn.gov.qlvb.web.exchange;

import java.util.Locale;
import vn.gov.qlvb.exchange.boundary.PartnerForm;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.exchange.entity.PartnerTransport;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A partner system in JSON: {@code systemId}, {@code name}, {@code secret} (accepted, never
 * returned), {@code endpointUrl}, {@code transport} ({@code rest}, {@code soap} or {@code axis}: an exchange axis, pulled from), {@code active}.
 */
public record PartnerJson(
        String systemId, String name, String secret, String endpointUrl, String transport, Boolean active) {

    public static PartnerJson of(Partner p) {
        return new PartnerJson(
                p.getSystemId(),
                p.getName(),
                null,
                p.getEndpointUrl(),
                p.getTransport().name().toLowerCase(Locale.ROOT),
                p.isActive());
    }

    PartnerForm toForm() {
        PartnerTransport kind;
        try {
            kind = PartnerTransport.valueOf((transport == null ? "REST" : transport).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("exchange.partner.transport", "transport");
        }
        return new PartnerForm(systemId, name, secret, endpointUrl, kind);
    }
}
