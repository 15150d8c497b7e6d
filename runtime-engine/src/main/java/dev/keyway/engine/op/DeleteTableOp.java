package dev.keyway.engine.op;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DeleteTableResponse;
import dev.keyway.ops.TableStatus;

/** DeleteTable: the table disappears at once; the response describes it as DELETING. */
public final class DeleteTableOp {
  private final Catalog catalog;
  private final Committer committer;

  public DeleteTableOp(Catalog catalog, Committer committer) {
    this.catalog = catalog;
    this.committer = committer;
  }

  public DeleteTableResponse execute(DeleteTableRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").throwIfAny();
    Table table = catalog.requireForControl(r.tableName());
    if (table.meta().deletionProtection()) {
      throw new ValidationException("Resource cannot be deleted as it is currently protected "
          + "against deletion. Disable deletion protection first.");
    }
    committer.deleteTable(table);
    return new DeleteTableResponse(TableDescriber.describe(table, TableStatus.DELETING));
  }
}
