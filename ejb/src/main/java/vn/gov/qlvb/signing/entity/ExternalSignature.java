package vn.gov.qlvb.signing.entity;

/**
 * A signature prepared on the server for a key the server cannot use (a USB token in the
 * signer's hands, a remote signing service): the outside signs {@code dataToSign} with
 * {@code signatureAlgorithm} and hands the value back with {@code id}.
 *
 * @param id the preparation, valid for {@link #VALIDITY_MINUTES} minutes
 * @param dataToSign the bytes to sign as they are (the token hashes them), e.g. with
 *     {@code SHA256withRSA}
 * @param signatureAlgorithm the JCA name of the algorithm, e.g. {@code SHA256withRSA}
 */
public record ExternalSignature(String id, byte[] dataToSign, String signatureAlgorithm) {

    /** How long a preparation can be completed. */
    public static final int VALIDITY_MINUTES = 15;
}
