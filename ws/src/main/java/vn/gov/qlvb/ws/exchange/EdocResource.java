package vn.gov.qlvb.ws.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import vn.gov.qlvb.exchange.boundary.AgencyListing;
import vn.gov.qlvb.exchange.boundary.PackageReception;
import vn.gov.qlvb.exchange.boundary.PartnerCall;
import vn.gov.qlvb.exchange.boundary.Receipt;
import vn.gov.qlvb.exchange.boundary.ReceivedItem;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * {@code /lienthong/api/v1/}: the REST operations of the interconnection, as the national axis
 * names them. The HMAC covers the raw body as sent (empty for GET); a package comes as
 * {@code application/xml} or as the part {@code file} of {@code multipart/form-data}.
 * Refusals answer {@code {"code","message"}} ({@link RefusalMapper}).
 */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class EdocResource {

    @Inject
    PackageReception reception;

    @POST
    @Path("sendEdoc")
    @Consumes(MediaType.WILDCARD)
    public Receipt sendEdoc(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        return reception.sendEdoc(
                new PartnerCall(systemId, timestamp, signature), body(body), packageOf(body(body), contentType));
    }

    @POST
    @Path("sendStatus")
    @Consumes(MediaType.WILDCARD)
    public Receipt sendStatus(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        return reception.sendStatus(
                new PartnerCall(systemId, timestamp, signature), body(body), packageOf(body(body), contentType));
    }

    @GET
    @Path("getReceivedEdocList")
    public List<ReceivedItem> receivedList(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature,
            @QueryParam("organId") String organId) {
        return reception.receivedList(new PartnerCall(systemId, timestamp, signature), organId);
    }

    @GET
    @Path("getEdoc")
    @Produces(MediaType.APPLICATION_XML)
    public byte[] getEdoc(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature,
            @QueryParam("docId") String docId) {
        return reception.getEdoc(new PartnerCall(systemId, timestamp, signature), docId);
    }

    /** {@code {"docId":…,"status":"done"|"fail"}}: the transport acknowledgement of a pulled package. */
    @POST
    @Path("updateStatus")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> updateStatus(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature,
            byte[] body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body(body)))) {
            json = reader.readObject();
        } catch (JsonParsingException | ClassCastException e) {
            throw new PackageRefusedException(PackageRefusal.SCHEMA_INVALID, "the body is not {\"docId\",\"status\"}");
        }
        String docId = json.getString("docId", null);
        String status = json.getString("status", "");
        if (!status.equals("done") && !status.equals("fail")) {
            throw new PackageRefusedException(PackageRefusal.SCHEMA_INVALID, "status must be done or fail");
        }
        reception.updateStatus(
                new PartnerCall(systemId, timestamp, signature), body(body), docId, status.equals("done"));
        return Map.of("docId", docId, "status", status);
    }

    @GET
    @Path("getAgenciesList")
    public List<AgencyListing> agencies(
            @HeaderParam(PartnerCall.SYSTEM_ID) String systemId,
            @HeaderParam(PartnerCall.TIMESTAMP) String timestamp,
            @HeaderParam(PartnerCall.SIGNATURE) String signature) {
        return reception.agencies(new PartnerCall(systemId, timestamp, signature));
    }

    private static byte[] body(byte[] body) {
        return body == null ? new byte[0] : body;
    }

    private static byte[] packageOf(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            return MultipartFile.fileOf(body, contentType);
        }
        return body;
    }
}
