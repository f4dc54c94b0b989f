package vn.gov.qlvb.outgoing.entity;

import java.util.Locale;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The number and notation (số, ký hiệu) of an issued document, Decree 30, Appendix I and III:
 *
 * <ol>
 *   <li>the number has at least two digits ({@code 05});
 *   <li>a typed document reads {@code {number}/{TYPE}-{AGENCY}} ({@code 15/QĐ-UBND}), the type's
 *       abbreviation as the decree writes it ({@code QyĐ}, {@code TTr});
 *   <li>a công văn (and a thư công) has no type: {@code {number}/{AGENCY}-{UNIT}} with the
 *       drafting unit's code ({@code 12/UBND-VX}), or {@code {number}/{AGENCY}} without one;
 *   <li>a legal normative document carries its year: {@code {number}/{year}/{TYPE}-{AGENCY}}
 *       ({@code 01/2026/QĐ-UBND});
 *   <li>agency and unit codes are upper case, with no spaces; "/" between number and notation,
 *       "-" between groups.
 * </ol>
 *
 * @param number the issue number, from 1
 * @param year the issue year (printed only for legal normative documents)
 * @param notation the part after the number (and year), e.g. {@code QĐ-UBND}
 * @param legalNormative whether the year is printed
 */
public record Notation(long number, int year, String notation, boolean legalNormative) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public Notation {
        if (number < 1) {
            throw new IllegalArgumentException("issue numbers start at 1");
        }
    }

    /**
     * Builds the notation of a document.
     *
     * @throws RuleViolation {@code outgoing.agency.noAbbreviation} when the agency has no short
     *     name to write
     */
    public static Notation of(
            long number,
            int year,
            DocumentType type,
            boolean legalNormative,
            String agencyAbbreviation,
            String unitCode) {
        String agency = code(agencyAbbreviation);
        if (agency == null) {
            throw RuleViolation.conflict("outgoing.agency.noAbbreviation", null);
        }
        String unit = code(unitCode);
        String notation;
        if (type.abbreviation() == null) {
            notation = unit == null ? agency : agency + "-" + unit;
        } else {
            notation = type.abbreviation() + "-" + agency;
        }
        return new Notation(number, year, notation, legalNormative);
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("\\s+", "").toUpperCase(VI);
    }

    /** The number as printed: at least two digits. */
    public String printedNumber() {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    /** Number and notation as printed, e.g. {@code 05/UBND-TH} or {@code 01/2026/QĐ-UBND}. */
    public String numberAndNotation() {
        return printedNumber() + "/" + (legalNormative ? year + "/" : "") + notation;
    }

    @Override
    public String toString() {
        return numberAndNotation();
    }
}
