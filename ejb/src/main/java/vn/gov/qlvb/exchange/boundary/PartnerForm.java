package vn.gov.qlvb.exchange.boundary;

import vn.gov.qlvb.exchange.entity.PartnerTransport;

/** A partner system as an administrator registers it; {@code secret} is the shared HMAC key. */
public record PartnerForm(String systemId, String name, String secret, String endpointUrl, PartnerTransport transport) {

    @Override
    public String toString() {
        return "PartnerForm[" + systemId + ", " + name + ", " + endpointUrl + ", " + transport + "]";
    }
}
