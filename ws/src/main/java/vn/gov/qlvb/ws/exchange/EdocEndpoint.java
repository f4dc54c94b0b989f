package vn.gov.qlvb.ws.exchange;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import vn.gov.qlvb.contract.edoc.Acknowledgement;
import vn.gov.qlvb.contract.edoc.Agency;
import vn.gov.qlvb.contract.edoc.EdocFault;
import vn.gov.qlvb.contract.edoc.EdocFault_Exception;
import vn.gov.qlvb.contract.edoc.EdocPortType;
import vn.gov.qlvb.contract.edoc.Receipt;
import vn.gov.qlvb.contract.edoc.ReceivedItem;
import vn.gov.qlvb.exchange.boundary.PackageReception;
import vn.gov.qlvb.exchange.boundary.PartnerCall;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * The SOAP service {@code EdocService} at {@code /lienthong/EdocService} (WSDL at
 * {@code ?wsdl}): the generated port type of the shared contract, translated to the same
 * boundary as the REST side. The HMAC headers are HTTP headers; the payload they cover is
 * described in the WSDL. A refusal is the fault {@code edocFault} with its code.
 */
@WebService(
        serviceName = "EdocService",
        portName = "EdocPort",
        targetNamespace = "urn:qlvb:lienthong:edoc:1",
        endpointInterface = "vn.gov.qlvb.contract.edoc.EdocPortType",
        wsdlLocation = "wsdl/EdocService.wsdl")
public class EdocEndpoint implements EdocPortType {

    @Inject
    PackageReception reception;

    @Resource
    WebServiceContext context;

    @Override
    public Receipt sendEdoc(byte[] edxml) throws EdocFault_Exception {
        try {
            return receipt(reception.sendEdoc(call(), nonNull(edxml), nonNull(edxml)));
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @Override
    public Receipt sendStatus(byte[] edxml) throws EdocFault_Exception {
        try {
            return receipt(reception.sendStatus(call(), nonNull(edxml), nonNull(edxml)));
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @Override
    public List<ReceivedItem> getReceivedEdocList(String organId) throws EdocFault_Exception {
        try {
            return reception.receivedList(call(), organId).stream()
                    .map(r -> {
                        ReceivedItem item = new ReceivedItem();
                        item.setDocId(r.docId());
                        item.setKind(r.kind());
                        item.setSenderOrganId(r.senderOrganId());
                        item.setDocumentId(r.documentId());
                        item.setStatusCode(r.statusCode());
                        item.setPullStatus(r.pullStatus());
                        item.setReceivedAt(calendar(r.receivedAt()));
                        return item;
                    })
                    .toList();
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @Override
    public byte[] getEdoc(String docId) throws EdocFault_Exception {
        try {
            return reception.getEdoc(call(), docId);
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @Override
    public Acknowledgement updateStatus(String docId, String status) throws EdocFault_Exception {
        try {
            byte[] payload = (docId + "\n" + status).getBytes(StandardCharsets.UTF_8);
            reception.updateStatus(call(), payload, docId, "done".equals(status));
            Acknowledgement acknowledgement = new Acknowledgement();
            acknowledgement.setDocId(docId);
            acknowledgement.setStatus(status);
            return acknowledgement;
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @Override
    public List<Agency> getAgenciesList() throws EdocFault_Exception {
        try {
            return reception.agencies(call()).stream()
                    .map(a -> {
                        Agency agency = new Agency();
                        agency.setOrganId(a.organId());
                        agency.setName(a.name());
                        agency.setParentOrganId(a.parentOrganId());
                        agency.setHosted(a.hosted());
                        return agency;
                    })
                    .toList();
        } catch (PackageRefusedException e) {
            throw fault(e);
        }
    }

    @SuppressWarnings("unchecked")
    private PartnerCall call() {
        Map<String, List<String>> headers =
                (Map<String, List<String>>) context.getMessageContext().get(MessageContext.HTTP_REQUEST_HEADERS);
        return new PartnerCall(
                header(headers, PartnerCall.SYSTEM_ID),
                header(headers, PartnerCall.TIMESTAMP),
                header(headers, PartnerCall.SIGNATURE));
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    private static Receipt receipt(vn.gov.qlvb.exchange.boundary.Receipt r) {
        Receipt receipt = new Receipt();
        receipt.setDocId(r.docId());
        receipt.setStatus(r.status());
        receipt.setDuplicate(r.duplicate());
        return receipt;
    }

    private static EdocFault_Exception fault(PackageRefusedException e) {
        EdocFault info = new EdocFault();
        info.setCode(e.refusal().name());
        info.setMessage(e.getMessage());
        return new EdocFault_Exception(e.refusal().name() + ": " + e.getMessage(), info);
    }

    private static byte[] nonNull(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    private static XMLGregorianCalendar calendar(java.time.Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
