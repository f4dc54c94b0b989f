/**
 * What the running application tells operators: its version and its MicroProfile Health
 * checks (readiness with the database). Packaged apart from the EJB jar, in the EAR's
 * {@code lib/} ({@code qlvb-ejb-platform.jar}), because the server's health extension only sees
 * beans of the EAR's library jars, not those inside a module of the EAR; and so that every
 * module (ejb, web, ws) reads the same version.
 */
package vn.gov.qlvb.platform.runtime;
