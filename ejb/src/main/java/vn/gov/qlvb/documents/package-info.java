/**
 * The vocabulary every kind of document shares (incoming, outgoing, records): the decree's
 * document types with their abbreviations, urgency and confidentiality. Entities only; no
 * boundary of its own.
 */
package vn.gov.qlvb.documents;
