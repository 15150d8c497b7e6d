package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import dev.keyway.api.TableDefinition;
import dev.keyway.api.TableMismatchException;
import dev.keyway.engine.Engine;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.ScalarAttributeType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every export of the games fixture states its multi-attribute index keys: HASH then RANGE, typed. */
class MultiAttributeExportTest {
  private static Compilation games;

  private static synchronized Compilation games() {
    if (games == null) {
      games = Fixtures.compileResources(MultiAttributeEngineTest.GAMES);
      assertThat(games).succeededWithoutWarnings();
    }
    return games;
  }

  private static JsonNode index(JsonNode tableShape, String name) {
    for (JsonNode i : tableShape.path("GlobalSecondaryIndexes")) {
      if (i.path("IndexName").asText().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no index " + name);
  }

  private static List<String> keySchema(JsonNode index) {
    return Exports.values(index.path("KeySchema"), "AttributeName").stream().map(String::valueOf).toList();
  }

  private static void assertTypedKeySchemas(JsonNode tableShape) {
    assertThat(keySchema(index(tableShape, "Leaderboard"))).containsExactly("game", "region", "score");
    assertThat(Exports.values(index(tableShape, "Leaderboard").path("KeySchema"), "KeyType"))
        .containsExactly("HASH", "HASH", "RANGE");
    assertThat(keySchema(index(tableShape, "ByLevel"))).containsExactly("game", "level", "score");
    assertThat(Exports.values(index(tableShape, "ByLevel").path("KeySchema"), "KeyType"))
        .containsExactly("HASH", "RANGE", "RANGE");
    assertThat(Exports.values(tableShape.path("AttributeDefinitions"), "AttributeName"))
        .containsExactly("PK", "SK", "game", "region", "score", "level");
    assertThat(Exports.values(tableShape.path("AttributeDefinitions"), "AttributeType"))
        .containsExactly("S", "S", "S", "S", "N", "N");
  }

  @Test
  void createTableJsonIsWhatCreateTableIfAbsentSendsAndTheEngineAccepts() throws Exception {
    assertTypedKeySchemas(Exports.json(games(), "Games", "create-table.json"));
    byte[] body = Exports.text(games(), "Games", "create-table.json").getBytes(StandardCharsets.UTF_8);
    CreateTableRequest request = new DynamoJsonProtocol().read(CreateTableRequest.class, body, 0, body.length);
    TableDefinition definition = (TableDefinition) Fixtures.load(games()).loadClass("games.Games")
        .getField("DEFINITION").get(null);
    assertThat(request).isEqualTo(definition.toCreateTableRequest());
    Engine engine = Engine.inMemory();
    engine.createTable(request);
    assertThat(definition.differences(engine)).isEmpty();
  }

  @Test
  void cloudFormationInJsonAndYaml() {
    JsonNode properties = Exports.json(games(), "Games", "cloudformation.json").path("Resources").path("GamesTable")
        .path("Properties");
    assertTypedKeySchemas(properties);
    String yaml = Exports.text(games(), "Games", "cloudformation.yaml");
    assertThat(yaml).contains("AttributeName: \"region\"", "KeyType: \"HASH\"", "AttributeType: \"N\"");
  }

  @Test
  void terraformWritesKeySchemaBlocksInTheIndex() {
    HclReader.Block resource = HclReader.read(Exports.text(games(), "Games", "table.tf")).blocks().get(0);
    HclReader.Block leaderboard = resource.blocks().stream()
        .filter(b -> b.type().equals("global_secondary_index") && "Leaderboard".equals(b.attributes().get("name")))
        .findFirst().orElseThrow();
    assertThat(leaderboard.attributes()).doesNotContainKeys("hash_key", "range_key");
    assertThat(leaderboard.blocks()).extracting(HclReader.Block::type).containsOnly("key_schema");
    assertThat(leaderboard.blocks()).extracting(b -> b.attributes().get("attribute_name") + " "
        + b.attributes().get("key_type")).containsExactly("game HASH", "region HASH", "score RANGE");
    assertThat(resource.blocks().stream().filter(b -> b.type().equals("attribute"))
        .map(b -> b.attributes().get("name") + ":" + b.attributes().get("type")))
        .containsExactly("PK:S", "SK:S", "game:S", "region:S", "score:N", "level:N");
  }

  @Test
  void workbenchShowsTheFirstAttributesAndSaysSo() {
    JsonNode model = Exports.json(games(), "Games", "workbench-model.json");
    JsonNode leaderboard = index(model.path("DataModel").get(0), "Leaderboard").path("KeyAttributes");
    assertThat(leaderboard.path("PartitionKey").path("AttributeName").asText()).isEqualTo("game");
    assertThat(leaderboard.path("SortKey").path("AttributeType").asText()).isEqualTo("N");
    assertThat(model.path("ModelMetadata").path("Description").asText()).contains(
        "Index Leaderboard has a multi-attribute key (HASH game, region; RANGE score); this model shows its first "
            + "partition and sort key attributes only");
  }

  @Test
  void theReportListsAttributesAndKeyConditions() {
    String report = Exports.text(games(), "Games", "access-patterns.md");
    assertThat(report).contains("| Leaderboard | global index, multi-attribute key | game, region | score | ALL |",
        "| ScoreQueries.atLeast | Score | Leaderboard | game = {game} AND region = {region} AND score >= {scoreFrom} |",
        "| LevelQueries.ofLevelFrom | Score | ByLevel | game = {game} AND level = {level} AND score >= {scoreFrom} |",
        "Leaderboard: attributes game, region, score; ByLevel: attributes game, level, score");
  }

  @Test
  void verifyTableReportsAnIndexKeyedDifferently() throws Exception {
    TableDefinition definition = (TableDefinition) Fixtures.load(games()).loadClass("games.Games")
        .getField("DEFINITION").get(null);
    TableDefinition.Index leaderboard = definition.globalIndexes().get(0);
    TableDefinition.Index reordered = new TableDefinition.Index("Leaderboard", null, null, "ALL", List.of(),
        List.of(new TableDefinition.KeyAttribute("region", ScalarAttributeType.S),
            new TableDefinition.KeyAttribute("game", ScalarAttributeType.S)),
        List.of(new TableDefinition.KeyAttribute("score", ScalarAttributeType.S)));
    TableDefinition other = new TableDefinition("Games", "PK", "SK", List.of(reordered, definition.globalIndexes()
        .get(1)), List.of(), null, false, 5, 5);
    assertThat(leaderboard.partitionKeys()).extracting(TableDefinition.KeyAttribute::name)
        .containsExactly("game", "region");
    Engine engine = Engine.inMemory();
    other.createIfAbsent(engine);
    assertThat(definition.differences(engine)).containsExactly(
        "key attribute 'score' has type S, the model stores it as N (number)",
        "global secondary index 'Leaderboard' partition key attributes are [region, game], the model declares "
            + "[game, region]");
    assertThatThrownBy(() -> definition.verify(engine)).isInstanceOf(TableMismatchException.class);
  }
}
