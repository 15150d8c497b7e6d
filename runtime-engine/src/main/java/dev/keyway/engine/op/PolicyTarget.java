package dev.keyway.engine.op;

import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TablePolicy;

/**
 * What a resource-based policy is attached to: a table ({@code streamLabel} null) or one of its
 * streams. Both keep their policy with the table, so that it changes under the table's lock and
 * goes with the table.
 */
record PolicyTarget(Table table, String streamLabel) {
  boolean isStream() {
    return streamLabel != null;
  }

  /** The attached policy, or null. */
  TablePolicy current() {
    return isStream() ? table.streamPolicies().get(streamLabel) : table.resourcePolicy();
  }

  /** The change that attaches {@code policy}, or detaches the current one when it is null. */
  SchemaChange attach(TablePolicy policy) {
    return isStream()
        ? new SchemaChange.StreamPolicy(table, streamLabel, policy)
        : new SchemaChange.ResourcePolicy(table.name(), policy);
  }
}
