package vn.gov.qlvb.exchange.entity;

import java.time.LocalDateTime;

/** One {@code TraceHeader}: a system the package went through and when (Vietnam time). */
public record TraceHeader(String organId, LocalDateTime timestamp) {}
