package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.CreateGlobalSecondaryIndexAction;
import dev.keyway.ops.DeleteGlobalSecondaryIndexAction;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.Tag;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.TimeToLiveStatus;
import dev.keyway.ops.UntagResourceRequest;
import dev.keyway.ops.UpdateTableRequest;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DescribeTable, UpdateTable, DeleteTable, ListTables, tags and TTL settings. */
class TableAdminOpTest {
  private final Engine engine = Engine.inMemory();
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Shop";

  @Nested
  class Validation {
    @Test
    void describeMissingTable() {
      assertThatThrownBy(() -> engine.describeTable(new DescribeTableRequest("Nope")))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found: Table: Nope not found");
    }

    @Test
    void listTablesLimit() {
      assertThatThrownBy(() -> engine.listTables(new ListTablesRequest(null, 101)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value '101' at 'limit' failed to satisfy "
              + "constraint: Member must have value less than or equal to 100");
    }

    @Test
    void ttlAlreadyEnabled() {
      engine.createTable(pkSk("Shop"));
      engine.updateTimeToLive(new UpdateTimeToLiveRequest("Shop",
          new TimeToLiveSpecification(true, "exp")));
      assertThatThrownBy(() -> engine.updateTimeToLive(new UpdateTimeToLiveRequest("Shop",
              new TimeToLiveSpecification(true, "exp"))))
          .isInstanceOf(ValidationException.class)
          .hasMessage("TimeToLive is already enabled");
    }

    @Test
    void deleteUnknownIndex() {
      engine.createTable(pkSk("Shop"));
      assertThatThrownBy(() -> engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
              .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(null, null,
                  new DeleteGlobalSecondaryIndexAction("Nope")))).build()))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Nested
  class Behaviour {
    @Test
    void countsAndSizes() {
      engine.createTable(pkSk("Shop"));
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "b", "x", "hello")).build());
      var d = engine.describeTable(new DescribeTableRequest("Shop")).table();
      assertThat(d.itemCount()).isEqualTo(1);
      assertThat(d.tableSizeBytes()).isEqualTo(2 + 1 + 2 + 1 + 1 + 5);
    }

    @Test
    void addGsiBackfillsAndDeleteRemoves() {
      engine.createTable(pkSk("Shop"));
      engine.putItem(PutItemRequest.builder().tableName("Shop")
          .item(item("PK", "a", "SK", "b", "email", "x@y")).build());
      engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
          .attributeDefinitions(List.of(new AttributeDefinition("email", ScalarAttributeType.S)))
          .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(null,
              new CreateGlobalSecondaryIndexAction("ByEmail", keys("email", null),
                  new Projection(ProjectionType.KEYS_ONLY, null), null, null), null))).build());
      var r = engine.query(QueryRequest.builder().tableName("Shop").indexName("ByEmail")
          .keyConditionExpression("email = :e").expressionAttributeValues(item(":e", "x@y"))
          .build());
      assertThat(r.items()).containsExactly(item("PK", "a", "SK", "b", "email", "x@y"));
      var d = engine.describeTable(new DescribeTableRequest("Shop")).table();
      assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
      assertThat(d.attributeDefinitions()).hasSize(3);
      engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
          .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(null, null,
              new DeleteGlobalSecondaryIndexAction("ByEmail")))).build());
      d = engine.describeTable(new DescribeTableRequest("Shop")).table();
      assertThat(d.globalSecondaryIndexes()).isNull();
      assertThat(d.attributeDefinitions()).hasSize(2);
    }

    @Test
    void listTablesPages() {
      for (String t : List.of("Cab", "Aab", "Bab")) {
        engine.createTable(pkSk(t));
      }
      var first = engine.listTables(new ListTablesRequest(null, 2));
      assertThat(first.tableNames()).containsExactly("Aab", "Bab");
      assertThat(first.lastEvaluatedTableName()).isEqualTo("Bab");
      var second = engine.listTables(new ListTablesRequest("Bab", 2));
      assertThat(second.tableNames()).containsExactly("Cab");
      assertThat(second.lastEvaluatedTableName()).isNull();
    }

    @Test
    void deleteTable() {
      engine.createTable(pkSk("Shop"));
      engine.deleteTable(new DeleteTableRequest("Shop"));
      assertThat(engine.listTables(new ListTablesRequest(null, null)).tableNames()).isEmpty();
    }

    @Test
    void tagsRoundTrip() {
      engine.createTable(pkSk("Shop"));
      engine.tagResource(new TagResourceRequest(ARN, List.of(new Tag("env", "dev"),
          new Tag("team", "a"))));
      engine.untagResource(new UntagResourceRequest(ARN, List.of("team")));
      assertThat(engine.listTagsOfResource(new ListTagsOfResourceRequest(ARN, null)).tags())
          .containsExactly(new Tag("env", "dev"));
    }

    @Test
    void ttlDescribed() {
      engine.createTable(pkSk("Shop"));
      assertThat(engine.describeTimeToLive(new DescribeTimeToLiveRequest("Shop"))
          .timeToLiveDescription().timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
      engine.updateTimeToLive(new UpdateTimeToLiveRequest("Shop",
          new TimeToLiveSpecification(true, "exp")));
      assertThat(engine.describeTimeToLive(new DescribeTimeToLiveRequest("Shop"))
          .timeToLiveDescription().attributeName()).isEqualTo("exp");
    }
  }
}
