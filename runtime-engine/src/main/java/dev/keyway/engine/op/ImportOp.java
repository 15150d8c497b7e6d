package dev.keyway.engine.op;

import dev.keyway.engine.ImportResult;
import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.CreateTableCheck;
import dev.keyway.engine.op.check.ItemRules;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.StoredItem;
import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.DynamoDbException;
import dev.keyway.error.ResourceInUseException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.CreateTableRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ImportTable's semantics in process: a new table and all its valid items in one commit, so the
 * table appears complete or not at all. Each item is checked as PutItem checks it; a refused item
 * is reported by position and the others are imported.
 */
public final class ImportOp {
  private final Catalog catalog;
  private final Committer committer;
  private final CreateTableOp createTable;

  public ImportOp(Catalog catalog, Committer committer, CreateTableOp createTable) {
    this.catalog = catalog;
    this.committer = committer;
    this.createTable = createTable;
  }

  public ImportResult execute(CreateTableRequest definition, List<Map<String, AttributeValue>> items) {
    CreateTableCheck.check(definition);
    if (catalog.find(definition.tableName()) != null) {
      throw new ResourceInUseException("Table already exists: " + definition.tableName());
    }
    TableMeta meta = createTable.meta(definition);
    List<StoredItem> accepted = new ArrayList<>(items.size());
    List<ImportResult.ItemError> errors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        Map<String, AttributeValue> item = items.get(i);
        ItemRules.item(meta, item);
        StoredItem stored = StoredItem.of(item);
        ItemRules.size(stored, PutItemOp.SIZE_MESSAGE);
        ItemRules.indexKeys(meta, item);
        accepted.add(stored);
      } catch (DynamoDbException e) {
        errors.add(new ImportResult.ItemError(i, e.getMessage()));
      }
    }
    var table = committer.restoreTable(meta.name(), () -> new SchemaChange.RestoreTable(meta, accepted));
    return new ImportResult(table.itemCount(), errors);
  }
}
