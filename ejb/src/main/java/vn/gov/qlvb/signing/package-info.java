/**
 * Signing: PAdES signatures on PDFs as Decree 30/2020 Appendix I wants them, and the keys,
 * images and trust behind them.
 *
 * <h2>What it owns</h2>
 *
 * <ul>
 *   <li>{@link vn.gov.qlvb.signing.entity.SigningCredential}: a key a person or an agency signs
 *       with (a stored PKCS#12 opened by the person's PIN or the server's agency password, a
 *       PKCS#11 token alias, or the certificate of a key held outside), never a PIN;
 *   <li>{@link vn.gov.qlvb.signing.entity.SigningImage}: a person's blue signature image, an
 *       agency's red seal (PNG with transparency);
 *   <li>{@link vn.gov.qlvb.signing.entity.TrustedAuthority} and
 *       {@link vn.gov.qlvb.signing.entity.RevocationList}: the trust (anchors, CRLs loaded by an
 *       administrator; no network);
 *   <li>{@link vn.gov.qlvb.signing.entity.PreparedSignature}: a signature prepared for an outside
 *       key, completed within 15 minutes on any node.
 * </ul>
 *
 * <h2>The signing of an outgoing document</h2>
 *
 * <ol>
 *   <li>the signer signs ({@code PdfSigning.signAsSigner}, or the two external steps): the form
 *       line (KT., TM., TUQ., TL.), position, blue image and name on the last page;
 *   <li>the clerk numbers it ({@code stampIssueNumber}): number and date in an incremental
 *       revision, the signer's signature stays valid;
 *   <li>the agency signs ({@code signAsAgency}), refused unless the signer's signature is valid:
 *       the red seal over a third of the signer's image, covering the whole file;
 *   <li>attachments in separate files get the agency's signature without image
 *       ({@code signAttachment}).
 * </ol>
 *
 * <h2>Invariants</h2>
 *
 * Refusals are {@link vn.gov.qlvb.signing.entity.SigningException}s with a
 * {@link vn.gov.qlvb.signing.entity.SigningRefusal} and change nothing. Only
 * {@code control.PadesSigner} and {@code control.PdfSignatures} use EU DSS; the trust is checked
 * by the system ({@code control.CertificateTrust}), not by a DSS validation policy, so no DSS
 * report (and no JAXB) is involved. Signing times are written in Vietnam's time zone.
 *
 * <h2>Whom it talks to</h2>
 *
 * The organisations' entities (people, agencies, accounts) for the demo keys; nothing calls out.
 * The outgoing capability decides who may sign what and calls {@code PdfSigning}.
 */
package vn.gov.qlvb.signing;
