package vn.gov.qlvb.ws.exchange;

import jakarta.ws.rs.ext.Provider;
import vn.gov.qlvb.platform.runtime.SharedJsonb;

/** The interconnection REST API's one JSON-B instance ({@link SharedJsonb}). */
@Provider
public class InterconnectionJsonb extends SharedJsonb {}
