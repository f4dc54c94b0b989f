package vn.gov.qlvb.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.exchange.control.ExchangeFixtures.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.gov.qlvb.exchange.control.inbound.IncomingTranslation;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.incoming.entity.IncomingStatus;

/**
 * Update (BussinessDocType 2) and replacement (3) packages as this system builds them, read back
 * after every check, and what their answers (15, 16) mean to the sender.
 */
class UpdateAndReplacePackagesTest {

    private static final String REPLACED_ID = SENDER + ",2026/11/20,125/UBND-VX";
    private static final String NEW_ID = SENDER + ",2026/11/25,130/UBND-VX";

    private EdxmlPackage update(long serial) {
        return EdxmlPackage.document(
                header(Business.updateIdOf(DOCUMENT_ID, serial), hostedAddressees()),
                traces(),
                Business.update(
                        DOCUMENT_ID,
                        "Điều chỉnh nơi nhận",
                        false,
                        List.of(
                                new Business.Receiver("000.00.02.H99", true),
                                new Business.Receiver(HOSTED_DEPARTMENT, false)),
                        clerk()),
                List.of());
    }

    private EdxmlPackage replacement() {
        return EdxmlPackage.document(
                header(NEW_ID, hostedAddressees()),
                traces(),
                Business.replacement(
                        NEW_ID,
                        "Thay thế văn bản số 125/UBND-VX",
                        List.of(new Business.Replacement(REPLACED_ID, List.of(HOSTED))),
                        clerk()),
                List.of(new PackageAttachment("cid:1", "130.pdf", "Công văn 130", "application/pdf", PDF)));
    }

    @Test
    void anUpdateOfTheReceiversComesBackWithTheReceiversAddedAndRemoved() {
        EdxmlPackage sent = update(1_700_000_000_000L);
        EdxmlPackage read = checks().check(sign(sent), Instant.now()).content();
        assertEquals(sent, read);
        assertEquals(BusinessDocType.UPDATE, read.businessType());
        assertEquals(DOCUMENT_ID, read.business().documentId(), "it names the document it updates");
        assertTrue(read.business().receiversChanged());
        assertFalse(read.business().infoChanged());
        assertEquals(
                List.of(new Business.Receiver("000.00.02.H99", true), new Business.Receiver(HOSTED_DEPARTMENT, false)),
                read.business().receivers());
        String xml = text(sign(sent));
        assertTrue(xml.contains("<edXML:BussinessDocType>2</edXML:BussinessDocType>"), xml);
        assertTrue(xml.contains("<edXML:DocumentReceiver>1</edXML:DocumentReceiver>"), xml);
        assertTrue(xml.contains("<edXML:DocumentInfo>0</edXML:DocumentInfo>"), xml);
        assertEquals(
                "Điều chỉnh nơi nhận; thêm nơi nhận 000.00.02.H99; bỏ nơi nhận " + HOSTED_DEPARTMENT,
                IncomingTranslation.noteOf(read.business()));
    }

    @Test
    void eachUpdateHasItsOwnDocumentIdSoThatEachIsAnsweredOnItsOwn() {
        String first = update(1).documentId();
        String second = update(2).documentId();
        assertTrue(Business.isUpdateId(first));
        assertFalse(first.equals(second));
        assertFalse(Business.isUpdateId(DOCUMENT_ID));
        assertFalse(Business.isUpdateId(DOCUMENT_ID + "#thu-hoi"));
        assertTrue(first.startsWith(DOCUMENT_ID));
    }

    @Test
    void aReplacementComesBackNamingTheReplacedDocument() {
        EdxmlPackage sent = replacement();
        EdxmlPackage read = checks().check(sign(sent), Instant.now()).content();
        assertEquals(sent, read);
        assertEquals(BusinessDocType.REPLACE, read.businessType());
        assertEquals(
                List.of(new Business.Replacement(REPLACED_ID, List.of(HOSTED))),
                read.business().replacements());
        String xml = text(sign(sent));
        assertTrue(xml.contains("<edXML:BussinessDocType>3</edXML:BussinessDocType>"), xml);
        assertTrue(xml.contains("<edXML:ReplacementInfoList>"), xml);
    }

    @Test
    void aReplacementWithoutTheReplacedDocumentIsRefused() {
        byte[] bare = sign(replacement(), SENDER_KEY, doc -> {
            Element list = (Element)
                    doc.getElementsByTagNameNS(Edxml.NS, "ReplacementInfoList").item(0);
            list.getParentNode().removeChild(list);
        });
        PackageRefusedException e =
                assertThrows(PackageRefusedException.class, () -> checks().check(bare, Instant.now()));
        assertEquals(PackageRefusal.SCHEMA_INVALID, e.refusal());
        assertThrows(
                IllegalArgumentException.class,
                () -> Business.replacement(NEW_ID, "x", List.of(), clerk()),
                "a replacement names what it replaces");
    }

    @Test
    void aReplacementWaitsInTheOutboxBehindTheDocumentItReplaces() {
        OutboxMessage replacing = new OutboxMessage(replacement(), "p", HOSTED, 7L, 1, Instant.now());
        assertEquals(REPLACED_ID + "|" + HOSTED, replacing.getDeliveryKey());
        OutboxMessage updating = new OutboxMessage(update(5), "p", HOSTED, 7L, 2, Instant.now());
        assertEquals(DOCUMENT_ID + "|" + HOSTED, updating.getDeliveryKey());
        assertEquals(update(5).documentId(), updating.getDocumentId());
    }

    @Test
    void fifteenAndSixteenAnswerAChange() {
        assertEquals(Boolean.TRUE, StatusTranslation.changeAnswer(ExchangeStatus.RECALL_ACCEPTED));
        assertEquals(Boolean.FALSE, StatusTranslation.changeAnswer(ExchangeStatus.RECALL_REFUSED));
        for (ExchangeStatus other : ExchangeStatus.values()) {
            if (other != ExchangeStatus.RECALL_ACCEPTED && other != ExchangeStatus.RECALL_REFUSED) {
                assertNull(StatusTranslation.changeAnswer(other), other.name());
            }
        }
        assertNull(StatusTranslation.followedAs(ExchangeStatus.RECALL_REFUSED), "16 leaves the status as it was");
        assertEquals(ExchangeStatus.RECALL_ACCEPTED, StatusTranslation.reportedFor(IncomingStatus.RECALLED));
    }
}
