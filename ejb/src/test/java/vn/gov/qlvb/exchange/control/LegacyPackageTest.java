package vn.gov.qlvb.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.exchange.control.ExchangeFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.gov.qlvb.exchange.control.inbound.EdxmlParser;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * Packages shaped like the real ones of other systems (our own text, modelled on the vendor
 * samples of edxml.md): root in the default edXML namespace, {@code dd/MM/yyyy} dates, the
 * attachment's children without prefix, a zipped file, a {@code Signature} without the XML-DSig
 * namespace with the wrong exclusive-c14n URI and a truncated certificate. They parse completely
 * and are refused on the signature with a code, never an error.
 */
class LegacyPackageTest {

    private static final String NS = Edxml.NS;

    static String legacyDocument(String signature) {
        String zipped = Base64.getEncoder().encodeToString(zip("quyet-dinh.doc", "nội dung".getBytes()));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML xmlns="%1$s">
                  <edXML:edXMLEnvelope xmlns:edXML="%1$s">
                    <edXML:edXMLHeader>
                      <edXML:MessageHeader>
                        <edXML:From><edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:OrganizationInCharge>Tỉnh Nghệ An</edXML:OrganizationInCharge><edXML:OrganName>Sở Tài chính</edXML:OrganName><edXML:OrganAdd/><edXML:Email>stc@nghean.gov.vn</edXML:Email><edXML:Telephone/><edXML:Fax/><edXML:Website/></edXML:From>
                        <edXML:To><edXML:OrganId>000.00.00.H99</edXML:OrganId><edXML:OrganName>UBND tỉnh Mẫu</edXML:OrganName></edXML:To>
                        <edXML:To><edXML:OrganId>000.00.01.H99</edXML:OrganId><edXML:OrganName>Sở Nội vụ</edXML:OrganName></edXML:To>
                        <edXML:Code><edXML:CodeNumber>2491</edXML:CodeNumber><edXML:CodeNotation>STC-BCTC</edXML:CodeNotation></edXML:Code>
                        <edXML:PromulgationInfo><edXML:Place>Vinh</edXML:Place><edXML:PromulgationDate>30/10/2020</edXML:PromulgationDate></edXML:PromulgationInfo>
                        <edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeDetail>0</edXML:TypeDetail><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>
                        <edXML:Subject>Báo cáo tài chính tỉnh</edXML:Subject>
                        <edXML:SignerInfo><edXML:Competence></edXML:Competence><edXML:Position></edXML:Position><edXML:FullName></edXML:FullName></edXML:SignerInfo>
                        <edXML:DueDate></edXML:DueDate>
                        <edXML:OtherInfo><edXML:Priority>0</edXML:Priority><edXML:PromulgationAmount>2</edXML:PromulgationAmount><edXML:PageAmount>22</edXML:PageAmount><edXML:Direction>false</edXML:Direction><edXML:Appendixes><edXML:Appendix/></edXML:Appendixes></edXML:OtherInfo>
                        <edXML:SteeringType>1</edXML:SteeringType>
                        <edXML:DocumentId>000.00.00.H41,2020/10/30,2491/STC-BCTC</edXML:DocumentId>
                        <edXML:ToPlaces><edXML:Place>Các sở, ngành</edXML:Place></edXML:ToPlaces>
                      </edXML:MessageHeader>
                      <edXML:TraceHeaderList>
                        <edXML:TraceHeader><edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:Timestamp>2020/10/30 08:00:00</edXML:Timestamp></edXML:TraceHeader>
                        <edXML:Business><edXML:DocumentId>000.00.00.H41,2020/10/30,2491/STC-BCTC</edXML:DocumentId><edXML:BusinessDocType>2</edXML:BusinessDocType><edXML:BusinessDocReason>Cập nhật</edXML:BusinessDocReason><edXML:Paper>0</edXML:Paper>
                          <edXML:BusinessDocumentInfo><edXML:DocumentInfo>1</edXML:DocumentInfo><edXML:DocumentReceiver>1</edXML:DocumentReceiver><edXML:ReceiverList><edXML:Receiver><edXML:OrganId>000.00.01.H99</edXML:OrganId><edXML:ReceiverType>1</edXML:ReceiverType></edXML:Receiver></edXML:ReceiverList></edXML:BusinessDocumentInfo>
                        </edXML:Business>
                      </edXML:TraceHeaderList>
                      %2$s
                    </edXML:edXMLHeader>
                    <edXML:edXMLBody><edXML:edXMLManifest version="1.0"><edXML:Reference><edXML:ContentId>cid:209</edXML:ContentId><edXML:ContentType>application/zip</edXML:ContentType><edXML:Description>quyet-dinh.doc</edXML:Description><edXML:AttachmentName>quyet-dinh.doc</edXML:AttachmentName></edXML:Reference></edXML:edXMLManifest></edXML:edXMLBody>
                  </edXML:edXMLEnvelope>
                  <AttachmentEncoded><Attachment xmlns=""><ContentId>cid:209</ContentId><AttachmentName>quyet-dinh.doc</AttachmentName><Description>quyet-dinh.doc</Description><ContentType>application/zip</ContentType><ContentTransferEncoded>%3$s</ContentTransferEncoded></Attachment></AttachmentEncoded>
                </edXML>
                """
                .formatted(NS, signature, zipped)
                .strip();
    }

    static final String TRUNCATED_SIGNATURE =
            """
            <Signature><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315" /><SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1" /><Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature" /><Transform Algorithm="http://www.w3.org/TR/xml-exc-c14n#" /></Transforms><DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1" /><DigestValue>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</DigestValue></Reference></SignedInfo><SignatureValue>AAAA</SignatureValue><KeyInfo><X509Data><X509SubjectName>CN=user05</X509SubjectName><X509Certificate>MIIFqTCCBJG</X509Certificate></X509Data></KeyInfo></Signature>""";

    @Test
    void olderDocumentPackageParsesCompletely() {
        Document doc = SafeXml.parse(bytes(legacyDocument(TRUNCATED_SIGNATURE)));
        EdxmlParser.Headers headers = EdxmlParser.headers(doc);
        assertEquals("000.00.00.H41", headers.sender());
        assertEquals(
                "000.00.00.H41,2020/10/30,2491/STC-BCTC", headers.document().documentId());
        assertEquals(
                List.of("000.00.00.H99", "000.00.01.H99"), headers.document().addressees());
        assertEquals(LocalDate.of(2020, 10, 30), headers.document().promulgationDate());
        assertEquals("2491/STC-BCTC", headers.document().numberAndNotation());
        assertEquals(Integer.valueOf(22), headers.document().pageAmount());
        assertEquals(List.of("Các sở, ngành"), headers.document().toPlaces());
        assertEquals(BusinessDocType.UPDATE, headers.business().type(), "Business… accepted for Bussiness…");
        assertEquals(1, headers.business().receivers().size());
        List<PackageAttachment> attachments = EdxmlParser.attachments(doc);
        assertEquals(1, attachments.size());
        assertTrue(attachments.get(0).zipped());
        assertEquals("quyet-dinh.doc", attachments.get(0).name());
    }

    @Test
    void olderDocumentPackageIsRefusedOnItsSignatureWithACode() {
        PackageRefusedException refused = assertThrows(PackageRefusedException.class, () -> checks().check(
                        bytes(legacyDocument(TRUNCATED_SIGNATURE)), Instant.now()));
        assertEquals(PackageRefusal.SIGNATURE_INVALID, refused.refusal());
    }

    @Test
    void olderStatusWithoutSignatureParsesAndIsRefusedAsUnsigned() {
        String status =
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <edXML xmlns="%1$s"><edXML:edXMLEnvelope xmlns:edXML="%1$s"><edXML:edXMLHeader><edXML:MessageHeader>
                <edXML:From><edXML:OrganId>000.00.00.H41</edXML:OrganId><edXML:OrganName>UBND tỉnh Nghệ An</edXML:OrganName></edXML:From>
                <edXML:ResponseFor><edXML:OrganId>000.00.00.H99</edXML:OrganId><edXML:Code>7816/UBND-TH</edXML:Code><edXML:PromulgationDate>2015/09/30</edXML:PromulgationDate><edXML:DocumentId>000.00.00.H99,2015/09/30,7816/UBND-TH</edXML:DocumentId></edXML:ResponseFor>
                <edXML:StaffInfo><edXML:Department>Phòng hành chính</edXML:Department><edXML:Staff>Nguyễn Thị Trâm</edXML:Staff><edXML:Mobile>84912000001</edXML:Mobile><edXML:Email>tram@nghean.gov.vn</edXML:Email></edXML:StaffInfo>
                <edXML:StatusCode>05</edXML:StatusCode><edXML:Description>Đang xử lý văn bản đến</edXML:Description><edXML:Timestamp>2015/09/20 11:08:36</edXML:Timestamp>
                </edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>"""
                        .formatted(NS)
                        .strip();
        EdxmlParser.Headers headers = EdxmlParser.headers(SafeXml.parse(bytes(status)));
        assertEquals(ExchangeStatus.PROCESSING, headers.status().status());
        assertEquals(
                "000.00.00.H99,2015/09/30,7816/UBND-TH",
                headers.status().responseFor().documentId());
        PackageRefusedException refused =
                assertThrows(PackageRefusedException.class, () -> checks().check(bytes(status), Instant.now()));
        assertEquals(PackageRefusal.SIGNATURE_MISSING, refused.refusal());
    }
}
