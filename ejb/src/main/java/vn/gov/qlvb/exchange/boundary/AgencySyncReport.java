package vn.gov.qlvb.exchange.boundary;

/**
 * What a synchronisation of an axis's agency list did: remote agencies created and updated
 * (routed through the axis), listed ones already up to date, ones left alone (hosted here,
 * routed through another partner, malformed, or not reached by the axis itself), and our hosted
 * agencies registered at the axis.
 */
public record AgencySyncReport(
        String systemId, int listed, int created, int updated, int unchanged, int skipped, int registered) {}
