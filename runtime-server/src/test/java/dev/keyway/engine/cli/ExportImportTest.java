package dev.keyway.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ImportResult;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.error.InvalidRestoreTimeException;
import dev.keyway.error.ResourceInUseException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.PointInTimeRecoverySpecification;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.UpdateContinuousBackupsRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportImportTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final DynamoJsonProtocol json = new DynamoJsonProtocol();
  private final ManualClock clock = new ManualClock(T0);
  private final Engine engine = Engine.builder().clock(clock).build();
  @TempDir Path out;

  /** An item from alternating names and values (strings, or attribute values as they are). */
  private static Map<String, AttributeValue> item(Object... pairs) {
    Map<String, AttributeValue> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1] instanceof AttributeValue a ? a : AttributeValue.s((String) pairs[i + 1]));
    }
    return m;
  }

  /** A PAY_PER_REQUEST table keyed by PK and SK, both strings. */
  private static dev.keyway.ops.CreateTableRequest pkSk(String table) {
    return dev.keyway.ops.CreateTableRequest.builder().tableName(table)
        .attributeDefinitions(List.of(new dev.keyway.ops.AttributeDefinition("PK", ScalarAttributeType.S),
            new dev.keyway.ops.AttributeDefinition("SK", ScalarAttributeType.S)))
        .keySchema(List.of(new dev.keyway.ops.KeySchemaElement("PK", dev.keyway.ops.KeyType.HASH),
            new dev.keyway.ops.KeySchemaElement("SK", dev.keyway.ops.KeyType.RANGE)))
        .billingMode(dev.keyway.ops.BillingMode.PAY_PER_REQUEST).build();
  }

  private static Map<String, AttributeValue> everyType(int i) {
    return item("PK", "p" + i, "SK", "s" + (i % 7), "n", AttributeValue.n("-12.5e" + (i % 30)),
        "bin", AttributeValue.b(new byte[] {(byte) i, 0, -1}), "ok", AttributeValue.bool(i % 2 == 0),
        "none", AttributeValue.nul(), "list", AttributeValue.list(AttributeValue.s("ü€"), AttributeValue.n(i)),
        "map", AttributeValue.map(Map.of("nested", AttributeValue.stringSet("a", "b\"q"))),
        "ns", AttributeValue.numberSetOf("1", "2.50", "-3"), "text", "line\nbreak \"quoted\"");
  }

  private void put(String table, Map<String, AttributeValue> item) {
    engine.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  /** Each item as its DynamoDB JSON line, sorted: equal lists mean byte-equal items. */
  private List<String> lines(Engine e, String table) {
    List<String> lines = new ArrayList<>();
    for (Map<String, AttributeValue> i : e.scan(ScanRequest.builder().tableName(table).build()).items()) {
      lines.add(new String(json.toJson(new ExportLine(i)), StandardCharsets.UTF_8));
    }
    lines.sort(null);
    return lines;
  }

  private static Map<String, ScalarAttributeType> pkSkTypes() {
    return Map.of("PK", ScalarAttributeType.S, "SK", ScalarAttributeType.S);
  }

  private ImportResult importInto(Engine target, String table, ImportLines lines) {
    return target.importTable(pkSk(table), lines.items);
  }

  @Nested
  class RoundTrip {
    @Test
    void exportThenImportGivesByteEqualItemsAndDynamoDbsLayout() throws IOException {
      engine.createTable(pkSk("Shop"));
      for (int i = 0; i < 250; i++) {
        put("Shop", everyType(i));
      }
      TableExporter.Result result = new TableExporter(engine, clock).export("Shop", null, out, n -> {});
      assertThat(result.itemCount()).isEqualTo(250);
      Path dir = result.directory();
      assertThat(dir.getParent().getFileName().toString()).isEqualTo("AWSDynamoDB");
      assertThat(dir.getFileName().toString()).matches("0" + T0.toEpochMilli() + "-[0-9a-f]{8}");
      for (String f : List.of("_started", "manifest-summary.json", "manifest-summary.md5",
          "manifest-files.json", "manifest-files.md5")) {
        assertThat(dir.resolve(f)).exists();
      }
      Map<String, String> summary = Manifests.parse(Files.readString(dir.resolve("manifest-summary.json")).trim());
      assertThat(summary).containsEntry("itemCount", "250").containsEntry("outputFormat", "DYNAMODB_JSON")
          .containsEntry("exportType", "FULL_EXPORT").containsEntry("version", "2020-06-30")
          .containsEntry("tableArn", "arn:aws:dynamodb:us-east-1:000000000000:table/Shop")
          .containsEntry("exportArn", result.exportArn())
          .containsEntry("manifestFilesS3Key", "AWSDynamoDB/" + dir.getFileName() + "/manifest-files.json");
      Map<String, String> file = Manifests.parse(Files.readAllLines(dir.resolve("manifest-files.json")).get(0));
      Path data = dir.getParent().getParent().resolve(file.get("dataFileS3Key"));
      byte[] gz = Files.readAllBytes(data);
      assertThat(file.get("md5Checksum")).isEqualTo(Manifests.base64(Manifests.md5(gz)));
      assertThat(file.get("etag")).isEqualTo(Manifests.hex(Manifests.md5(gz)));
      assertThat(file.get("itemCount")).isEqualTo("250");
      assertThat(data.getFileName().toString()).matches("[a-z0-9]{26}\\.json\\.gz");

      ImportLines read = new DynamoJsonSource().read(out);
      assertThat(read.errors).isEmpty();
      Engine target = Engine.inMemory();
      ImportResult imported = importInto(target, "Copy", read);
      assertThat(imported.importedItemCount()).isEqualTo(250);
      assertThat(imported.errors()).isEmpty();
      assertThat(lines(target, "Copy")).isEqualTo(lines(engine, "Shop"));
    }

    @Test
    void exportAtAPointInTimeLeavesNoTemporaryTable() {
      engine.createTable(pkSk("Shop"));
      engine.updateContinuousBackups(new UpdateContinuousBackupsRequest("Shop",
          new PointInTimeRecoverySpecification(true, null)));
      put("Shop", item("PK", "a", "SK", "1", "v", "then"));
      clock.advance(Duration.ofSeconds(30));
      put("Shop", item("PK", "a", "SK", "1", "v", "now"));
      put("Shop", item("PK", "b", "SK", "1"));
      clock.advance(Duration.ofMinutes(10));
      var result = new TableExporter(engine, clock).export("Shop", T0.plusSeconds(10), out, n -> {});
      assertThat(result.itemCount()).isEqualTo(1);
      Engine target = Engine.inMemory();
      importInto(target, "Then", new DynamoJsonSource().read(result.directory()));
      assertThat(target.scan(ScanRequest.builder().tableName("Then").build()).items())
          .containsExactly(item("PK", "a", "SK", "1", "v", "then"));
      assertThat(engine.listTables(ListTablesRequest.builder().build()).tableNames()).containsExactly("Shop");
      assertThatThrownBy(() -> new TableExporter(engine, clock).export("Shop", T0.minusSeconds(1), out, n -> {}))
          .isInstanceOf(InvalidRestoreTimeException.class);
    }
  }

  @Nested
  class BadInput {
    private Path exportOf(int items) {
      engine.createTable(pkSk("Shop"));
      for (int i = 0; i < items; i++) {
        put("Shop", item("PK", "p" + i, "SK", "s"));
      }
      return new TableExporter(engine, clock).export("Shop", null, out, n -> {}).directory();
    }

    private Path onlyDataFile(Path dir) throws IOException {
      try (Stream<Path> files = Files.list(dir.resolve("data"))) {
        return files.findFirst().orElseThrow();
      }
    }

    @Test
    void missingManifestCreatesNothing() {
      assertThatThrownBy(() -> new DynamoJsonSource().read(out))
          .isInstanceOf(ImportSourceException.class)
          .hasMessage("No manifest-files.json in " + out
              + " (expected a DynamoDB JSON export: AWSDynamoDB/<exportId>/manifest-files.json)");
    }

    @Test
    void malformedManifestLine() throws IOException {
      Path dir = exportOf(3);
      Files.writeString(dir.resolve("manifest-files.json"), "{\"itemCount\":3}\n");
      assertThatThrownBy(() -> new DynamoJsonSource().read(dir))
          .isInstanceOf(ImportSourceException.class)
          .hasMessage("Malformed manifest " + dir.resolve("manifest-files.json")
              + " line 1: expected a JSON object with dataFileS3Key");
    }

    @Test
    void dataFileThatFailsItsChecksum() throws IOException {
      Path dir = exportOf(3);
      Path data = onlyDataFile(dir);
      Files.write(data, gzip("{\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"y\"}}}\n"));
      assertThatThrownBy(() -> new DynamoJsonSource().read(dir))
          .isInstanceOf(ImportSourceException.class)
          .hasMessage("Data file " + data + " does not match its md5Checksum in the manifest");
    }

    @Test
    void badLinesAreReportedAndTheOthersImported() throws IOException {
      Path dir = exportOf(1);
      Path data = onlyDataFile(dir);
      Files.write(data, gzip("{\"Item\":{\"PK\":{\"S\":\"ok\"},\"SK\":{\"S\":\"1\"}}}\n"
          + "{\"Item\":{\"PK\":{\"S\":\"broken\"\n"
          + "{\"Item\":{\"PK\":{\"N\":\"1\"},\"SK\":{\"S\":\"1\"}}}\n"
          + "{\"NotItem\":{}}\n"));
      Files.writeString(dir.resolve("manifest-files.json"), "{\"dataFileS3Key\":\"AWSDynamoDB/"
          + dir.getFileName() + "/data/" + data.getFileName() + "\"}\n");
      ImportLines lines = new DynamoJsonSource().read(dir);
      String name = "data/" + data.getFileName();
      assertThat(lines.errors).containsExactly(
          name + " line 2: not a valid DynamoDB JSON line", name + " line 4: the line has no Item");
      ImportResult result = importInto(Engine.inMemory(), "Copy", lines);
      assertThat(result.importedItemCount()).isEqualTo(1);
      assertThat(result.errors()).containsExactly(new ImportResult.ItemError(1,
          "One or more parameter values were invalid: Type mismatch for key PK expected: S actual: N"));
      assertThat(lines.places.get(1)).isEqualTo(name + " line 3");
    }

    @Test
    void importOntoAnExistingTableCreatesNothing() {
      engine.createTable(pkSk("Taken"));
      assertThatThrownBy(() -> engine.importTable(pkSk("Taken"), List.of(item("PK", "a", "SK", "b"))))
          .isInstanceOf(ResourceInUseException.class)
          .hasMessage("Table already exists: Taken");
      assertThat(engine.scan(ScanRequest.builder().tableName("Taken").build()).count()).isZero();
    }

    private byte[] gzip(String text) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    }
  }

  @Nested
  class Csv {
    @Test
    void keysAreTypedByTheKeySchemaAndEverythingElseIsAString() throws IOException {
      Path csv = out.resolve("people.csv");
      Files.writeString(csv, "id,age,name,note\n"
          + "7,42,Ann,\"says \"\"hi\"\", twice\"\n"
          + "8,x,\"Bob\nSmith\",\n"
          + "nine,1,Cy,\n"
          + "10,2\n");
      ImportLines lines = new CsvSource(Map.of("id", ScalarAttributeType.N)).read(csv);
      assertThat(lines.items).containsExactly(
          item("id", AttributeValue.n("7"), "age", "42", "name", "Ann", "note", "says \"hi\", twice"),
          item("id", AttributeValue.n("8"), "age", "x", "name", "Bob\nSmith"));
      assertThat(lines.errors).containsExactly(
          "people.csv line 5: key attribute id is a number, not 'nine'",
          "people.csv line 6: expected 4 fields, found 2");
    }
  }

  @Nested
  class CommandLine_ {
    @Test
    void exportThenImportThroughTheCommandLine(@TempDir Path data) {
      try (Engine e = Engine.open(data)) {
        e.createTable(pkSk("Shop"));
        for (int i = 0; i < 20; i++) {
          e.putItem(PutItemRequest.builder().tableName("Shop").item(everyType(i)).build());
        }
      }
      StringWriter stdout = new StringWriter();
      StringWriter stderr = new StringWriter();
      CommandLine cli = KeywayCli.commandLine();
      cli.setOut(new PrintWriter(stdout, true));
      cli.setErr(new PrintWriter(stderr, true));
      assertThat(cli.execute("export", "--data", data.toString(), "--table", "Shop",
          "--to", out.toString())).isZero();
      assertThat(stdout.toString()).startsWith("Exported 20 items of Shop in 1 data files to ");
      assertThat(cli.execute("import", "--data", data.toString(), "--from", out.toString(),
          "--table", "Copy", "--partition-key", "PK:S", "--sort-key", "SK:S")).isZero();
      assertThat(stdout.toString()).contains("Imported 20 items into Copy; 20 lines processed, 0 errors");
      try (Engine e = Engine.open(data)) {
        assertThat(lines(e, "Copy")).isEqualTo(lines(e, "Shop"));
      }
      assertThat(cli.execute("import", "--data", data.toString(), "--from", out.toString(),
          "--table", "Copy", "--partition-key", "PK:S")).isEqualTo(1);
      assertThat(stderr.toString()).contains("ResourceInUseException: Table already exists: Copy");
      assertThat(cli.execute("export", "--data", data.toString(), "--table", "Nope",
          "--to", out.toString())).isEqualTo(1);
      assertThat(stderr.toString()).contains("ResourceNotFoundException: Requested resource not found: Table: Nope not found");
    }
  }
}
