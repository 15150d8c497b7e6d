package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.keyway.api.TableDefinition;
import dev.keyway.engine.Engine;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.LocalSecondaryIndexDescription;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TableStatus;
import dev.keyway.ops.UpdateTableRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** create-table.json: DynamoDB's CreateTable shape, read by the engine's wire protocol and accepted by the engine. */
class CreateTableExportTest {
  private static CreateTableRequest read(Compilation c, String table) {
    byte[] body = Exports.text(c, table, "create-table.json").getBytes(StandardCharsets.UTF_8);
    return new DynamoJsonProtocol().read(CreateTableRequest.class, body, 0, body.length);
  }

  private static TableDefinition definition(Compilation c, String facade) throws Exception {
    return (TableDefinition) Fixtures.load(c).loadClass(facade).getField("DEFINITION").get(null);
  }

  @Test
  void theEngineCreatesTheExportedTable() {
    Engine engine = Engine.inMemory();
    engine.createTable(read(Exports.inventory(), "Inventory"));
    TableDescription t = engine.describeTable(DescribeTableRequest.builder().tableName("Inventory").build()).table();
    assertThat(t.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(t.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
        .containsExactly("byWarehouse", "bySku");
    assertThat(t.localSecondaryIndexes()).extracting(LocalSecondaryIndexDescription::indexName)
        .containsExactly("byReceived");
    assertThat(t.provisionedThroughput().readCapacityUnits()).isEqualTo(7);
    assertThat(t.streamSpecification()).isEqualTo(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES));
  }

  @Test
  void declaresTheStreamOnlyOfATableThatHasOne() {
    JsonNode stream = Exports.json(Exports.inventory(), "Inventory", "create-table.json").path("StreamSpecification");
    assertThat(stream.path("StreamEnabled").asBoolean()).isTrue();
    assertThat(stream.path("StreamViewType").asText()).isEqualTo("NEW_AND_OLD_IMAGES");
    assertThat(Exports.json(Exports.shop(), "Shop", "create-table.json").has("StreamSpecification")).isFalse();
    assertThat(Exports.model(Exports.inventory(), "Inventory").path("table").path("StreamSpecification"))
        .isEqualTo(stream);
  }

  @Test
  void createTableIfAbsentCreatesTheDeclaredStreamAndVerifyMissesIt() throws Exception {
    TableDefinition declared = definition(Exports.inventory(), "inventory.Inventory");
    assertThat(declared.streamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    Engine engine = Engine.inMemory();
    assertThat(declared.createIfAbsent(engine)).isTrue();
    assertThat(engine.describeTable(new DescribeTableRequest("Inventory")).table().streamSpecification())
        .isEqualTo(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES));
    assertThat(declared.differences(engine)).isEmpty();

    Engine without = Engine.inMemory();
    TableDefinition noStream = new TableDefinition(declared.name(), declared.partitionKey(), declared.sortKey(),
        declared.globalIndexes(), declared.localIndexes(), null, true, 7, 3);
    noStream.createIfAbsent(without);
    assertThat(declared.differences(without))
        .containsExactly("the table has no stream, the model declares one with NEW_AND_OLD_IMAGES");
    without.updateTable(UpdateTableRequest.builder().tableName("Inventory")
        .streamSpecification(new StreamSpecification(true, StreamViewType.KEYS_ONLY)).build());
    assertThat(declared.differences(without))
        .containsExactly("the table's stream keeps KEYS_ONLY, the model declares NEW_AND_OLD_IMAGES");
    assertThat(noStream.differences(without)).as("a stream the model does not declare is left alone").isEmpty();
  }

  @Test
  void isTheRequestCreateTableIfAbsentSends() throws Exception {
    assertThat(read(Exports.inventory(), "Inventory"))
        .isEqualTo(definition(Exports.inventory(), "inventory.Inventory").toCreateTableRequest());
    assertThat(read(Exports.shop(), "Shop")).isEqualTo(definition(Exports.shop(), "shop.Shop").toCreateTableRequest());
  }

  @Test
  void declaresEveryKeyAttributeOnceAndUsesEachOne() {
    JsonNode request = Exports.json(Exports.inventory(), "Inventory", "create-table.json");
    assertThat(Exports.values(request.path("AttributeDefinitions"), "AttributeName"))
        .containsExactly("pk", "sk", "gpk", "gsk", "g2pk", "lsk");
    assertThat(Exports.values(request.path("AttributeDefinitions"), "AttributeType")).containsOnly("S");
    assertThat(usedKeyAttributes(request)).containsExactlyInAnyOrderElementsOf(
        Exports.values(request.path("AttributeDefinitions"), "AttributeName"));
  }

  @Test
  void provisionedTablesGiveEveryGlobalIndexItsThroughput() {
    JsonNode request = Exports.json(Exports.inventory(), "Inventory", "create-table.json");
    assertThat(request.path("BillingMode").asText()).isEqualTo("PROVISIONED");
    request.path("GlobalSecondaryIndexes").forEach(i ->
        assertThat(i.path("ProvisionedThroughput").path("WriteCapacityUnits").asLong()).isEqualTo(3));
    request.path("LocalSecondaryIndexes").forEach(i -> assertThat(i.has("ProvisionedThroughput")).isFalse());
    JsonNode onDemand = Exports.json(Exports.shop(), "Shop", "create-table.json");
    assertThat(onDemand.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
    assertThat(onDemand.has("ProvisionedThroughput")).isFalse();
  }

  /** Attribute names of the table's and every index's key schema (DynamoDB rejects unused definitions). */
  static List<String> usedKeyAttributes(JsonNode tableShape) {
    java.util.Set<String> used = new java.util.LinkedHashSet<>(Exports.values(tableShape.path("KeySchema"),
        "AttributeName"));
    for (String kind : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
      tableShape.path(kind).forEach(i -> used.addAll(Exports.values(i.path("KeySchema"), "AttributeName")));
    }
    return List.copyOf(used);
  }
}
