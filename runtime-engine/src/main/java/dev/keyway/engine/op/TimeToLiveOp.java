package dev.keyway.engine.op;

import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.DescribeTimeToLiveRequest;
import dev.keyway.ops.DescribeTimeToLiveResponse;
import dev.keyway.ops.TimeToLiveDescription;
import dev.keyway.ops.TimeToLiveSpecification;
import dev.keyway.ops.TimeToLiveStatus;
import dev.keyway.ops.UpdateTimeToLiveRequest;
import dev.keyway.ops.UpdateTimeToLiveResponse;

/** UpdateTimeToLive and DescribeTimeToLive (the setting only; expiry is a later issue). */
public final class TimeToLiveOp {
  private final Catalog catalog;

  public TimeToLiveOp(Catalog catalog) {
    this.catalog = catalog;
  }

  public UpdateTimeToLiveResponse update(UpdateTimeToLiveRequest r) {
    Errors errors = Errors.start().tableName(r.tableName(), "tableName")
        .notNull(r.timeToLiveSpecification(), "timeToLiveSpecification");
    TimeToLiveSpecification spec = r.timeToLiveSpecification();
    if (spec != null) {
      errors.notNull(spec.enabled(), "timeToLiveSpecification.enabled");
      errors.notNull(spec.attributeName(), "timeToLiveSpecification.attributeName");
    }
    errors.throwIfAny();
    Table table = catalog.requireForControl(r.tableName());
    synchronized (table) {
      String current = table.ttlAttribute();
      if (spec.enabled()) {
        if (current != null) {
          throw new ValidationException("TimeToLive is already enabled");
        }
        table.ttlAttribute(spec.attributeName());
      } else {
        if (current == null) {
          throw new ValidationException("TimeToLive is already disabled");
        }
        table.ttlAttribute(null);
      }
    }
    return new UpdateTimeToLiveResponse(spec);
  }

  public DescribeTimeToLiveResponse describe(DescribeTimeToLiveRequest r) {
    Errors.start().tableName(r.tableName(), "tableName").throwIfAny();
    Table table = catalog.requireForControl(r.tableName());
    String attribute = table.ttlAttribute();
    return new DescribeTimeToLiveResponse(attribute == null
        ? new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null)
        : new TimeToLiveDescription(TimeToLiveStatus.ENABLED, attribute));
  }
}
