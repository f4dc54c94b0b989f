package vn.gov.qlvb.ws.exchange;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST side of the interconnection for other agencies' systems and the exchange axes,
 * under {@code /lienthong/api/v1/}. The SOAP service {@code EdocService} will sit beside it in
 * this WAR; both go through one boundary of the exchange capability.
 */
@ApplicationPath("api/v1")
public class InterconnectionApplication extends Application {}
