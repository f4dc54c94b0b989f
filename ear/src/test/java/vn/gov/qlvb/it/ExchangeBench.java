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
        X509Certificate certificate = java.security.cert.CertificateFactory.getInstance("X.509")
                                .generateCertificate(new java.io.ByteArrayInputStream(
                                        packages.certificatePem().getBytes(StandardCharsets.US_ASCII)))
                        instanceof X509Certificate c
                ? c
                : null;
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
            checks.check(packages.document(900_000 + i, List.of(B_PROVINCE), pdf), Instant.now());
        }
        int rawCount = Math.max(100, PACKAGES / 2);
        Instant rawStart = Instant.now();
        for (int i = 0; i < rawCount; i++) {
            checks.check(packages.document(800_000 + i, List.of(B_PROVINCE), pdf), Instant.now());
        }
        double rawSeconds = Duration.between(rawStart, Instant.now()).toMillis() / 1000.0;
        double rawRate = rawCount / rawSeconds;
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
