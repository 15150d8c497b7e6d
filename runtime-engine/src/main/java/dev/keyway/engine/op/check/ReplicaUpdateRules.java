package dev.keyway.engine.op.check;

import dev.keyway.error.ValidationException;
import dev.keyway.ops.ReplicationGroupUpdate;
import java.util.List;

/** The static rules of UpdateTable's ReplicaUpdates (global tables version 2019.11.21). */
final class ReplicaUpdateRules {
  private ReplicaUpdateRules() {}

  /** Every action present names its region. */
  static void members(Errors errors, List<ReplicationGroupUpdate> updates) {
    if (updates == null) {
      return;
    }
    for (int i = 0; i < updates.size(); i++) {
      ReplicationGroupUpdate u = updates.get(i);
      String path = NestedRules.element("replicaUpdates", i);
      if (u.create() != null) {
        errors.notNull(u.create().regionName(), path + ".create.regionName");
      }
      if (u.delete() != null) {
        errors.notNull(u.delete().regionName(), path + ".delete.regionName");
      }
    }
  }

  /** Each update is exactly one action. */
  static void oneActionEach(List<ReplicationGroupUpdate> updates) {
    for (ReplicationGroupUpdate u : updates) {
      if ((u.create() == null) == (u.delete() == null)) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "One of ReplicationGroupUpdate.Create, ReplicationGroupUpdate.Update, "
            + "ReplicationGroupUpdate.Delete must be set, and only one");
      }
    }
  }
}
