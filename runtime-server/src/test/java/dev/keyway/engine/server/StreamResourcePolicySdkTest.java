package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.auth.PolicyFile;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Issue 9: a stream's resource-based policy, put with the stream's ARN, holds for the Streams API
 * (DescribeStream, GetShardIterator, GetRecords) together with identity policies, as a table's
 * policy holds for the table. Through the real AWS SDK v2 clients, signed with each key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamResourcePolicySdkTest {
  private static final String BOB = TwoKeyServer.BOB;
  private static final String ALICE = TwoKeyServer.ALICE;

  private TwoKeyServer keys;
  private DynamoDbClient alice;
  private DynamoDbStreamsClient aliceStreams;
  private DynamoDbStreamsClient bobStreams;

  @BeforeAll
  void start() {
    keys = new TwoKeyServer();
    alice = keys.alice();
    aliceStreams = keys.aliceStreams();
    bobStreams = keys.bobStreams();
  }

  @AfterAll
  void stop() {
    alice.close();
    aliceStreams.close();
    bobStreams.close();
    keys.close();
  }

  /** A table with a stream and one change on it, made through {@code client}; returns the stream's ARN. */
  private static String tableWithStream(DynamoDbClient client, String name) {
    String streamArn = client.createTable(TestServers.table(name).toBuilder()
            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)).build())
        .tableDescription().latestStreamArn();
    client.putItem(b -> b.tableName(name).item(Map.of("PK", AttributeValue.fromS("p1"), "SK", AttributeValue.fromS("s"))));
    return streamArn;
  }

  private static String iterator(DynamoDbStreamsClient streams, String streamArn) {
    String shard = streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
    return streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
  }

  private static String deny(String principal, String... actions) {
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "%s"},
          "Action": ["%s"], "Resource": "*"}]}""".formatted(principal, String.join("\", \"", actions));
  }

  private static void assertDenied(Runnable call, String userArn, String action, String streamArn) {
    TestServers.assertAccessDenied(call,
        "User: " + userArn + " is not authorized to perform: " + action + " on resource: " + streamArn + TwoKeyServer.EXPLICIT_DENY);
  }

  @Test
  void aDenyInAStreamPolicyRefusesGetRecordsToOneKeyAndNotTheOther() {
    String streamArn = tableWithStream(alice, "Orders");
    String bobsIterator = iterator(bobStreams, streamArn); // before the policy: bob may read
    String revision = alice.putResourcePolicy(b -> b.resourceArn(streamArn).policy(deny(BOB, "dynamodb:GetRecords")))
        .revisionId();
    assertThat(alice.getResourcePolicy(b -> b.resourceArn(streamArn)).revisionId()).isEqualTo(revision);

    assertDenied(() -> bobStreams.getRecords(g -> g.shardIterator(bobsIterator)), BOB, "dynamodb:GetRecords", streamArn);
    assertThat(aliceStreams.getRecords(g -> g.shardIterator(iterator(aliceStreams, streamArn))).records()).hasSize(1);
    // Only GetRecords is denied to bob; the other stream reads and the table stay open to him.
    assertThat(iterator(bobStreams, streamArn)).startsWith(streamArn);
    try (DynamoDbClient bob = keys.bob()) {
      assertThat(bob.scan(s -> s.tableName("Orders")).count()).isEqualTo(1);
    }

    alice.deleteResourcePolicy(b -> b.resourceArn(streamArn));
    assertThat(bobStreams.getRecords(g -> g.shardIterator(bobsIterator)).records()).hasSize(1);
  }

  @Test
  void aDenyForTheAccountRefusesDescribeAndIteratorsToEveryKeyButNotListStreams() {
    String streamArn = tableWithStream(alice, "Audit");
    alice.putResourcePolicy(b -> b.resourceArn(streamArn)
        .policy(deny("000000000000", "dynamodb:DescribeStream", "dynamodb:GetShardIterator")));

    assertDenied(() -> aliceStreams.describeStream(d -> d.streamArn(streamArn)), ALICE, "dynamodb:DescribeStream", streamArn);
    assertDenied(() -> bobStreams.getShardIterator(g -> g.streamArn(streamArn).shardId("shardId-any")
        .shardIteratorType(ShardIteratorType.LATEST)), BOB, "dynamodb:GetShardIterator", streamArn);
    // ListStreams names no stream: no stream's policy is asked.
    assertThat(bobStreams.listStreams(l -> l.tableName("Audit")).streams()).hasSize(1);
  }

  @Test
  void aStreamPolicyNamingAnotherActionIsRefusedWithDynamoDbsMessage() {
    String streamArn = tableWithStream(alice, "Events");
    assertThatThrownBy(() -> alice.putResourcePolicy(b -> b.resourceArn(streamArn)
            .policy(deny(BOB, "dynamodb:GetRecords", "dynamodb:ListStreams"))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("One or more parameter values were invalid:"
              + " Invalid policy document: The following action names are invalid: \"dynamodb:ListStreams\"");
        });
  }

  @Test
  void withIdentityPoliciesAStreamPolicyAloneAllowsItsReaderInTheAccount() {
    String policies = """
        {"Principals": [
          {"Name": "admin", "AccessKeys": ["AKIDADMIN"],
           "Policies": [{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]},
          {"Name": "reader", "AccessKeys": ["AKIDREADER"]}]}""";
    try (Engine ownEngine = Engine.inMemory();
        KeywayServer own = KeywayServer.start(ownEngine, ServerConfig.defaults(0)
            .withCredentials(Map.of("AKIDADMIN", "admin/secret", "AKIDREADER", "reader/secret"))
            .withPolicies(PolicyFile.parse(policies, "test")));
        DynamoDbClient admin = TestServers.sdkClient(own, "AKIDADMIN", "admin/secret");
        DynamoDbStreamsClient reader = TestServers.streamsClient(own, "AKIDREADER", "reader/secret")) {
      String streamArn = tableWithStream(admin, "Feed");
      String readerArn = "arn:aws:iam::000000000000:user/reader";
      String head = "User: " + readerArn + " is not authorized to perform: dynamodb:DescribeStream on resource: " + streamArn;
      TestServers.assertAccessDenied(() -> reader.describeStream(d -> d.streamArn(streamArn)),
          head + " because no identity-based policy allows the dynamodb:DescribeStream action");

      admin.putResourcePolicy(b -> b.resourceArn(streamArn).policy("""
          {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "%s"},
            "Action": ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
            "Resource": "%s"}]}""".formatted(readerArn, streamArn)));
      assertThat(reader.getRecords(g -> g.shardIterator(iterator(reader, streamArn))).records()).hasSize(1);
    }
  }
}
