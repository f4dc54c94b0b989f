package vn.gov.qlvb.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.production.ServerProcess;

/**
 * The outgoing benchmark (README "Benchmarks"): a server of its own on PostgreSQL (port offset
 * 650, database {@code qlvb_bench_out}) with the demo province and its demo signing keys; the
 * real flow through the REST API for each document: the leader's PAdES signature with the
 * personal PKCS#12 and the PIN, the clerk's issue (number taken, then stamped on the signed PDF)
 * and the agency's signature with the seal, which dispatches it to one internal recipient.
 *
 * <ol>
 *   <li>{@code bench.outgoing.sequential} documents (default 15) one after the other: the
 *       latency of each step, the sign step being the cost of one PAdES signature as the server
 *       makes it (the HTTP call on loopback included: an upper bound);
 *   <li>{@code bench.outgoing.documents} documents (default 60) by {@code bench.outgoing.threads}
 *       threads (default 4): documents signed, issued and sealed per second;
 *   <li>in this JVM, the raw signature with {@link Signature} (RSA-2048 SHA256withRSA, and ECDSA
 *       P-256 SHA256withECDSA, the demo keys' algorithm) for comparison.
 * </ol>
 *
 * <p>Drafts are made and approved before the clock starts. Run with {@code ./mvnw -B -Pbench
 * verify -Dit.test=OutgoingBench -Dfailsafe.failIfNoSpecifiedTests=false}; reports, asserts
 * nothing: the figures go to {@code ear/target/bench/outgoing.txt}.
 */
class OutgoingBench {

    private static final int SEQUENTIAL = Integer.getInteger("bench.outgoing.sequential", 15);
    private static final int DOCUMENTS = Integer.getInteger("bench.outgoing.documents", 60);
    private static final int THREADS = Integer.getInteger("bench.outgoing.threads", 4);
    private static final String DATABASE = "qlvb_bench_out";
    private static final String PASSWORD = "Demo@2026";
    private static final String PIN = "123456";
    private static final String RECIPIENT = "000.00.01.H99";

