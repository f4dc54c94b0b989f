package vn.gov.qlvb.exchange.entity;

/** One {@code edXMLManifest/Reference}: what the body says an attachment is. */
public record ManifestReference(String contentId, String contentType, String description, String attachmentName) {}
