package vn.gov.qlvb.incoming.boundary;

import java.time.Instant;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.ReceiptChannel;

/**
 * What the clerk submits to register a document received on paper, by e-mail or as a scan.
 *
 * @param arrivalAt when it arrived; {@code null} means now
 * @param registerDespiteDuplicates the clerk saw the duplicate warning and registers anyway
 */
public record IncomingForm(
        Long registerId,
        ReceiptChannel channel,
        Instant arrivalAt,
        IncomingDetails details,
        boolean registerDespiteDuplicates) {}
