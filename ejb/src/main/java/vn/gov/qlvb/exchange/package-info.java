/**
 * Exchange (liên thông văn bản): signed edXML packages (QCVN 102:2016) between QLVB and other
 * agencies' systems and the exchange axes, over REST and SOAP, delivered exactly once.
 *
 * <h2>What it owns</h2>
 *
 * <ul>
 *   <li>the edXML model ({@code entity.EdxmlPackage} and its parts), built by
 *       {@code control.outbound.EdxmlBuilder} and read by {@code control.inbound.EdxmlParser}
 *       (namespace and local name, never prefix or order; no DTD; size limits; exact bytes kept);
 *   <li>the XML-signature adapter, the only code that imports Apache Santuario:
 *       {@code control.outbound.XmlDsigPackageSigner} and {@code control.inbound.XmlDsigPackageVerifier};
 *   <li>the ordered checks of a received package, each failure a {@code PackageRefusal} code
 *       ({@code control.inbound.InboundPackageChecks});
 *   <li>partners ({@code Partner}: system id, HMAC secret encrypted under the server key,
 *       endpoint, transport) and the certificates agencies sign with ({@code AgencyCertificate});
 *   <li>the append-only, hash-chained evidence log of every package sent or received
 *       ({@code EvidenceEntry}, {@code ChainHead}), receipts of received packages
 *       ({@code ExchangeReceipt}: duplicates, the pull list), replayed calls ({@code SeenCall});
 *   <li>the transactional outbox ({@code OutboxMessage}) and its worker.
 * </ul>
 *
 * <h2>Inbound and outbound</h2>
 *
 * Inbound ({@code control.inbound}, {@code boundary.PackageReception}): HMAC → ordered checks →
 * duplicate → evidence, receipts → incoming arrivals or outgoing recipients' statuses.
 * Outbound ({@code control.outbound}, {@code boundary.PackageDispatch}, {@code OutboxWorker}):
 * build → sign with the agency's key (signing capability, kept in process) → evidence →
 * outbox, in the transaction of the change → delivery with backoff → dead letters.
 *
 * <h2>Update, replacement, alerts</h2>
 *
 * An update of an issued document's recipients goes to the external recipients that keep it as
 * an update package (type 2, its own DocumentId, the receivers added and removed); a document
 * replacing one goes to the external recipients of the replaced one as a replacement (type 3,
 * naming the replaced DocumentId). The receiving side applies them to its copies through {@code
 * IncomingArrivals} (the copy updated, or the replaced copy frozen and linked to the new one) and
 * answers 15, or 16 with the reason; the sender keeps the answer on the recipient's row. Document
 * packages to external recipients still waiting after {@code qlvb.exchange.alert-after} (default
 * four hours), or given up, are alerts ({@code boundary.ExchangeAlerts}) for the sending agency's
 * clerk and the province-wide administrator.
 *
 * <h2>Whom it talks to</h2>
 *
 * The incoming capability ({@code IncomingArrivals}) for arrivals and recalls, and its
 * {@code ArrivalStatusChanged} events for statuses to send back; the outgoing capability's
 * {@code ExternalDelivery} events and {@code OutgoingTracking} for statuses received; the
 * signing capability for keys; files for received files; organisations for agencies. The ws
 * WAR publishes {@code PackageReception} (REST and the SOAP contract of the
 * {@code qlvb-contract} module); partners are called over REST by
 * {@code control.outbound.PartnerClient}. Exchange axes (transport {@code AXIS}) are called by
 * {@code control.outbound.AxisClient}: packages go out through their multipart sendEdoc, come in
 * by pulling ({@code boundary.AxisPullWorker}: list → fetch → {@code PackageReception.receivePulled}
 * → acknowledge), and their agency lists are synchronised on demand
 * ({@code ExchangePartners.syncAgencies}).
 */
package vn.gov.qlvb.exchange;
