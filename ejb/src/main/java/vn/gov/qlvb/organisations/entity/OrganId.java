package vn.gov.qlvb.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The electronic identifier of an agency (mã định danh, QCVN 102:2016), for example
 * {@code 000.00.00.H99}. Stored as text up to 35 characters; accepted only in the 13-character
 * form {@code NNN.NN.NN.Xnn}: the last group is the level-1 code (a letter and two digits),
 * reading leftwards come levels 2, 3 and 4.
 */
@Embeddable
public class OrganId implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    @Column(name = "organ_id", length = 35, nullable = false, unique = true)
    private String value;

    protected OrganId() {}

    private OrganId(String value) {
        this.value = value;
    }

    /**
     * Parses an identifier; surrounding blanks are ignored, letters are upper-cased.
     *
     * @throws RuleViolation {@code organId.required} or {@code organId.malformed}
     */
    public static OrganId of(String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("organId.required", "organId");
        }
        String normalised = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORM.matcher(normalised).matches()) {
            throw RuleViolation.invalid("organId.malformed", "organId", text);
        }
        return new OrganId(normalised);
    }

    public static boolean isWellFormed(String text) {
        return text != null
                && FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    public String value() {
        return value;
    }

    /** The level-1 code, e.g. {@code H99}. */
    public String levelOneCode() {
        return value.substring(10);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganId other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
