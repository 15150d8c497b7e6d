package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** table.tf: one aws_dynamodb_table resource with the arguments and blocks of the AWS provider. */
class TerraformExportTest {
  /** Arguments and blocks used here, as the AWS provider's aws_dynamodb_table documents them. */
  private static final Set<String> TABLE_ARGUMENTS = Set.of("name", "billing_mode", "hash_key", "range_key",
      "read_capacity", "write_capacity", "stream_enabled", "stream_view_type");
  private static final Set<String> TABLE_BLOCKS = Set.of("attribute", "global_secondary_index",
      "local_secondary_index", "ttl");
  private static final Set<String> INDEX_ARGUMENTS = Set.of("name", "hash_key", "range_key", "projection_type",
      "non_key_attributes", "read_capacity", "write_capacity");

  private static HclReader.Block resource(String table) {
    HclReader.Block root = HclReader.read(Exports.text(table.equals("Shop") ? Exports.shop() : Exports.inventory(),
        table, "table.tf"));
    assertThat(root.blocks()).hasSize(1);
    HclReader.Block resource = root.blocks().get(0);
    assertThat(resource.type()).isEqualTo("resource");
    assertThat(resource.labels().get(0)).isEqualTo("aws_dynamodb_table");
    assertThat(resource.attributes().keySet()).isSubsetOf(TABLE_ARGUMENTS);
    resource.blocks().forEach(b -> assertThat(TABLE_BLOCKS).contains(b.type()));
    return resource;
  }

  private static List<Object> names(List<HclReader.Block> blocks) {
    return blocks.stream().map(b -> b.attributes().get("name")).toList();
  }

  @Test
  void declaresTheTableKeysAndTimeToLive() {
    HclReader.Block shop = resource("Shop");
    assertThat(shop.labels()).containsExactly("aws_dynamodb_table", "shop");
    assertThat(shop.attributes()).containsEntry("name", "Shop").containsEntry("billing_mode", "PAY_PER_REQUEST")
        .containsEntry("hash_key", "PK").containsEntry("range_key", "SK").doesNotContainKey("read_capacity")
        .doesNotContainKey("stream_enabled");
    assertThat(names(shop.blocks("attribute"))).containsExactly("PK", "SK", "GSI1PK", "GSI1SK");
    shop.blocks("attribute").forEach(a -> assertThat(a.attributes()).containsEntry("type", "S"));
    assertThat(shop.blocks("ttl")).singleElement().satisfies(ttl -> assertThat(ttl.attributes())
        .isEqualTo(Map.of("attribute_name", "expiresAt", "enabled", true)));
  }

  @Test
  void declaresEveryIndexWithItsProjectionAndCapacity() {
    HclReader.Block inventory = resource("Inventory");
    assertThat(inventory.attributes()).containsEntry("read_capacity", 7L).containsEntry("write_capacity", 3L)
        .containsEntry("stream_enabled", true).containsEntry("stream_view_type", "NEW_AND_OLD_IMAGES");
    assertThat(names(inventory.blocks("attribute"))).containsExactly("pk", "sk", "gpk", "gsk", "g2pk", "lsk");
    List<HclReader.Block> global = inventory.blocks("global_secondary_index");
    assertThat(names(global)).containsExactly("byWarehouse", "bySku");
    global.forEach(g -> assertThat(g.attributes().keySet()).isSubsetOf(INDEX_ARGUMENTS));
    assertThat(global.get(0).attributes()).containsEntry("hash_key", "gpk").containsEntry("range_key", "gsk")
        .containsEntry("projection_type", "INCLUDE").containsEntry("read_capacity", 7L)
        .containsEntry("non_key_attributes", List.of("quantity", "tenant", "sku", "bin", "warehouse", "received",
            "_type"));
    assertThat(global.get(1).attributes()).containsEntry("projection_type", "KEYS_ONLY")
        .doesNotContainKey("range_key");
    assertThat(inventory.blocks("local_secondary_index")).singleElement().satisfies(l -> assertThat(l.attributes())
        .isEqualTo(Map.of("name", "byReceived", "range_key", "lsk", "projection_type", "ALL")));
    assertThat(inventory.blocks("ttl")).isEmpty();
  }

  @Test
  void everyKeyAttributeOfTheTableAndIndexesIsDeclared() {
    for (String table : List.of("Shop", "Inventory")) {
      HclReader.Block r = resource(table);
      java.util.Set<Object> keys = new java.util.LinkedHashSet<>();
      keys.add(r.attributes().get("hash_key"));
      keys.add(r.attributes().get("range_key"));
      for (String kind : List.of("global_secondary_index", "local_secondary_index")) {
        r.blocks(kind).forEach(i -> {
          keys.add(i.attributes().getOrDefault("hash_key", r.attributes().get("hash_key")));
          keys.add(i.attributes().get("range_key"));
        });
      }
      keys.remove(null);
      assertThat(names(r.blocks("attribute"))).containsExactlyInAnyOrderElementsOf(keys);
    }
  }

  @Test
  void alignsAttributesAsTerraformFmtDoes() {
    assertThat(Exports.text(Exports.shop(), "Shop", "table.tf")).contains("""
        resource "aws_dynamodb_table" "shop" {
          name         = "Shop"
          billing_mode = "PAY_PER_REQUEST"
          hash_key     = "PK"
          range_key    = "SK"

          attribute {
            name = "PK"
            type = "S"
          }
        """);
  }

  @Test
  void theReaderRejectsWhatTerraformWouldNot() {
    assertThatThrownBy(() -> HclReader.read("resource \"a\" \"b\" {\n  name = \"x\"\n")).hasMessageContaining(
        "unclosed block");
    assertThatThrownBy(() -> HclReader.read("resource \"a\" \"b\" {\n  name = \"${x}\"\n}\n"))
        .hasMessageContaining("line 2: template sequence");
    assertThatThrownBy(() -> HclReader.read("a {\n  n = 1\n  n = 2\n}\n")).hasMessageContaining("duplicate");
  }
}
