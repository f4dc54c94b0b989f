package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.outbound.AxisClient;
import vn.gov.qlvb.exchange.entity.AgencyCertificate;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.exchange.entity.PartnerTransport;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.AgencyForm;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The directory of the exchange, kept by administrators: partner systems (a province-wide
 * administrator; for an axis, the synchronisation of its agency list) and the certificates agencies sign their packages with (an administrator of
 * the agency; a remote agency belongs to the province-wide one). Refusals are
 * {@link RuleViolation}s and change nothing.
 */
@Stateless
@PermitAll
public class ExchangePartners {

    private static final java.time.Duration AXIS_TIMEOUT = java.time.Duration.ofSeconds(60);

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
     * Synchronises the agency list of an axis partner into the directory, all or nothing:
     *
     * <ol>
     *   <li>the axis's getAgenciesList is read (an axis that does not answer:
     *       {@code exchange.axis.unreachable}, nothing changed);
     *   <li>each listed agency unknown here becomes a remote agency routed through the axis (under
     *       its listed parent when that parent is routed through the same axis); one already
     *       routed through the axis (or remote without a partner) gets the listed name and parent
     *       and is reactivated;
     *   <li>agencies hosted here, and remote ones routed through another partner, are never
     *       touched, nor listed ones the axis says it does not reach ({@code "hosted":false});
     *   <li>with {@code registerOurs}, each of our hosted agencies the list lacks is registered at
     *       the axis (registerAgency).
     * </ol>
     *
     * @throws RuleViolation {@code access.denied}, {@code exchange.partner.notFound},
     *     {@code exchange.partner.notAxis}, {@code exchange.axis.unreachable}
     */
    public AgencySyncReport syncAgencies(String systemId, boolean registerOurs) {
        requireProvinceWide();
        Partner axis = repository
                .partner(systemId == null ? "" : systemId)
                .orElseThrow(() -> RuleViolation.notFound("exchange.partner.notFound"));
        if (axis.getTransport() != PartnerTransport.AXIS || !axis.isActive()) {
            throw RuleViolation.invalid("exchange.partner.notAxis", "systemId", axis.getSystemId());
        }
        byte[] secret = repository
                .secrets()
                .decrypt(axis.getSecretEncrypted())
                .orElseThrow(() -> RuleViolation.conflict("exchange.secretKey.missing", null));
        AxisClient client = new AxisClient(axis.getEndpointUrl(), repository.ourSystemId(), secret, AXIS_TIMEOUT);
        List<AxisClient.Listing> listed;
        try {
            listed = client.agencies();
        } catch (AxisClient.AxisCallFailed e) {
            throw RuleViolation.conflict("exchange.axis.unreachable", null, e.getMessage());
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        Set<String> seen = new HashSet<>();
        for (AxisClient.Listing listing : parentsFirst(listed)) {
            String organId = listing.organId().strip().toUpperCase(Locale.ROOT);
            if (!OrganId.isWellFormed(organId) || !seen.add(organId) || Boolean.FALSE.equals(listing.hosted())) {
                skipped++;
                continue;
            }
            String name = listing.name() == null || listing.name().isBlank()
                    ? organId
                    : cut(listing.name().strip());
            Agency parent = listing.parentOrganId() == null
                    ? null
                    : repository
                            .agency(listing.parentOrganId().strip().toUpperCase(Locale.ROOT))
                            .filter(a -> a.isRemote() && axis.getSystemId().equals(a.getPartnerSystemId()))
                            .orElse(null);
            Agency existing = repository.agency(organId).orElse(null);
            if (existing == null) {
                AgencyLevel level = levelOf(organId, parent);
                agencies.create(new AgencyForm(
                        organId,
                        name,
                        null,
                        level,
                        parent == null ? null : parent.getOrganId().value(),
                        true,
                        axis.getSystemId(),
                        null,
                        null,
                        null,
                        null,
                        null));
                created++;
            } else if (!existing.isRemote()
                    || (existing.getPartnerSystemId() != null
                            && !existing.getPartnerSystemId().equals(axis.getSystemId()))) {
                skipped++;
            } else if (follow(existing, name, parent, axis.getSystemId())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        int registered = 0;
        if (registerOurs) {
            for (String organId : repository.hostedOrganIds()) {
                if (seen.contains(organId)) {
                    continue;
                }
                Agency ours = repository.agency(organId).orElseThrow();
                try {
                    client.registerAgency(new AxisClient.Listing(
                            organId,
                            ours.getName(),
                            ours.getParent() == null
                                    ? null
                                    : ours.getParent().getOrganId().value(),
                            true));
                } catch (AxisClient.AxisCallFailed e) {
                    throw RuleViolation.conflict("exchange.axis.unreachable", null, e.getMessage());
                }
                registered++;
            }
        }
        return new AgencySyncReport(
                axis.getSystemId(), listed.size(), created, updated, unchanged, skipped, registered);
    }

    /** Brings a remote agency routed through the axis in line with its listing; whether it changed. */
    private static boolean follow(Agency agency, String name, Agency parent, String axisSystemId) {
        boolean changed = false;
        if (!name.equals(agency.getName())) {
            agency.rename(name, agency.getShortName());
            changed = true;
        }
        if (agency.getPartnerSystemId() == null) {
            agency.markRemote(true, axisSystemId);
            changed = true;
        }
        if (!agency.isActive()) {
            agency.reactivate();
            changed = true;
        }
        Agency current = agency.getParent();
        if (parent != null
                && (current == null || !current.getId().equals(parent.getId()))
                && !parent.getId().equals(agency.getId())
                && agency.getLevel().mayBeUnder(parent.getLevel())) {
            try {
                agency.relocate(parent, agency.getLevel());
                changed = true;
            } catch (RuleViolation cycle) {
                // a parent listed below the agency itself: the place here stays
            }
        }
        return changed;
    }

    /**
     * The level of a new remote agency: a province's (letter H of the level-1 code) or a central
     * one's, never above its parent's.
     */
    private static AgencyLevel levelOf(String organId, Agency parent) {
        AgencyLevel level =
                OrganId.of(organId).levelOneCode().startsWith("H") ? AgencyLevel.PROVINCE : AgencyLevel.CENTRAL;
        return parent == null || level.mayBeUnder(parent.getLevel()) ? level : parent.getLevel();
    }

    /** The listing ordered so that a listed parent comes before its children. */
    private static List<AxisClient.Listing> parentsFirst(List<AxisClient.Listing> listed) {
        Map<String, String> parents = new HashMap<>();
        for (AxisClient.Listing l : listed) {
            if (l.organId() != null && l.parentOrganId() != null) {
                parents.put(
                        l.organId().strip().toUpperCase(Locale.ROOT),
                        l.parentOrganId().strip().toUpperCase(Locale.ROOT));
            }
        }
        return listed.stream()
                .sorted(Comparator.comparingInt(l -> depth(l.organId(), parents)))
                .toList();
    }

    private static int depth(String organId, Map<String, String> parents) {
        int depth = 0;
        String at = organId == null ? "" : organId.strip().toUpperCase(Locale.ROOT);
        while (parents.containsKey(at) && depth < 10) {
            at = parents.get(at);
            depth++;
        }
        return depth;
    }

    private static String cut(String name) {
        return name.length() > Agency.NAME_MAX ? name.substring(0, Agency.NAME_MAX) : name;
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
