package dev.keyway.engine.op;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.DescribeTableResponse;
import dev.keyway.ops.TableStatus;

/** DescribeTable. */
public final class DescribeTableOp {
  private final Catalog catalog;

  public DescribeTableOp(Catalog catalog) {
    this.catalog = catalog;
  }

  public DescribeTableResponse execute(DescribeTableRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").throwIfAny();
    return new DescribeTableResponse(
        TableDescriber.describe(catalog.requireForControl(r.tableName()), TableStatus.ACTIVE));
  }
}
