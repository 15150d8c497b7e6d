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
import dev.keyway.ops.TableStatus;
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
