package vn.gov.qlvb.web.incoming;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.incoming.boundary.IncomingForm;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.ReceiptChannel;

/** The fields of the registration form, bound by the page. */
public class IncomingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long registerId;
    private ReceiptChannel channel = ReceiptChannel.PAPER;
    private LocalDateTime arrivalAt =
            LocalDateTime.now(IncomingDocument.VIETNAM).withSecond(0).withNano(0);
    private DocumentType documentType = DocumentType.CONG_VAN;
    private String codeNumber;
    private String codeNotation;
    private LocalDate issuedDate;
    private String issuerName;
    private String issuerOrganId;
    private String subject;
    private Integer pageCount;
    private String description;
    private String signerPosition;
    private String signerName;
    private Urgency urgency = Urgency.NORMAL;
    private Confidentiality confidentiality = Confidentiality.NONE;
    private String recipients;
    private LocalDate dueDate;
    private boolean registerDespiteDuplicates;

    IncomingForm toForm() {
        return new IncomingForm(
                registerId,
                channel,
                arrivalAt == null
                        ? null
                        : arrivalAt.atZone(IncomingDocument.VIETNAM).toInstant(),
                new IncomingDetails(
                        documentType,
                        codeNumber,
                        codeNotation,
                        issuedDate,
                        issuerName,
                        issuerOrganId,
                        subject,
                        null,
                        pageCount,
                        description,
                        signerPosition,
                        signerName,
                        urgency,
                        confidentiality,
                        recipients,
                        dueDate),
                registerDespiteDuplicates);
    }

    public Long getRegisterId() {
        return registerId;
    }

    public void setRegisterId(Long registerId) {
        this.registerId = registerId;
    }

    public ReceiptChannel getChannel() {
        return channel;
    }

    public void setChannel(ReceiptChannel channel) {
        this.channel = channel;
    }

    public LocalDateTime getArrivalAt() {
        return arrivalAt;
    }

    public void setArrivalAt(LocalDateTime arrivalAt) {
        this.arrivalAt = arrivalAt;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public String getCodeNotation() {
        return codeNotation;
    }

    public void setCodeNotation(String codeNotation) {
        this.codeNotation = codeNotation;
    }

    public LocalDate getIssuedDate() {
        return issuedDate;
    }

    public void setIssuedDate(LocalDate issuedDate) {
        this.issuedDate = issuedDate;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String issuerName) {
        this.issuerName = issuerName;
    }

    public String getIssuerOrganId() {
        return issuerOrganId;
    }

    public void setIssuerOrganId(String issuerOrganId) {
        this.issuerOrganId = issuerOrganId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(Integer pageCount) {
        this.pageCount = pageCount;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isRegisterDespiteDuplicates() {
        return registerDespiteDuplicates;
    }

    public void setRegisterDespiteDuplicates(boolean registerDespiteDuplicates) {
        this.registerDespiteDuplicates = registerDespiteDuplicates;
    }
}
