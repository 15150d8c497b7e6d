package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.replication.ReplicaNetwork;
import dev.keyway.ops.CreateReplicationGroupMemberAction;
import dev.keyway.ops.ReplicaDescription;
import dev.keyway.ops.ReplicaStatus;
import dev.keyway.ops.ReplicationGroupUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateReplicationGroupMemberAction.Builder;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Two servers on loopback whose engines are replicas of each other (regions us-east-1 and
 * eu-west-1): the AWS SDK adds a replica with UpdateTable's ReplicaUpdates, sees Replicas and
 * GlobalTableVersion in DescribeTable, and reads in one region what it wrote in the other; and
 * {@link AwsBackend} passes ReplicaUpdates through the SDK unchanged.
 */
class GlobalTablesSdkTest {
  private final ReplicaNetwork network = ReplicaNetwork.manual();
  private final Engine usEngine = Engine.builder().region("us-east-1").replicas(network).build();
  private final Engine euEngine = Engine.builder().region("eu-west-1").replicas(network).build();
  private final KeywayServer usServer = KeywayServer.start(usEngine, ServerConfig.defaults(0));
  private final KeywayServer euServer = KeywayServer.start(euEngine, ServerConfig.defaults(0));
  private final DynamoDbClient us = TestServers.sdkClient(usServer);
  private final DynamoDbClient eu = TestServers.sdkClient(euServer);

  @AfterEach
  void stop() {
    us.close();
    eu.close();
    usServer.close();
    euServer.close();
    usEngine.close();
    euEngine.close();
    network.close();
  }

  private void createShop() {
    us.createTable(TestServers.table("Shop").toBuilder().streamSpecification(StreamSpecification.builder()
        .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build()).build());
  }

  private static Builder region(String name) {
    return software.amazon.awssdk.services.dynamodb.model.CreateReplicationGroupMemberAction.builder()
        .regionName(name);
  }

  @Test
  void theSdkAddsAReplicaAndWritesTravelBetweenTheServers() {
    createShop();

    TableDescription updated = us.updateTable(u -> u.tableName("Shop")
        .replicaUpdates(r -> r.create(region("eu-west-1").build()))).tableDescription();
    us.putItem(p -> p.tableName("Shop").item(Map.of("PK", AttributeValue.fromS("a"),
        "SK", AttributeValue.fromS("1"), "v", AttributeValue.fromS("from-us"))));
    network.deliver();

    assertThat(updated.replicas()).singleElement().satisfies(r -> {
      assertThat(r.regionName()).isEqualTo("eu-west-1");
      assertThat(r.replicaStatusAsString()).isEqualTo("CREATING");
    });
    TableDescription replica = eu.describeTable(d -> d.tableName("Shop")).table();
    assertThat(replica.globalTableVersion()).isEqualTo("2019.11.21");
    assertThat(replica.replicas()).singleElement().satisfies(r -> {
      assertThat(r.regionName()).isEqualTo("us-east-1");
      assertThat(r.replicaStatusAsString()).isEqualTo("ACTIVE");
    });
    assertThat(eu.getItem(g -> g.tableName("Shop").consistentRead(true).key(Map.of(
        "PK", AttributeValue.fromS("a"), "SK", AttributeValue.fromS("1")))).item())
        .containsEntry("v", AttributeValue.fromS("from-us"));
  }

  @Test
  void theLocalRegionIsRefusedOverHttp() {
    createShop();

    assertThatThrownBy(() -> us.updateTable(u -> u.tableName("Shop")
        .replicaUpdates(r -> r.create(region("us-east-1").build()))))
        .isInstanceOfSatisfying(DynamoDbException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
          assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot add, delete, or update "
              + "the local region through ReplicaUpdates. Use CreateTable, DeleteTable, or "
              + "UpdateTable as required.");
        });
  }

  @Test
  void awsBackendPassesReplicaUpdatesThrough() {
    createShop();
    AwsBackend backend = AwsBackend.of(us);

    var described = backend.updateTable(dev.keyway.ops.UpdateTableRequest.builder().tableName("Shop")
        .replicaUpdates(List.of(ReplicationGroupUpdate.builder().create(
            CreateReplicationGroupMemberAction.builder().regionName("eu-west-1").build()).build()))
        .build()).tableDescription();

    assertThat(described.globalTableVersion()).isEqualTo("2019.11.21");
    assertThat(described.replicas()).containsExactly(
        new ReplicaDescription("eu-west-1", ReplicaStatus.CREATING, null));
    assertThat(euEngine.describeTable(new dev.keyway.ops.DescribeTableRequest("Shop")).table()
        .replicas()).extracting(ReplicaDescription::regionName).containsExactly("us-east-1");
  }
}
