package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.entity.AgencyCertificate;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The directory of the exchange, kept by administrators: partner systems (a province-wide
 * administrator) and the certificates agencies sign their packages with (an administrator of
 * the agency; a remote agency belongs to the province-wide one). Refusals are
 * {@link RuleViolation}s and change nothing.
 */
@Stateless
@PermitAll
public class ExchangePartners {

    /** The shortest partner secret accepted. */
    static final int MIN_SECRET = 16;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AgencyDirectory agencies;

    @Inject
    vn.gov.qlvb.signing.boundary.SigningKeys keys;

    /**
     * Registers a partner system, or changes it (name, endpoint, transport, secret) when its
     * system id is known.
     *
     * @throws RuleViolation {@code access.denied}, {@code exchange.partner.secret} (shorter than
     *     16 characters), or the partner's own rules
     */
    public Partner registerPartner(PartnerForm form) {
        requireProvinceWide();
        if (form == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        if (form.secret() == null || form.secret().length() < MIN_SECRET) {
            throw RuleViolation.invalid("exchange.partner.secret", "secret");
        }
        byte[] sealed = repository.secrets().encrypt(form.secret());
        return repository
                .partner(form.systemId())
                .map(p -> {
                    p.change(form.name(), form.endpointUrl(), form.transport());
                    p.replaceSecret(sealed);
                    return p;
                })
                .orElseGet(() -> {
                    Partner created =
                            new Partner(form.systemId(), form.name(), sealed, form.endpointUrl(), form.transport());
                    em.persist(created);
                    return created;
                });
    }

    public List<Partner> partners() {
        requireProvinceWide();
        return repository.partners();
    }

    /** Deactivates a partner: its calls are refused ({@code UNAUTHORIZED}) from now on. */
    public Partner deactivatePartner(String systemId) {
        requireProvinceWide();
        Partner partner =
                repository.partner(systemId).orElseThrow(() -> RuleViolation.notFound("exchange.partner.notFound"));
        partner.deactivate();
        return partner;
    }

    /**
     * Registers a signing certificate (PEM or DER) for an agency; registering it again changes
     * nothing.
     *
     * @throws RuleViolation {@code exchange.certificate.invalid}, {@code access.denied}
     */
    public AgencyCertificate registerCertificate(String organId, byte[] certificate) {
        Agency agency = agencies.find(organId);
        requireAdministers(agency);
        var parsed = AgencyCertificate.parse(certificate);
        String fingerprint = AgencyCertificate.fingerprintOf(parsed);
        return repository.certificatesOf(agency).stream()
                .filter(c -> c.getFingerprint().equals(fingerprint))
                .findFirst()
                .orElseGet(() -> {
                    AgencyCertificate created = new AgencyCertificate(agency, parsed);
                    em.persist(created);
                    return created;
                });
    }

    /** The certificates registered for an agency, the longest valid first (readable by everyone). */
    public List<AgencyCertificate> certificatesOf(String organId) {
        callers.current();
        return repository.certificatesOf(agencies.find(organId));
    }

    /**
     * The certificate an agency hosted here signs its packages with, as PEM, for the partners
     * to register (public information; {@code exchange.certificate.none} when it has no key).
     */
    public String currentCertificatePem(String organId) {
        Agency agency = agencies.find(organId);
        if (agency.isRemote()) {
            throw RuleViolation.notFound("exchange.certificate.none");
        }
        java.security.cert.X509Certificate certificate;
        try {
            certificate = keys.agencyKeyForPackages(agency.getId()).certificate();
        } catch (vn.gov.qlvb.signing.entity.SigningException e) {
            throw RuleViolation.notFound("exchange.certificate.none");
        }
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireProvinceWide() {
        Caller caller = callers.current();
        if (!caller.isAdmin() || !caller.provinceWide()) {
            throw RuleViolation.forbidden("access.denied");
        }
    }

    private void requireAdministers(Agency agency) {
        Caller caller = callers.current();
        boolean allowed =
                agency.isRemote() ? caller.isAdmin() && caller.provinceWide() : callers.administers(caller, agency);
        if (!allowed) {
            throw RuleViolation.forbidden("access.denied");
        }
    }
}