    @Test
    void signIssueAndSeal() throws Exception {
        StringBuilder report = new StringBuilder();
        String loadBefore = loadAverage();
        double padesMedian;
        try (ServerProcess server = ServerProcess.copyOfProvisionedServer("bench-outgoing-wildfly", 650)) {
            server.installPostgresql(DATABASE);
            server.deployQlvb();
            server.start("-Dqlvb.demo-data=true");
            server.awaitReady(Duration.ofMinutes(3));
            String api = "http://localhost:" + server.httpPort() + "/qlvb/api/v1/";
            Client admin = new Client(api, "quantri");
            admin.send("PUT", "outgoing/review-chains/GIAY_MOI", "{\"steps\":[\"LEADER\"]}");
            long signerId = personId(admin, "lanhdao");

            List<Long> sequential = drafts(api, signerId, SEQUENTIAL);
            List<Long> concurrent = drafts(api, signerId, DOCUMENTS);

            // One after the other: the latency of each step.
            Client leader = new Client(api, "lanhdao");
            Client clerk = new Client(api, "vanthu");
            List<Long> sign = new ArrayList<>();
            List<Long> issue = new ArrayList<>();
            List<Long> seal = new ArrayList<>();
            for (long id : sequential) {
                sign.add(timed(() -> leader.send("POST", "outgoing/" + id + "/sign", "{\"pin\":\"" + PIN + "\"}")));
                issue.add(timed(() -> clerk.send("POST", "outgoing/" + id + "/issue", "{}")));
                seal.add(timed(() -> clerk.send("POST", "outgoing/" + id + "/agency-signature", "{}")));
            }
            // The first call of each kind warms the server up; it is left out.
            report.append(String.format(
                    "sequential, %d documents (first left out), REST on loopback:%n", sequential.size() - 1));
            report.append(line("  sign (signer's PAdES, PKCS#12 + PIN)", sign));
            padesMedian = median(sign) / 1e6;
            report.append(line("  issue (number + stamp on the PDF)", issue));
            report.append(line("  agency signature (seal, dispatch)", seal));

            // Several threads: throughput of the whole path.
            Queue<Long> work = new ConcurrentLinkedQueue<>(concurrent);
            List<Long> concurrentSign = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    Client l = new Client(api, "lanhdao");
                    Client c = new Client(api, "vanthu");
                    int count = 0;
                    for (Long id = work.poll(); id != null; id = work.poll()) {
                        long d = id;
                        concurrentSign.add(
                                timed(() -> l.send("POST", "outgoing/" + d + "/sign", "{\"pin\":\"" + PIN + "\"}")));
                        c.send("POST", "outgoing/" + d + "/issue", "{}");
                        c.send("POST", "outgoing/" + d + "/agency-signature", "{}");
                        count++;
                    }
                    return count;
                }));
            }
            int completed = 0;
            for (Future<Integer> f : done) {
                completed += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            report.append(String.format(
                    "%nconcurrent, %d threads: %d documents signed, issued and sealed in %.1f s = %.2f documents/s%n",
                    THREADS, completed, seconds, completed / seconds));
            report.append(String.format(
                    "  (= %.2f PAdES signatures/s: the signer's and the agency's per document)%n",
                    2 * completed / seconds));
            report.append(line("  sign under load", concurrentSign));
            String last = clerk.send("GET", "outgoing/" + concurrent.get(concurrent.size() - 1), null);
            report.append("  last document: " + field(last, "numberAndNotation") + ", " + field(last, "status") + "\n");
        }

        // Raw signatures in this JVM.
        double rsa = rawSignature("RSA", 2048, "SHA256withRSA");
        double ecdsa = rawSignature("EC", 256, "SHA256withECDSA");
        report.append(String.format(
                "%nraw signature in the bench JVM (java.security.Signature, 1 KiB, median of 500):%n"
                        + "  RSA-2048 SHA256withRSA      %8.3f ms%n"
                        + "  ECDSA P-256 SHA256withECDSA %8.3f ms (the demo keys' algorithm)%n",
                rsa, ecdsa));
        report.append(String.format(
                "one PAdES signature (sign step, sequential p50) = %.0f × raw RSA-2048, %.0f × raw ECDSA P-256%n",
                padesMedian / rsa, padesMedian / ecdsa));
        report.append(String.format(
                "machine: %d processors, %s %s; load average before %s, after %s (other work on the machine"
                        + " lowers the figures)%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                loadBefore,
                loadAverage()));

        Path out = ServerProcess.repositoryRoot().resolve("ear/target/bench/outgoing.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n=== QLVB outgoing benchmark ===\n" + report);
    }

    /** Approved drafts of chuyenvien to be signed by lanhdao, each with a one-page PDF. */
    private static List<Long> drafts(String api, long signerId, int count) throws Exception {
        Client author = new Client(api, "chuyenvien");
        Client leader = new Client(api, "lanhdao");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String created = author.send(
                    "POST",
                    "outgoing",
                    """
                    {"documentType":"GIAY_MOI","subject":"Về việc đo hiệu năng %d","urgency":"NORMAL",
                     "confidentiality":"NONE","signerId":%d,"recipientsText":"- Như trên;\\n- Lưu: VT, TH.",
                     "pageCount":1,"recipientOrganIds":["%s"]}"""
                            .formatted(i, signerId, RECIPIENT));
            long id = Long.parseLong(field(created, "id"));
            author.upload("outgoing/" + id + "/versions", "du-thao.pdf", pdf("Bench " + i));
            author.send("POST", "outgoing/" + id + "/submit", "{}");
            leader.send("POST", "outgoing/" + id + "/approve", "{\"comment\":\"Đồng ý\"}");
            ids.add(id);
        }
        return ids;
    }

    private static long personId(Client admin, String username) throws Exception {
        String json = admin.send("GET", "agencies/000.00.00.H99/people?size=200", null);
        Matcher m = Pattern.compile("\\{[^{}]*\"username\":\"" + username + "\"[^{}]*}")
                .matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no person " + username);
        }
        return Long.parseLong(field(m.group(), "id"));
    }

    /** The median time in milliseconds of one signature over 1 KiB, after 100 to warm up. */
    private static double rawSignature(String algorithm, int size, String signatureAlgorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        if (algorithm.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(size);
        }
        KeyPair keys = generator.generateKeyPair();
        byte[] data = new byte[1024];
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            long t = System.nanoTime();
            Signature s = Signature.getInstance(signatureAlgorithm);
            s.initSign(keys.getPrivate());
            s.update(data);
            s.sign();
            if (i >= 100) {
                nanos.add(System.nanoTime() - t);
            }
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    /** The 1, 5 and 15 minute load averages (Linux), or "?". */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long t = System.nanoTime();
        call.run();
        return System.nanoTime() - t;
    }

    private static long median(List<Long> all) {
        List<Long> sorted = new ArrayList<>(all.subList(1, all.size()));
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String line(String name, List<Long> all) {
        List<Long> sorted = new ArrayList<>(all.size() > 1 ? all.subList(1, all.size()) : all);
        Collections.sort(sorted);
        return String.format(
                "%-42s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d calls)%n",
                name,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6,
                sorted.size());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    /** A one-page A4 PDF, as a drafting tool would export it. */
    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                content.newLineAtOffset(90, 730);
                content.showText("Du thao " + text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A REST client that signs in once (HTTP Basic, demo password) and then rides the session cookie. */
    private static final class Client {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;
        private final String authorization;
        private boolean signedIn;

        Client(String base, String username) {
            this.base = base;
            this.authorization = "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        String send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return send(request, method + " " + path);
        }

        String upload(String path, String fileName, byte[] content) throws IOException, InterruptedException {
            String boundary = "qlvb" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "application/json")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                    "POST " + path);
        }

        private String send(HttpRequest.Builder request, String what) throws IOException, InterruptedException {
            if (!signedIn) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(what + " → " + response.statusCode() + " " + response.body());
            }
            signedIn = true;
            return response.body();
        }
    }
}
