package vn.gov.qlvb.signing.control;

/**
 * How the server reaches its PKCS#11 token (an HSM, or SoftHSM2 in tests), from MicroProfile
 * Config: {@code qlvb.signing.pkcs11.library} (the module, e.g.
 * {@code /usr/lib/softhsm/libsofthsm2.so}), {@code qlvb.signing.pkcs11.slot-list-index} (the
 * token's position among the slots with a token, default 0) and {@code qlvb.signing.pkcs11.pin}
 * (best given as the environment variable {@code QLVB_SIGNING_PKCS11_PIN}).
 */
public record Pkcs11Settings(String library, int slotListIndex, char[] pin) {

    public Pkcs11Settings {
        pin = pin == null ? new char[0] : pin.clone();
    }

    @Override
    public char[] pin() {
        return pin.clone();
    }

    @Override
    public String toString() {
        return "Pkcs11Settings[library=" + library + ", slotListIndex=" + slotListIndex + "]";
    }
}
