package vn.gov.qlvb.signing.entity;

import java.time.Instant;

/**
 * One signature of a PDF as the validation found it, in the order the signatures were made.
 *
 * @param signerName the common name of the signing certificate's subject
 * @param signerSubject the full subject (RFC 2253)
 * @param certificateSerial the signing certificate's serial number, in hexadecimal
 * @param signingTime the signing time the signature claims
 * @param valid the bytes it covers are unchanged and the certificate is trusted, in validity at
 *     the signing time and not revoked
 * @param coversWholeDocument the signature covers the whole file (no later revision)
 * @param reason {@code null} when valid, else why not
 */
public record SignatureCheck(
        String signerName,
        String signerSubject,
        String certificateSerial,
        Instant signingTime,
        boolean valid,
        boolean coversWholeDocument,
        SigningRefusal reason) {}
