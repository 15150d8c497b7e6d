package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** Issue 9: the server over HTTPS, with the development certificate, through the real AWS SDK. */
class TlsSdkTest {
  private static final DevelopmentCertificate CERTIFICATE = DevelopmentCertificate.generate(Instant.now());
  private static Backend engine;
  private static KeywayServer server;

  @BeforeAll
  static void start() {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, ServerConfig.defaults(0).withTls(CERTIFICATE.serverTls()));
  }

  @AfterAll
  static void stop() {
    server.close();
    engine.close();
  }

  /** The SDK trusts exactly the generated certificate, as a user would after reading its path. */
  private static DynamoDbClient client() {
    return TestServers.httpsClient(server, "AKIDTEST", "secret", CERTIFICATE.pem());
  }

  @Test
  void sdkPutsAndGetsOverHttps() {
    assertThat(server.endpoint()).startsWith("https://127.0.0.1:");
    try (DynamoDbClient db = client()) {
      db.createTable(TestServers.table("Tls"));
      Map<String, AttributeValue> item =
          Map.of("PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("b"), "v", AttributeValue.fromN("42"));
      db.putItem(r -> r.tableName("Tls").item(item));
      GetItemResponse got =
          db.getItem(r -> r.tableName("Tls").key(Map.of("PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("b"))));
      assertThat(got.item()).isEqualTo(item);
    }
  }

  @Test
  void plainHttpIsClosedAndTheServerKeepsServing() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000); // a hang fails the test with SocketTimeoutException
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
              + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 2\r\n\r\n{}")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readToEnd(socket.getInputStream());
      assertThat(answer).doesNotContain("HTTP/1.1").doesNotContain("TableNames");
    }
    try (DynamoDbClient db = client()) {
      assertThat(db.listTables().tableNames()).isNotNull();
    }
  }

  @Test
  void offersTls12AndTls13Only() throws Exception {
    assertThat(handshake("TLSv1.3")).isEqualTo("TLSv1.3");
    assertThat(handshake("TLSv1.2")).isEqualTo("TLSv1.2");
    // TLS 1.1 may be disabled in this JDK's client too; either way no session is established.
    assertThatThrownBy(() -> handshake("TLSv1.1")).isInstanceOfAny(SSLHandshakeException.class, IllegalArgumentException.class,
        javax.net.ssl.SSLException.class);
  }

  @Test
  void clientsThatDoNotTrustTheCertificateAreRefused() {
    try (DynamoDbClient db =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(server.endpoint()))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
            .httpClient(UrlConnectionHttpClient.builder().build())
            .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
            .build()) {
      assertThatThrownBy(db::listTables).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
    }
  }

  private static String handshake(String protocol) throws Exception {
    try (SSLSocket socket =
        (SSLSocket) TrustedCertificates.sslContext(CERTIFICATE.pem()).getSocketFactory().createSocket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      socket.setEnabledProtocols(new String[] {protocol});
      socket.startHandshake();
      return socket.getSession().getProtocol();
    }
  }

  private static String readToEnd(InputStream in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
