package dev.keyway.engine.op;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
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
import java.util.List;

/**
 * UpdateTimeToLive and DescribeTimeToLive: the setting, with DynamoDB's rules (no enabling twice,
 * no disabling when disabled, no other attribute while enabled); the TTL sweeper deletes.
 */
public final class TimeToLiveOp {
  private final Catalog catalog;
  private final Committer committer;

  public TimeToLiveOp(Catalog catalog, Committer committer) {
    this.catalog = catalog;
    this.committer = committer;
  }

  public UpdateTimeToLiveResponse update(UpdateTimeToLiveRequest r) {
    Errors errors = Errors.start().tableName(r.tableName(), "tableName")
        .notNull(r.timeToLiveSpecification(), "timeToLiveSpecification");
    TimeToLiveSpecification spec = r.timeToLiveSpecification();
    if (spec != null) {
      errors.notNull(spec.enabled(), "timeToLiveSpecification.enabled");
      errors.notNull(spec.attributeName(), "timeToLiveSpecification.attributeName");
      errors.length(spec.attributeName(), 1, 255, "timeToLiveSpecification.attributeName");
    }
    errors.throwIfAny();
    Table table = catalog.requireForControl(r.tableName());
    committer.changeTable(table, () -> {
      String current = table.ttlAttribute();
      if (current != null && !current.equals(spec.attributeName())) {
        throw new ValidationException("TimeToLive is active on a different AttributeName: "
            + "current AttributeName is " + current);
      }
      if (spec.enabled() && current != null) {
        throw new ValidationException("TimeToLive is already enabled");
      }
      if (!spec.enabled() && current == null) {
        throw new ValidationException("TimeToLive is already disabled");
      }
      return List.of(new SchemaChange.TimeToLive(table,
          spec.enabled() ? spec.attributeName() : null));
    });
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
