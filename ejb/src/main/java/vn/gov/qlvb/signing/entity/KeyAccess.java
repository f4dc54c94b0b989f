package vn.gov.qlvb.signing.entity;

/** How the server reaches the private key a person signs with. */
public sealed interface KeyAccess {

    /**
     * The person's own PKCS#12 stored in the system, unlocked by the PIN the person types at
     * signing time. The PIN is used for this one signature and never stored.
     */
    record PersonalKeystore(char[] pin) implements KeyAccess {
        public PersonalKeystore {
            pin = pin == null ? new char[0] : pin.clone();
        }

        @Override
        public char[] pin() {
            return pin.clone();
        }

        @Override
        public String toString() {
            return "PersonalKeystore[pin=***]";
        }
    }

    /**
     * A key on the PKCS#11 token (HSM) the server is configured with; the alias must be registered
     * to the signing person.
     */
    record ServerToken(String alias) implements KeyAccess {
        public ServerToken {
            if (alias == null || alias.isBlank()) {
                throw new IllegalArgumentException("token alias missing");
            }
        }
    }
}
