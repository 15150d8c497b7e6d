package dev.keyway.docs.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyway.engine.Engine;
import dev.keyway.engine.replication.ReplicaNetwork;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateReplicationGroupMemberAction;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ReplicationGroupUpdate;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateTableRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/global-tables.md: two engines linked as regions; a new replica starts with the table's items. */
class GlobalTablesExampleTest {
  @Test
  void aReplicaInAnotherRegion() {
    // snippet:start link
    ReplicaNetwork network = ReplicaNetwork.create();   // delivers changes in the background
    Engine us = Engine.builder().region("us-east-1").replicas(network).build();
    Engine eu = Engine.builder().region("eu-west-1").replicas(network).build();

    us.createTable(CreateTableRequest.builder()          // streams with both images, as DynamoDB requires
        .tableName("Shop")
        .keySchema(List.of(new KeySchemaElement("PK", KeyType.HASH)))
        .attributeDefinitions(List.of(new AttributeDefinition("PK", ScalarAttributeType.S)))
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES))
        .build());
    // snippet:end link
    us.putItem(Items.put("Shop", "USER#1"));
    // snippet:start link
    us.updateTable(UpdateTableRequest.builder().tableName("Shop")
        .replicaUpdates(List.of(ReplicationGroupUpdate.builder()
            .create(CreateReplicationGroupMemberAction.builder().regionName("eu-west-1").build())
            .build()))
        .build());
    // snippet:end link
    Map<String, AttributeValue> copied = eu.getItem(GetItemRequest.builder().tableName("Shop")
        .key(Map.of("PK", AttributeValue.s("USER#1"))).consistentRead(true).build()).item();
    assertEquals(AttributeValue.s("USER#1"), copied.get("PK"));
    network.close();
  }
}
