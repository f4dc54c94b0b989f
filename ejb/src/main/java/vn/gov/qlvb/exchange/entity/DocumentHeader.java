package vn.gov.qlvb.exchange.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code MessageHeader} of a document package: sender, routing list, identity (document
 * id, number and notation, place and date), type, subject and the fields of Decree 30's
 * Appendix I that travel with it. Type codes and steering type are kept as received: the code
 * tables differ between axes.
 */
public record DocumentHeader(
        Organ from,
        List<Organ> to,
        String documentId,
        String codeNumber,
        String codeNotation,
        String place,
        LocalDate promulgationDate,
        int type,
        int typeDetail,
        String typeName,
        String subject,
        String content,
        String signerCompetence,
        String signerPosition,
        String signerFullName,
        LocalDate dueDate,
        List<String> toPlaces,
        int priority,
        String sphereOfPromulgation,
        String typerNotation,
        Integer promulgationAmount,
        Integer pageAmount,
        boolean direction,
        List<String> appendixes,
        List<ResponseFor> responseFor,
        String steeringType) {

    public DocumentHeader {
        to = List.copyOf(to);
        toPlaces = List.copyOf(toPlaces);
        appendixes = List.copyOf(appendixes);
        responseFor = List.copyOf(responseFor);
    }

    /** The printed number: {@code 2491/STC-BCTC}. */
    public String numberAndNotation() {
        return codeNotation.isEmpty() ? codeNumber : codeNumber + "/" + codeNotation;
    }

    /** The identifiers of the routing list. */
    public List<String> addressees() {
        return to.stream().map(Organ::organId).toList();
    }
}
