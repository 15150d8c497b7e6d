package dev.keyway.engine.storage;

import dev.keyway.error.ResourceNotFoundException;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The tables of one engine as the operations look them up, by name (sorted for ListTables). Tables
 * are created and dropped through the committer only, which sees the catalog as a
 * {@link CatalogStore}.
 */
public interface Catalog {
  String REGION = "us-east-1";
  String ACCOUNT = "000000000000";

  /** The table of that name, or null. */
  Table find(String name);

  /** Every table by name. */
  NavigableMap<String, ? extends Table> byName();

  /** Every on-demand backup by ARN (kept after its table is deleted). */
  Map<String, Backup> backups();

  /** The table for an item or query operation: "Requested resource not found" when absent. */
  default Table require(String name) {
    Table table = find(nameOf(name));
    if (table == null) {
      throw new ResourceNotFoundException("Requested resource not found");
    }
    return table;
  }

  /** The table for a control-plane operation, whose message names the table. */
  default Table requireForControl(String name) {
    Table table = find(nameOf(name));
    if (table == null) {
      throw new ResourceNotFoundException(
          "Requested resource not found: Table: " + name + " not found");
    }
    return table;
  }

  /**
   * The table name in a TableName member, which may also be the table's ARN
   * ({@code arn:aws:dynamodb:<region>:<account>:table/<name>}), as DynamoDB accepts in every
   * operation. The region and account are not compared: a name resolves within this engine. Anything
   * else comes back unchanged, for the name checks to refuse.
   */
  static String nameOf(String nameOrArn) {
    if (nameOrArn == null || !nameOrArn.startsWith("arn:")) {
      return nameOrArn;
    }
    String[] parts = nameOrArn.split(":", 6);
    if (parts.length == 6 && parts[2].equals("dynamodb") && parts[5].startsWith("table/")) {
      return parts[5].substring("table/".length());
    }
    return nameOrArn;
  }

  static String arnOf(String tableName) {
    return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + tableName;
  }
}
