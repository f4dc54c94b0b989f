package vn.gov.qlvb.signing.entity;

import java.time.Instant;

/**
 * A PDF that has just been signed, with who signed it and when.
 *
 * @param content the exact bytes of the signed PDF
 * @param signerSubject the subject (RFC 2253) of the signing certificate
 * @param signingTime the signing time written into the signature
 * @param certificateSerial the signing certificate's serial number, in hexadecimal
 */
public record SignedPdf(byte[] content, String signerSubject, Instant signingTime, String certificateSerial) {}
