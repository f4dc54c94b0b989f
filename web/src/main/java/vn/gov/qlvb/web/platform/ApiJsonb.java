package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.ext.Provider;
import vn.gov.qlvb.platform.runtime.SharedJsonb;

/** The REST API's one JSON-B instance ({@link SharedJsonb}). */
@Provider
public class ApiJsonb extends SharedJsonb {}
