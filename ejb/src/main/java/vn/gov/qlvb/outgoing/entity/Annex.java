package vn.gov.qlvb.outgoing.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.gov.qlvb.files.entity.Attachment;

/**
 * An attachment in a separate file (phụ lục, Decree 30 Appendix I, II.8.b): the file the drafter
 * uploaded and, once the agency signs the document, the copy with the agency's signature (PDF
 * only: other kinds go out as uploaded).
 */
@Embeddable
public class Annex {

    @ManyToOne(optional = false)
    @JoinColumn(name = "attachment_id", nullable = false)
    private Attachment file;

    @ManyToOne
    @JoinColumn(name = "signed_attachment_id")
    private Attachment signedFile;

    protected Annex() {}

    Annex(Attachment file) {
        this.file = file;
    }

    /** Whether the agency signs this file: a PDF. */
    public boolean isSignable() {
        return "application/pdf".equals(file.getMediaType());
    }

    void signed(Attachment signed) {
        this.signedFile = signed;
    }

    /** The file as uploaded. */
    public Attachment getFile() {
        return file;
    }

    /** The agency-signed copy, or {@code null} before the agency's signature or for a non-PDF. */
    public Attachment getSignedFile() {
        return signedFile;
    }

    /** What recipients receive: the signed copy when there is one, else the file as uploaded. */
    public Attachment getIssuedFile() {
        return signedFile != null ? signedFile : file;
    }
}
