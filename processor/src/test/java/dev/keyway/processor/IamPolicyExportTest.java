package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The IAM policies: valid policy documents, valid DynamoDB action names, the table and index ARNs. */
class IamPolicyExportTest {
  /**
   * The actions of the dynamodb service prefix in the IAM Service Authorization Reference. Transactions have no
   * action of their own: TransactWriteItems and TransactGetItems are authorized per item action.
   */
  private static final Set<String> DYNAMODB_ACTIONS = Set.of("BatchGetItem", "BatchWriteItem", "ConditionCheckItem",
      "CreateBackup", "CreateGlobalTable", "CreateTable", "CreateTableReplica", "DeleteBackup", "DeleteItem",
      "DeleteResourcePolicy", "DeleteTable", "DeleteTableReplica", "DescribeBackup", "DescribeContinuousBackups",
      "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport", "DescribeGlobalTable",
      "DescribeGlobalTableSettings", "DescribeImport", "DescribeKinesisStreamingDestination", "DescribeLimits",
      "DescribeReservedCapacity", "DescribeReservedCapacityOfferings", "DescribeStream", "DescribeTable",
      "DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination",
      "EnableKinesisStreamingDestination", "ExportTableToPointInTime", "GetItem", "GetRecords",
      "GetResourcePolicy", "GetShardIterator", "ImportTable", "ListBackups", "ListContributorInsights",
      "ListExports", "ListGlobalTables", "ListImports", "ListStreams", "ListTables", "ListTagsOfResource",
      "PartiQLDelete", "PartiQLInsert", "PartiQLSelect", "PartiQLUpdate", "PurchaseReservedCapacityOfferings",
      "PutItem", "PutResourcePolicy", "Query", "RestoreTableFromAwsBackup", "RestoreTableFromBackup",
      "RestoreTableToPointInTime", "Scan", "StartAwsBackupJob", "TagResource", "UntagResource",
      "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable", "UpdateGlobalTableSettings",
      "UpdateGlobalTableVersion", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable",
      "UpdateTableReplicaAutoScaling", "UpdateTimeToLive");

  private static JsonNode policy(String file) {
    JsonNode p = Exports.json(Exports.shop(), "Shop", file);
    assertThat(p.path("Version").asText()).isEqualTo("2012-10-17");
    assertThat(p.path("Statement").isArray()).isTrue();
    List<String> sids = new ArrayList<>();
    for (JsonNode s : p.path("Statement")) {
      assertThat(s.path("Effect").asText()).isEqualTo("Allow");
      assertThat(s.path("Sid").asText()).matches("[A-Za-z0-9]+");
      sids.add(s.path("Sid").asText());
      s.path("Action").forEach(a -> {
        assertThat(a.asText()).startsWith("dynamodb:");
        assertThat(DYNAMODB_ACTIONS).contains(a.asText().substring("dynamodb:".length()));
      });
      s.path("Resource").forEach(r -> assertThat(r.asText())
          .matches("arn:aws:dynamodb:\\*:\\*:table/Shop(/index/[A-Za-z0-9_.-]+)?"));
    }
    assertThat(sids).doesNotHaveDuplicates();
    return p;
  }

  private static JsonNode statement(JsonNode policy, String sid) {
    for (JsonNode s : policy.path("Statement")) {
      if (s.path("Sid").asText().equals(sid)) {
        return s;
      }
    }
    throw new AssertionError("no statement " + sid + " in " + policy);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void grantsEachRepositoryItsItemActionsOnTheTable() {
    JsonNode p = policy("iam-policy.json");
    for (String repository : List.of("CustomerRepository", "OrderRepository", "ProductRepository")) {
      JsonNode s = statement(p, repository);
      assertThat(texts(s.path("Action"))).contains("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
          "dynamodb:DeleteItem", "dynamodb:BatchWriteItem").doesNotContain("dynamodb:CreateTable");
      assertThat(texts(s.path("Resource"))).containsExactly("arn:aws:dynamodb:*:*:table/Shop");
    }
    assertThat(texts(statement(p, "TransactionConditionChecks").path("Action")))
        .containsExactly("dynamodb:ConditionCheckItem");
  }

  @Test
  void grantsQueryOnlyOnTheIndexesThePatternsUse() {
    JsonNode queries = statement(policy("iam-policy.json"), "OrderQueries");
    assertThat(texts(queries.path("Action"))).containsExactly("dynamodb:Query");
    assertThat(texts(queries.path("Resource"))).containsExactlyInAnyOrder("arn:aws:dynamodb:*:*:table/Shop",
        "arn:aws:dynamodb:*:*:table/Shop/index/GSI1");
  }

  @Test
  void tenantVariantRequiresLeadingKeysFromPrincipalTags() {
    JsonNode p = policy("iam-policy-leading-keys.json");
    JsonNode tenant = statement(p, "TenantItems");
    assertThat(texts(tenant.path("Action"))).doesNotContain("dynamodb:Scan");
    assertThat(texts(tenant.path("Resource"))).containsExactly("arn:aws:dynamodb:*:*:table/Shop");
    assertThat(texts(tenant.path("Condition").path("ForAllValues:StringLike").path("dynamodb:LeadingKeys")))
        .containsExactly("USER#${aws:PrincipalTag/userId}", "PRODUCT#${aws:PrincipalTag/sku}");
  }

  @Test
  void leadingKeyPatternsKeepOnlyTheFirstFieldAndEscapeWildcards() {
    JsonNode tenant = statement(Exports.json(Exports.inventory(), "Inventory", "iam-policy-leading-keys.json"),
        "TenantItems");
    assertThat(texts(tenant.path("Condition").path("ForAllValues:StringLike").path("dynamodb:LeadingKeys")))
        .containsExactly("TENANT#${aws:PrincipalTag/tenant}*");
  }

  @Test
  void aTableWithAStreamMayReadItsStream() {
    JsonNode p = Exports.json(Exports.inventory(), "Inventory", "iam-policy.json");
    JsonNode read = statement(p, "ReadStream");
    assertThat(texts(read.path("Action"))).containsExactly("dynamodb:DescribeStream", "dynamodb:GetRecords",
        "dynamodb:GetShardIterator");
    assertThat(texts(read.path("Resource"))).containsExactly("arn:aws:dynamodb:*:*:table/Inventory/stream/*");
    JsonNode list = statement(p, "ListStreams");
    assertThat(texts(list.path("Action"))).containsExactly("dynamodb:ListStreams");
    assertThat(texts(list.path("Resource"))).containsExactly("*");
    JsonNode tenant = Exports.json(Exports.inventory(), "Inventory", "iam-policy-leading-keys.json");
    assertThat(tenant.toString()).doesNotContain("stream", "Stream");
  }

  @Test
  void aTableWithoutAStreamGetsNoStreamActions() {
    assertThat(policy("iam-policy.json").toString()).doesNotContain("Stream", "stream");
  }

  @Test
  void createTablePolicyIsSeparate() {
    JsonNode create = statement(policy("iam-policy-create-table.json"), "CreateTableIfAbsent");
    assertThat(texts(create.path("Action"))).containsExactly("dynamodb:CreateTable", "dynamodb:DescribeTable",
        "dynamodb:UpdateTimeToLive", "dynamodb:DescribeTimeToLive");
    assertThat(texts(statement(policy("iam-policy.json"), "VerifyTable").path("Action")))
        .containsExactly("dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive");
  }
}
