/**
 * Files: the original files that documents carry (PDF, Word, OpenDocument, Excel, JPEG, PNG,
 * TIFF scans), kept as the exact bytes received, checked on the way in and verified on every
 * way out.
 *
 * <h2>What it owns</h2>
 *
 * <ul>
 *   <li>{@link vn.gov.qlvb.files.entity.StoredFile}: one content, named by its SHA-256. The same
 *       bytes stored twice, under any names, by anyone, are one stored file and one blob.
 *   <li>{@link vn.gov.qlvb.files.entity.Attachment}: one upload of a content, with the name it
 *       was given, its detected media type, who uploaded it and when. Immutable.
 *   <li>The content store ({@code control.ContentStore}): the bytes, outside the database, under
 *       {@code qlvb.files.dir} (default {@code ${jboss.server.data.dir}/qlvb/files}) at
 *       {@code ab/cd/<sha256>}. Back it up with the database.
 * </ul>
 *
 * <h2>How documents reference attachments</h2>
 *
 * An owning capability (incoming, outgoing, tasks, records…) keeps a link table of its own, for
 * example {@code qlvb_incoming_attachment(document_id → qlvb_incoming_document, attachment_id →
 * qlvb_attachment, position)}, mapped as a {@code @ManyToMany} or {@code @OneToMany} with a
 * {@code @JoinTable} and an {@code @OrderColumn} on its entity. So:
 *
 * <ul>
 *   <li>this capability never knows its owners, and the dependency points one way (owners →
 *       {@code files.boundary}, {@code files.entity});
 *   <li>both ends of every link are foreign keys: no link to a missing attachment, no attachment
 *       deleted while linked, no polymorphic "owner type + owner id" that the database cannot
 *       check;
 *   <li>a file is uploaded (and gets its id) before the document is saved, as the pages upload
 *       while a form is open; it is linked when the document is saved. An attachment that is
 *       never linked stays as a harmless row (a later sweep may remove those older than a day);
 *   <li>one attachment may be linked from several records (a draft's versions, a document and
 *       the file (hồ sơ) it is kept in) without copying bytes.
 * </ul>
 *
 * An embeddable held by each owner was the alternative; it was set aside because an attachment
 * then has no identity of its own before its document is saved (nothing for an upload to
 * return, nothing for the audit trail of views and downloads to name), and each owner's table
 * would repeat the upload columns.
 *
 * <h2>Invariants</h2>
 *
 * <ol>
 *   <li>A row never points to missing bytes: blobs are written (atomically, never overwritten)
 *       before the rows that reference them; a failure in between leaves at most an
 *       unreferenced blob.
 *   <li>Bytes read are the bytes stored: every read hashes the blob and refuses with
 *       {@code file.corrupted} if it changed.
 *   <li>An attachment's extension announces what its bytes are, detected from the bytes (Apache
 *       Tika core plus a look into OOXML packages and OLE2 files), and that is one of
 *       {@link vn.gov.qlvb.files.entity.FileType}; the client's claimed type is never used.
 *   <li>An upload is empty, too large ({@code qlvb.files.maxBytes}, default 50 MiB), of a kind
 *       not allowed or not what its name says: refused, and nothing is kept.
 *   <li>File names are kept as given, less a directory part and surrounding blanks, in Unicode
 *       NFC, without control or formatting characters, at most 255 characters.
 * </ol>
 *
 * <h2>Who uses it</h2>
 *
 * The document capabilities call {@link vn.gov.qlvb.files.boundary.FileStorage} to store
 * uploads and received attachments and to open them, after checking the caller's access to the
 * owning document: {@code FileStorage} itself checks no access. Signing and exchange read the
 * exact bytes through it. The web and ws modules reach files only through the owners'
 * boundaries for downloads.
 */
package vn.gov.qlvb.files;
