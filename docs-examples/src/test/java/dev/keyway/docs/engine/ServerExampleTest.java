package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import dev.keyway.engine.sdk.KeywayDynamoDbClient;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/** docs/server.md: a server started from code, SDK clients pointed at it, and the in-process client. */
class ServerExampleTest {
  @Test
  void aServerFromCode() {
    // snippet:start start
    try (Engine engine = Engine.inMemory();
         KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0))) {   // 0: a free port
      URI endpoint = URI.create("http://127.0.0.1:" + server.port());                // point clients here
      // snippet:end start
      engine.createTable(Items.keyedByPk("Orders").build());
      try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
          .httpClient(UrlConnectionHttpClient.create()).build()) {
        assertEquals(List.of("Orders"), client.listTables().tableNames());
      }
      // snippet:start start
    }
    // snippet:end start
  }

  /** Compiled only: it needs a server on port 8000. */
  static DynamoDbEnhancedClient sdkClient() {
    // snippet:start sdk
    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:8000"))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .build();
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    // snippet:end sdk
    return enhanced;
  }

  @Test
  void theInProcessClient() {
    // snippet:start in-process
    DynamoDbClient client = KeywayDynamoDbClient.owning(Engine.inMemory());   // dev.keyway.engine.sdk
    // snippet:end in-process
    client.createTable(CreateTableRequest.builder().tableName("Orders")
        .keySchema(KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build())
        .attributeDefinitions(AttributeDefinition.builder().attributeName("PK").attributeType("S").build())
        .billingMode("PAY_PER_REQUEST").build());
    assertEquals(List.of("Orders"), client.listTables().tableNames());
    client.close();
  }

  /** Compiled only: it needs a server started with --tls-self-signed on port 8000. */
  static DynamoDbClient overTls() throws Exception {
    // snippet:start tls
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream pem = Files.newInputStream(Path.of("/tmp/keyway-tls-123/keyway-localhost.pem"))) {
      trusted.setCertificateEntry("keyway", CertificateFactory.getInstance("X.509").generateCertificate(pem));
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);

    DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(URI.create("https://127.0.0.1:8000"))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .httpClient(UrlConnectionHttpClient.builder().tlsTrustManagersProvider(trust::getTrustManagers).build())
        .build();
    // snippet:end tls
    return client;
  }
}
