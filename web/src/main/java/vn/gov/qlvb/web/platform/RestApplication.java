package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON REST API for browsers, mobile apps and integrations, under {@code /qlvb/api/v1/}.
 * Callers authenticate with HTTP Basic (the same accounts as the pages) or the browser session.
 */
@ApplicationPath("api/v1")
public class RestApplication extends Application {}
