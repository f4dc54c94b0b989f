package vn.gov.qlvb.signing.entity;

/**
 * Where the agency's seal image goes (Decree 30, Appendix I, II.8.a): in its real size, covering
 * about a third of the signer's signature image on its left side.
 *
 * @param diameterMillimetres the seal's real diameter (the round seals of state agencies are 32
 *     to 42 mm)
 * @param overlap the share of the signer's image's width that the seal covers, between 0 and 1
 */
public record SealPlacement(float diameterMillimetres, float overlap) {

    public SealPlacement {
        if (diameterMillimetres < 10 || diameterMillimetres > 60) {
            throw new IllegalArgumentException("seal diameter out of range: " + diameterMillimetres);
        }
        if (overlap < 0 || overlap > 1) {
            throw new IllegalArgumentException("overlap out of range: " + overlap);
        }
    }

    /** A 36 mm seal over a third of the signer's image. */
    public static SealPlacement standard() {
        return new SealPlacement(36, 1f / 3);
    }
}
