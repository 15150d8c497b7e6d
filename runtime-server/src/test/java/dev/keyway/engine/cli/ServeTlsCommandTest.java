package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.server.DevelopmentCertificate;
import dev.keyway.engine.server.TrustedCertificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 9: {@code serve} over HTTPS, its errors for unusable files, and the non-loopback warning. */
class ServeTlsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CountDownLatch stop = new CountDownLatch(1);
  private CompletableFuture<Integer> run;

  @TempDir Path dir;

  private CommandLine cli() {
    CommandLine cl = KeywayCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  /** Runs {@code serve} in the background and returns the endpoint it announces. */
  private String serve(String... args) throws InterruptedException {
    ServeCommand.stopSignal = stop;
    run = CompletableFuture.supplyAsync(() -> cli().execute(args));
    Matcher listening = Pattern.compile("listening on (https?://\\S+)").matcher("");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!listening.reset(out.toString()).find() && !run.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(listening.find(0)).as("out: %s err: %s", out, err).isTrue();
    return listening.group(1);
  }

  @AfterEach
  void stopServing() throws Exception {
    stop.countDown();
    if (run != null) {
      assertThat(run.get(20, TimeUnit.SECONDS)).isZero();
    }
    ServeCommand.stopSignal = null;
  }

  private static String listTables(String endpoint, SSLContext trust) throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(trust).build();
    return client
        .send(
            HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void selfSignedCertificateIsWrittenAndServesHttps() throws Exception {
    String endpoint = serve("serve", "--port", "0", "--tls-self-signed");
    assertThat(endpoint).startsWith("https://127.0.0.1:");
    Matcher written = Pattern.compile("written to (\\S+); clients must trust it, e\\.g\\. aws --ca-bundle \\1").matcher(out.toString());
    assertThat(written.find()).as(out.toString()).isTrue();
    String pem = Files.readString(Path.of(written.group(1)));
    assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----").doesNotContain("PRIVATE KEY");
    assertThat(listTables(endpoint, TrustedCertificates.sslContext(pem))).isEqualTo("{\"TableNames\":[]}");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void certificateAndKeyFilesServeHttps() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair keys = generator.generateKeyPair();
    DevelopmentCertificate certificate = DevelopmentCertificate.forKeys(keys, Instant.now());
    Path cert = certificate.writePem(dir.resolve("cert.pem"));
    Path key = Files.writeString(dir.resolve("key.pem"), pkcs8Pem(keys));
    String endpoint = serve("serve", "--port", "0", "--tls-cert", cert.toString(), "--tls-key", key.toString());
    assertThat(endpoint).startsWith("https://");
    assertThat(listTables(endpoint, TrustedCertificates.sslContext(certificate.pem()))).isEqualTo("{\"TableNames\":[]}");
  }

  @Test
  void missingCertificateFileIsOneLineAndExitCodeTwo() {
    Path key = dir.resolve("key.pem");
    assertThat(cli().execute("serve", "--tls-cert", "/nonexistent/cert.pem", "--tls-key", key.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("--tls-cert/--tls-key: cannot read the certificate chain file /nonexistent/cert.pem" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unusableFilesAreOneLineAndExitCodeTwo() throws Exception {
    Path cert = Files.writeString(dir.resolve("cert.pem"), "not a certificate\n");
    Path key = Files.writeString(dir.resolve("key.pem"), "not a key\n");
    assertThat(cli().execute("serve", "--tls-cert", cert.toString(), "--tls-key", key.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("--tls-cert/--tls-key: ").contains(cert.toString()).endsWith(System.lineSeparator());
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unusableKeyIsOneLineAndExitCodeTwo() throws Exception {
    Path cert = DevelopmentCertificate.generate(Instant.now()).writePem(dir.resolve("cert.pem"));
    Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThat(cli().execute("serve", "--tls-cert", cert.toString(), "--tls-key", key.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("--tls-cert/--tls-key: ").endsWith(System.lineSeparator());
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void keyOfAnotherCertificateIsOneLineAndExitCodeTwo() throws Exception {
    Path cert = DevelopmentCertificate.generate(Instant.now()).writePem(dir.resolve("cert.pem"));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    Path key = Files.writeString(dir.resolve("key.pem"), pkcs8Pem(generator.generateKeyPair()));
    assertThat(cli().execute("serve", "--tls-cert", cert.toString(), "--tls-key", key.toString())).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("--tls-cert/--tls-key: the private key in " + key + " does not belong to the first certificate in " + cert
            + System.lineSeparator());
  }

  @Test
  void keyThatIsNotPkcs8SaysHowToConvertIt() throws Exception {
    Path cert = DevelopmentCertificate.generate(Instant.now()).writePem(dir.resolve("cert.pem"));
    Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
    assertThat(cli().execute("serve", "--tls-cert", cert.toString(), "--tls-key", key.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("openssl pkcs8 -topk8 -nocrypt").endsWith(System.lineSeparator());
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void certificateNeedsKey() throws Exception {
    Path cert = DevelopmentCertificate.generate(Instant.now()).writePem(dir.resolve("cert.pem"));
    assertThat(cli().execute("serve", "--tls-cert", cert.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("--tls-cert and --tls-key go together: give both files." + System.lineSeparator());
    assertThat(cli().execute("serve", "--tls-self-signed", "--tls-cert", cert.toString())).isEqualTo(2);
    assertThat(err.toString()).endsWith("--tls-self-signed: use it or --tls-cert and --tls-key, not both." + System.lineSeparator());
  }

  @Test
  void everyInterfaceWithoutCredentialsIsWarnedAbout() throws Exception {
    String endpoint = serve("serve", "--port", "0", "--host", "0.0.0.0");
    assertThat(err.toString())
        .isEqualTo("Warning: " + endpoint + " is reachable from other machines and accepts any credentials:"
            + " anyone who can connect can read and change every table. Use --credentials FILE, or --host 127.0.0.1."
            + System.lineSeparator());
  }

  @Test
  void loopbackIsNotWarnedAbout() throws Exception {
    serve("serve", "--port", "0");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everyInterfaceWithCredentialsIsNotWarnedAbout() throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "AKIDONE secret1\n");
    serve("serve", "--port", "0", "--host", "0.0.0.0", "--credentials", keys.toString());
    assertThat(err.toString()).isEmpty();
  }

  private static String pkcs8Pem(KeyPair keys) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }
}
