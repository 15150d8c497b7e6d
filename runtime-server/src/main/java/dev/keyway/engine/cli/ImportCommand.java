package dev.keyway.engine.cli;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ImportResult;
import dev.keyway.engine.storage.durable.DurableStorageException;
import dev.keyway.error.DynamoDbException;
import dev.keyway.ops.AttributeDefinition;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.ScalarAttributeType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import}: a DynamoDB JSON export or a CSV file into a NEW table of a data directory, with
 * ImportTable's semantics: the table is created with every readable, valid item in one commit;
 * each refused line is reported with its place; a source that cannot be read creates nothing.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a DynamoDB JSON export (a directory with AWSDynamoDB/<exportId>/manifest-files.json)",
      "or a CSV file (header line first) into a new table; lines that cannot be imported are listed.",
      "The data directory must not be in use by a running server."
    })
final class ImportCommand implements Callable<Integer> {
  /** The input formats DynamoDB's ImportTable names that Keyway reads. */
  enum Format { DYNAMODB_JSON, CSV }

  @CommandLine.Mixin DataDirectoryOptions data;

  @Option(names = "--from", paramLabel = "PATH", required = true, description = "The export directory or CSV file.")
  Path from;

  @Option(names = "--format", defaultValue = "DYNAMODB_JSON", description = "DYNAMODB_JSON or CSV. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--table", required = true, description = "The new table's name.")
  String table;

  @Option(names = "--partition-key", paramLabel = "NAME:TYPE", required = true, description = "The partition key and its type (S, N or B), e.g. PK:S.")
  String partitionKey;

  @Option(names = "--sort-key", paramLabel = "NAME:TYPE", description = "The sort key and its type, e.g. SK:S.")
  String sortKey;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, ScalarAttributeType> keys = new LinkedHashMap<>();
    try {
      key(partitionKey, keys);
      if (sortKey != null) {
        key(sortKey, keys);
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    try {
      ImportLines lines = format == Format.CSV ? new CsvSource(keys).read(from) : new DynamoJsonSource().read(from);
      try (Engine engine = data.open()) {
        ImportResult result = engine.importTable(definition(keys), lines.items);
        List<String> errors = new ArrayList<>(lines.errors);
        for (ImportResult.ItemError e : result.errors()) {
          errors.add(lines.places.get(e.index()) + ": " + e.message());
        }
        errors.forEach(err::println);
        out.println("Imported " + result.importedItemCount() + " items into " + table + "; "
            + (lines.items.size() + lines.errors.size()) + " lines processed, " + errors.size() + " errors");
        out.flush();
        err.flush();
        return errors.isEmpty() ? 0 : 3;
      }
    } catch (ImportSourceException | DurableStorageException | java.io.IOException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    } catch (DynamoDbException e) {
      err.println(e.errorType() + ": " + e.getMessage());
      return 1;
    }
  }

  private CreateTableRequest definition(Map<String, ScalarAttributeType> keys) {
    List<AttributeDefinition> definitions = new ArrayList<>();
    List<KeySchemaElement> schema = new ArrayList<>();
    keys.forEach((name, type) -> {
      definitions.add(new AttributeDefinition(name, type));
      schema.add(new KeySchemaElement(name, schema.isEmpty() ? KeyType.HASH : KeyType.RANGE));
    });
    return CreateTableRequest.builder().tableName(table).attributeDefinitions(definitions)
        .keySchema(schema).billingMode(BillingMode.PAY_PER_REQUEST).build();
  }

  private static void key(String spec, Map<String, ScalarAttributeType> keys) {
    int colon = spec.lastIndexOf(':');
    try {
      keys.put(spec.substring(0, Math.max(colon, 0)), ScalarAttributeType.valueOf(spec.substring(colon + 1)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("A key is NAME:TYPE with TYPE S, N or B, not '" + spec + "'");
    }
    if (colon <= 0) {
      throw new IllegalArgumentException("A key is NAME:TYPE with TYPE S, N or B, not '" + spec + "'");
    }
  }
}
