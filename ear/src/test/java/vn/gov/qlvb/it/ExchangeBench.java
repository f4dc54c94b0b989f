package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.exchange.control.inbound.ExchangeDirectory;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.production.ServerProcess;

/**
 * The exchange benchmark (README): signed document packages with a 200 KB PDF delivered per
 * second to a QLVB node (a separate WildFly process with its database: HMAC, ordered checks,
 * signature verification, evidence, the incoming arrival with its file, the receipt), sent by
 * {@code bench.senders} concurrent senders that build and sign each package as a sending node
 * does; against the raw rate of build + sign + verify + parse of the same packages in one
 * process, measured in the same run. Run with {@code ./mvnw -Pbench verify}; reports to
 * {@code ear/target/bench/exchange.txt}, asserts only that every package was accepted.
 */
class ExchangeBench {

    static final int PACKAGES = Integer.getInteger("bench.packages", 300);
    static final int SENDERS = Integer.getInteger("bench.senders", 4);
    static final String SENDER = "000.00.00.H97";
    static final String B_PROVINCE = "000.00.00.H98";
    static final String SECRET = "bi-mat-do-hieu-nang-2026";

    @Test
    void packagesPerSecondBetweenNodesAgainstRawSignVerifyParse() throws Exception {
        byte[] pdf = pdfOfAbout200Kb();
        ExchangePackages packages = new ExchangePackages(SENDER, "UBND tỉnh Gửi");

        // raw: build + sign + verify + parse in one process
        double rawRate = rawRate(packages, pdf, Math.max(100, PACKAGES / 2));
        int packageSize = packages.document(1, List.of(B_PROVINCE), pdf).length;

        // between nodes
        int offset = Integer.getInteger("bench.offset", Integer.getInteger("it.node.b.offset", 700));
        double nodeRate;
        try (ServerProcess b = ServerProcess.copyOfProvisionedServer("bench-exchange", offset)) {
            b.deployQlvb();
            b.start("-Dqlvb.demo-data=true", "-Dqlvb.demo.level1=H98", "-Dqlvb.exchange.system-id=node-b");
            b.awaitReady(Duration.ofMinutes(4));
            URL urlB = new URL("http://localhost:" + b.httpPort() + "/qlvb/");
            Api admin = Api.as(urlB, "quantri");
            assertEquals(
                    201,
                    admin.post(
                                    "partners",
                                    """
                    {"systemId":"node-a","name":"Hệ thống gửi","secret":"%s","endpointUrl":"http://localhost:9/","transport":"rest"}"""
                                            .formatted(SECRET))
                            .status());
            assertEquals(
                    201,
                    admin.post(
                                    "agencies",
                                    """
                    {"organId":"%s","name":"UBND tỉnh Gửi","level":"PROVINCE","remote":true,"partnerSystemId":"node-a"}"""
                                            .formatted(SENDER))
                            .status());
            assertEquals(
                    201,
                    admin.postBytes(
                                    "agencies/" + SENDER + "/certificates",
                                    packages.certificatePem().getBytes(StandardCharsets.US_ASCII),
                                    "application/x-pem-file")
                            .status());
            Lienthong sender = new Lienthong(
                    URI.create("http://localhost:" + b.httpPort() + "/lienthong/api/v1/"), "node-a", SECRET);
            for (int i = 0; i < 20; i++) {
                assertEquals(
                        200,
                        sender.post(
                                        "sendEdoc",
                                        packages.document(700_000 + i, List.of(B_PROVINCE), pdf),
                                        "application/xml")
                                .status());
            }
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            Instant start = Instant.now();
            List<Future<Integer>> senders = new java.util.ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                senders.add(pool.submit(() -> {
                    int sent = 0;
                    for (int n; (n = next.incrementAndGet()) <= PACKAGES; ) {
                        Lienthong.Answer answer = sender.post(
                                "sendEdoc", packages.document(n, List.of(B_PROVINCE), pdf), "application/xml");
                        assertEquals(200, answer.status(), answer.toString());
                        sent++;
                    }
                    return sent;
                }));
            }
            int delivered = 0;
            for (Future<Integer> f : senders) {
                delivered += f.get();
            }
            pool.shutdown();
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            assertEquals(PACKAGES, delivered);
            nodeRate = delivered / seconds;
        }
        String report = String.format(
                "ExchangeBench: %d signed packages of %d KB (a %d KB PDF), %d senders%n"
                        + "  delivered to a node (sign in the sender, HTTP, HMAC, checks, verify, evidence, arrival, receipt): %.1f packages/s%n"
                        + "  raw build + sign + verify + parse in one process:                                              %.1f packages/s%n"
                        + "  ratio: %.2f%n",
                PACKAGES, packageSize / 1024, pdf.length / 1024, SENDERS, nodeRate, rawRate, nodeRate / rawRate);
        System.out.print(report);
        Path out = ServerProcess.repositoryRoot().resolve("ear/target/bench/exchange.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * Between two QLVB nodes: node A issues {@code bench.nodes.documents} documents (each a
     * 200 KB PDF, signed by the leader, numbered, sealed) to node B's province while its partner
     * entry for B points at a closed port, so every package waits, signed, in A's outbox; then the
     * entry is pointed at B and A's own outbox worker delivers them (retrying each second, several
     * at once). The rate is what A's outbox drains into B per second, against the raw build + sign
     * + verify + parse rate of packages of the same size in the bench JVM, in the same run.
     */
    @Test
    void packagesPerSecondFromOneNodesOutboxToAnother() throws Exception {
        int documents = Integer.getInteger("bench.nodes.documents", 150);
        byte[] pdf = pdfOfAbout200Kb();
        double rawRate = rawRate(new ExchangePackages(SENDER, "UBND tỉnh Gửi"), pdf, 100);
        int offset = Integer.getInteger("bench.offset", 700);
        double nodeRate;
        int drained;
        try (ServerProcess a = ServerProcess.copyOfProvisionedServer("bench-node-a", offset + 20);
                ServerProcess b = ServerProcess.copyOfProvisionedServer("bench-node-b", offset + 40)) {
            a.deployQlvb();
            b.deployQlvb();
            a.start(
                    "-Dqlvb.demo-data=true",
                    "-Dqlvb.exchange.system-id=node-a",
                    "-Dqlvb.exchange.poll-millis=200",
                    "-Dqlvb.exchange.retry-delays=PT1S",
                    "-Dqlvb.exchange.max-attempts=100000");
            b.start("-Dqlvb.demo-data=true", "-Dqlvb.demo.level1=H98", "-Dqlvb.exchange.system-id=node-b");
            a.awaitReady(Duration.ofMinutes(6));
            b.awaitReady(Duration.ofMinutes(6));
            URL urlA = new URL("http://localhost:" + a.httpPort() + "/qlvb/");
            URL urlB = new URL("http://localhost:" + b.httpPort() + "/qlvb/");
            String partnerB =
                    """
                    {"systemId":"node-b","name":"QLVB tỉnh Bên Kia","secret":"%s","endpointUrl":"%s","transport":"rest"}""";
            TwoNodeExchangeIT.connect(
                    urlA,
                    "node-b",
                    "http://localhost:9/lienthong/api/v1/",
                    "rest",
                    B_PROVINCE,
                    "UBND tỉnh Bên Kia",
                    TwoNodeExchangeIT.certificateOf(urlB, B_PROVINCE));
            TwoNodeExchangeIT.connect(
                    urlB,
                    "node-a",
                    "http://localhost:%d/lienthong/api/v1/".formatted(a.httpPort()),
                    "rest",
                    TwoNodeExchangeIT.A_PROVINCE,
                    "UBND tỉnh Mẫu",
                    TwoNodeExchangeIT.certificateOf(urlA, TwoNodeExchangeIT.A_PROVINCE));

            OutgoingFlow flow = new OutgoingFlow(urlA, TwoNodeExchangeIT.A_PROVINCE);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> issued = new java.util.ArrayList<>();
            for (int i = 0; i < documents; i++) {
                issued.add(pool.submit(() -> {
                    Api author = flow.as("chuyenvien");
                    Api.Reply created = author.post(
                            "outgoing",
                            OutgoingFlow.json(
                                    "CONG_VAN",
                                    OutgoingFlow.unique("Về việc đo hiệu năng liên thông"),
                                    "NONE",
                                    "lanhdao",
                                    flow.people.get("lanhdao"),
                                    List.of(B_PROVINCE)));
                    assertEquals(201, created.status(), created.toString());
                    long id = created.json().getJsonNumber("id").longValue();
                    assertEquals(
                            201,
                            author.postFile("outgoing/" + id + "/versions", "du-thao.pdf", pdf, "application/pdf")
                                    .status());
                    flow.dispatched(id, "lanhdao");
                    return null;
                }));
            }
            for (Future<?> f : issued) {
                f.get();
            }
            pool.shutdown();
            Api adminA = Api.as(urlA, "quantri");
            assertEquals(documents, pending(adminA), "every package waits in A's outbox");
            OutboxPoller poller = new OutboxPoller(urlA);
            assertEquals(documents, poller.pending());

            // point A at B: from here A's outbox worker drains into B
            assertEquals(
                    201,
                    adminA.post(
                                    "partners",
                                    partnerB.formatted(
                                            TwoNodeExchangeIT.SHARED_SECRET,
                                            "http://localhost:" + b.httpPort() + "/lienthong/api/v1/"))
                            .status());
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            Instant first = null;
            int atFirst = documents;
            int left = documents;
            while (left > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                left = poller.pending();
                if (first == null && left < documents) {
                    first = Instant.now();
                    atFirst = left;
                }
            }
            Instant last = Instant.now();
            assertEquals(0, left, "A's outbox drained");
            assertEquals("[]", adminA.get("partners/outbox").body().strip(), "nothing given up");
            assertEquals(
                    documents,
                    Api.as(urlB, "vanthu")
                            .get("incoming?status=ARRIVED&size=1")
                            .json()
                            .getJsonNumber("total")
                            .intValue(),
                    "every document arrived once at B");
            drained = atFirst;
            nodeRate = drained / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
        }
        String report = String.format(
                "ExchangeBench between two nodes: %d documents (a %d KB PDF each, signed, numbered, sealed by A)%n"
                        + "  A's outbox into B (A signs the package, HTTP, HMAC, checks, verify, evidence, arrival, receipt): %.1f packages/s (%d timed)%n"
                        + "  raw build + sign + verify + parse in one thread of the bench JVM:                                   %.1f packages/s%n"
                        + "  ratio: %.2f%n",
                documents, pdf.length / 1024, nodeRate, drained, rawRate, nodeRate / rawRate);
        System.out.print(report);
        Path out = ServerProcess.repositoryRoot().resolve("ear/target/bench/exchange-nodes.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static int pending(Api admin) {
        return admin.get("partners/outbox?state=PENDING").jsonArray().size();
    }

    /**
     * Counts A's pending outbox while it drains, signed in once and then riding the session
     * cookie: HTTP Basic on every poll would spend A's processor on a bcrypt check each time.
     */
    static final class OutboxPoller {
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        private final URI uri;
        private boolean signedIn;

        OutboxPoller(URL node) {
            this.uri = URI.create(Api.root(node) + "qlvb/api/v1/partners/outbox?state=PENDING");
        }

        int pending() throws Exception {
            java.net.http.HttpRequest.Builder request =
                    java.net.http.HttpRequest.newBuilder(uri).header("Accept", "application/json");
            if (!signedIn) {
                request.header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                ("quantri:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            java.net.http.HttpResponse<String> response =
                    http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            signedIn = true;
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
                return reader.readArray().size();
            }
        }
    }

    /** Build + sign + verify + parse of {@code count} packages with the PDF in one thread: packages per second. */
    static double rawRate(ExchangePackages packages, byte[] pdf, int count) throws Exception {
        X509Certificate certificate = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(
                        packages.certificatePem().getBytes(StandardCharsets.US_ASCII)));
        InboundPackageChecks checks = new InboundPackageChecks(
                new ExchangeDirectory() {
                    @Override
                    public Set<String> agenciesOfCertificate(X509Certificate candidate) {
                        return candidate.equals(certificate) ? Set.of(SENDER) : Set.of();
                    }

                    @Override
                    public boolean hosts(String organId) {
                        return organId.equals(B_PROVINCE);
                    }
                },
                50_000_000);
        for (int i = 0; i < 20; i++) {
            checks.check(packages.document(600_000 + i, List.of(B_PROVINCE), pdf), Instant.now());
        }
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            checks.check(packages.document(500_000 + i, List.of(B_PROVINCE), pdf), Instant.now());
        }
        return count / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    /** A one-page PDF of about 200 KB (a noisy image that does not compress), like a scan. */
    static byte[] pdfOfAbout200Kb() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(260, 260, java.awt.image.BufferedImage.TYPE_INT_RGB);
            SecureRandom random = new SecureRandom(new byte[] {1});
            for (int x = 0; x < 260; x++) {
                for (int y = 0; y < 260; y++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 50, 300, 260, 260);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
