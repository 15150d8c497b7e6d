package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyway.engine.Engine;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScanRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** workbench-model.json: a NoSQL Workbench data model with one facet and one example item per entity. */
class WorkbenchExportTest {
  private static JsonNode table(String name) {
    JsonNode model = Exports.json(name.equals("Shop") ? Exports.shop() : Exports.inventory(), name,
        "workbench-model.json");
    assertThat(model.path("ModelName").asText()).isEqualTo(name);
    assertThat(model.path("ModelMetadata").path("AWSService").asText()).isEqualTo("Amazon DynamoDB");
    assertThat(model.path("DataModel").size()).isEqualTo(1);
    return model.path("DataModel").get(0);
  }

  @Test
  void hasTheKeysEveryAttributeAndTheGlobalIndexes() {
    JsonNode table = table("Shop");
    assertThat(table.path("TableName").asText()).isEqualTo("Shop");
    assertThat(table.path("KeyAttributes").path("PartitionKey").path("AttributeName").asText()).isEqualTo("PK");
    assertThat(table.path("KeyAttributes").path("SortKey").path("AttributeName").asText()).isEqualTo("SK");
    assertThat(Exports.values(table.path("NonKeyAttributes"), "AttributeName")).contains("GSI1PK", "GSI1SK",
        "_type", "userId", "email", "orderDate", "total", "lines", "version", "stockLevel", "tags", "expires");
    assertThat(Exports.values(table.path("GlobalSecondaryIndexes"), "IndexName")).containsExactly("GSI1");
    assertThat(table.path("GlobalSecondaryIndexes").get(0).path("KeyAttributes").path("PartitionKey")
        .path("AttributeName").asText()).isEqualTo("GSI1PK");
    assertThat(table.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
  }

  @Test
  void namesAttributeTypesAsDynamoDbDoes() {
    List<String> types = new ArrayList<>();
    table("Shop").path("NonKeyAttributes").forEach(a -> types.add(a.path("AttributeName").asText() + ":"
        + a.path("AttributeType").asText()));
    assertThat(types).contains("total:N", "lines:L", "version:N", "tags:SS", "active:BOOL", "expires:N",
        "orderDate:S", "status:S");
  }

  @Test
  void hasOneFacetPerEntityWithTemplatesAsAliases() {
    JsonNode table = table("Shop");
    assertThat(Exports.values(table.path("TableFacets"), "FacetName")).containsExactly("Customer", "Order",
        "Product");
    JsonNode order = table.path("TableFacets").get(1);
    assertThat(order.path("KeyAttributeAlias").path("PartitionKeyAlias").asText()).isEqualTo("USER#{userId}");
    assertThat(order.path("KeyAttributeAlias").path("SortKeyAlias").asText())
        .isEqualTo("ORDER#{orderDate}#{orderId}");
    List<String> declared = Exports.values(table.path("NonKeyAttributes"), "AttributeName");
    table.path("TableFacets").forEach(f -> f.path("NonKeyAttributes").forEach(a ->
        assertThat(declared).contains(a.asText())));
    assertThat(order.path("TableData").get(0).path("SK").path("S").asText())
        .isEqualTo("ORDER#2026-01-15#orderId-1");
    assertThat(order.path("TableData").get(0).path("GSI1PK").path("S").asText()).isEqualTo("STATUS#STATUS");
  }

  @Test
  void exampleItemsAreValidItemsOfTheExportedTable() throws Exception {
    for (String name : List.of("Shop", "Inventory")) {
      Engine engine = Engine.inMemory();
      DynamoJsonProtocol protocol = new DynamoJsonProtocol();
      byte[] create = Exports.text(name.equals("Shop") ? Exports.shop() : Exports.inventory(), name,
          "create-table.json").getBytes(StandardCharsets.UTF_8);
      engine.createTable(protocol.read(CreateTableRequest.class, create, 0, create.length));
      JsonNode data = table(name).path("TableData");
      assertThat(data.size()).isPositive();
      ObjectMapper mapper = new ObjectMapper();
      for (JsonNode item : data) {
        ObjectNode put = mapper.createObjectNode().put("TableName", name);
        put.set("Item", item);
        byte[] body = mapper.writeValueAsBytes(put);
        engine.putItem(protocol.read(PutItemRequest.class, body, 0, body.length));
      }
      assertThat(engine.scan(ScanRequest.builder().tableName(name).build()).count()).isEqualTo(data.size());
    }
  }
}
