package vn.gov.qlvb.exchange.entity;

import java.time.LocalDateTime;

/**
 * The {@code MessageHeader} of a status package: the agency reporting, the document concerned
 * ({@code ResponseFor}, whose {@code OrganId} is the original sender), who and when, the status
 * and its description (the reason, for 02 and 16).
 */
public record StatusHeader(
        Organ from,
        ResponseFor responseFor,
        StaffInfo staff,
        ExchangeStatus status,
        String description,
        LocalDateTime timestamp) {}
