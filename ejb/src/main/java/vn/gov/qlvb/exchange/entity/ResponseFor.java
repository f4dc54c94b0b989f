package vn.gov.qlvb.exchange.entity;

/**
 * {@code ResponseFor}: the document a document answers, or that a status is about: the original
 * sender, its number/notation ({@code Code}), date as written and document id.
 */
public record ResponseFor(String organId, String code, String promulgationDate, String documentId) {}
