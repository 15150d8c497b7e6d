package dev.keyway.docs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyway.api.EntityChanges;
import dev.keyway.api.StreamReader;
import dev.keyway.aws.AwsBackend;
import dev.keyway.aws.AwsStreamsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.ops.streams.Record;
import dev.keyway.spi.StreamsBackend;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * docs/streams.md and docs/backends.md: reading a table's changes through the AWS SDK, as on Amazon
 * DynamoDB; run here against Keyway's server on a free port.
 */
class AwsStreamsExampleTest {
  private final List<String> events = new ArrayList<>();

  /** Compiled only: it needs AWS credentials and a region. */
  static StreamsBackend onAws() {
    // snippet:start aws-streams
    DynamoDbStreamsClient client = DynamoDbStreamsClient.create();    // region and credentials as usual
    AwsStreamsBackend streams = AwsStreamsBackend.owning(client);     // AwsStreamsBackend.of(client) leaves it open
    // snippet:end aws-streams
    return streams;
  }

  @Test
  void changesReadThroughTheSdk() {
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0));
        AwsBackend backend = AwsBackend.owning(sdkClient(server));
        AwsStreamsBackend streams = AwsStreamsBackend.owning(streamsClient(server))) {
      Shop.connect(engine).createTableIfAbsent();   // set up in process: the example is the reading
      engine.updateTable(UpdateTableRequest.builder().tableName("Store")
          .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build());
      Shop shop = Shop.connect(backend);
      shop.customers().put(new Customer("u1", "ann@example.com", "Ann"));
      shop.orders().put(new Order("u1", LocalDate.of(2024, 3, 1), "o1", Status.PENDING, BigDecimal.ONE));

      // snippet:start read-changes
      String arn = backend.describeTable(new DescribeTableRequest("Store")).table().latestStreamArn();
      StreamReader reader = StreamReader.fromTrimHorizon(streams, arn);   // or fromLatest: changes from now on
      EntityChanges<ShopItem> decoder = shop.changes(ShopItem.class);
      for (Record r : reader.poll(100)) {     // the next records of every shard; empty when none yet
        decoder.decode(r).ifPresent(change -> {
          if (change.entity() instanceof Customer c) {
            welcome(c);
          } else if (change.entity() instanceof Order o) {
            ship(o, change.eventName());
          }
        });
      }
      // snippet:end read-changes
      assertEquals(List.of("welcome u1", "ship o1 INSERT"), events);
      assertTrue(reader.poll(100).isEmpty());
    }
  }

  private void welcome(Customer customer) {
    events.add("welcome " + customer.userId());
  }

  private void ship(Order order, OperationType event) {
    events.add("ship " + order.orderId() + " " + event);
  }

  private static DynamoDbClient sdkClient(KeywayServer server) {
    return DynamoDbClient.builder().endpointOverride(URI.create(server.endpoint())).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  private static DynamoDbStreamsClient streamsClient(KeywayServer server) {
    return DynamoDbStreamsClient.builder().endpointOverride(URI.create(server.endpoint())).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
        .httpClient(UrlConnectionHttpClient.create()).build();
  }
}
