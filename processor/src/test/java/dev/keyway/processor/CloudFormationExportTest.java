package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cloudformation.json: a template with one AWS::DynamoDB::Table whose properties are the documented ones. */
class CloudFormationExportTest {
  /** Properties of AWS::DynamoDB::Table in the CloudFormation resource reference. */
  private static final Set<String> PROPERTIES = Set.of("AttributeDefinitions", "BillingMode",
      "ContributorInsightsSpecification", "DeletionProtectionEnabled", "GlobalSecondaryIndexes",
      "ImportSourceSpecification",
      "KeySchema", "KinesisStreamSpecification", "LocalSecondaryIndexes", "OnDemandThroughput",
      "PointInTimeRecoverySpecification", "ProvisionedThroughput", "ResourcePolicy", "SSESpecification",
      "StreamSpecification", "TableClass", "TableName", "Tags", "TimeToLiveSpecification", "WarmThroughput");

  private static JsonNode resource(JsonNode template) {
    JsonNode resources = template.path("Resources");
    assertThat(resources.size()).isEqualTo(1);
    return resources.elements().next();
  }

  @Test
  void isATemplateWithOneTableResource() {
    JsonNode template = Exports.json(Exports.shop(), "Shop", "cloudformation.json");
    assertThat(template.path("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
    assertThat(template.path("Resources").fieldNames().next()).isEqualTo("ShopTable");
    JsonNode table = resource(template);
    assertThat(table.path("Type").asText()).isEqualTo("AWS::DynamoDB::Table");
    assertThat(table.path("DeletionPolicy").asText()).isEqualTo("Retain");
    List<String> names = new ArrayList<>();
    table.path("Properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).isSubsetOf(PROPERTIES).contains("KeySchema", "AttributeDefinitions", "TableName",
        "BillingMode");
  }

  @Test
  void carriesKeysIndexesAndTimeToLive() {
    JsonNode properties = resource(Exports.json(Exports.shop(), "Shop", "cloudformation.json")).path("Properties");
    assertThat(properties.path("TableName").asText()).isEqualTo("Shop");
    assertThat(Exports.values(properties.path("KeySchema"), "KeyType")).containsExactly("HASH", "RANGE");
    assertThat(Exports.values(properties.path("GlobalSecondaryIndexes"), "IndexName")).containsExactly("GSI1");
    assertThat(properties.path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo("expiresAt");
    assertThat(properties.path("TimeToLiveSpecification").path("Enabled").asBoolean()).isTrue();
    assertThat(CreateTableExportTest.usedKeyAttributes(properties)).containsExactlyInAnyOrderElementsOf(
        Exports.values(properties.path("AttributeDefinitions"), "AttributeName"));
  }

  @Test
  void sharesTheCreateTableShapeForEveryIndex() {
    JsonNode properties = resource(Exports.json(Exports.inventory(), "Inventory", "cloudformation.json"))
        .path("Properties");
    JsonNode request = Exports.json(Exports.inventory(), "Inventory", "create-table.json");
    for (String member : List.of("AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes",
        "LocalSecondaryIndexes", "BillingMode", "ProvisionedThroughput", "TableName")) {
      assertThat(properties.path(member)).as(member).isEqualTo(request.path(member));
    }
    assertThat(properties.has("TimeToLiveSpecification")).isFalse();
    assertThat(properties.path("StreamSpecification").toString()).isEqualTo("{\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}");
    assertThat(resource(Exports.json(Exports.shop(), "Shop", "cloudformation.json")).path("Properties")
        .has("StreamSpecification")).isFalse();
  }

  @Test
  void theYamlTemplateIsTheJsonTemplate() {
    for (String table : List.of("Shop", "Inventory")) {
      com.google.testing.compile.Compilation c = table.equals("Shop") ? Exports.shop() : Exports.inventory();
      Object yaml = new org.yaml.snakeyaml.Yaml().load(Exports.text(c, table, "cloudformation.yaml"));
      JsonNode fromYaml = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(yaml);
      assertThat(fromYaml).isEqualTo(Exports.json(c, table, "cloudformation.json"));
    }
  }

  @Test
  void outputsTheTableNameAndArn() {
    JsonNode outputs = Exports.json(Exports.shop(), "Shop", "cloudformation.json").path("Outputs");
    assertThat(outputs.path("ShopTableName").path("Value").path("Ref").asText()).isEqualTo("ShopTable");
    assertThat(outputs.path("ShopTableArn").path("Value").path("Fn::GetAtt").toString())
        .isEqualTo("[\"ShopTable\",\"Arn\"]");
  }
}
