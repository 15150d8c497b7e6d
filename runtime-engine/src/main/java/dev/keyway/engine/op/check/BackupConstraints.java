package dev.keyway.engine.op.check;

import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.ListBackupsRequest;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.RestoreTableFromBackupRequest;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import java.util.List;

/**
 * The member constraints of the backup requests that carry enum members: ListBackups and the two
 * restores (see {@link RequestConstraints}).
 */
public final class BackupConstraints {
  private BackupConstraints() {}

  public static Errors listBackups(Errors errors, ListBackupsRequest r) {
    if (r.tableName() != null) {
      errors.tableName(r.tableName(), "tableName");
    }
    return errors.minimum(r.limit(), 1, "limit").maximum(r.limit(), 100, "limit");
  }

  public static Errors restoreTableFromBackup(Errors errors, RestoreTableFromBackupRequest r) {
    errors.notNull(r.backupArn(), "backupArn");
    return target(errors, r.targetTableName(), r.globalSecondaryIndexOverride(),
        r.localSecondaryIndexOverride());
  }

  public static Errors restoreTableToPointInTime(Errors errors,
      RestoreTableToPointInTimeRequest r) {
    if (r.sourceTableName() != null) {
      errors.tableName(r.sourceTableName(), "sourceTableName");
    }
    return target(errors, r.targetTableName(), r.globalSecondaryIndexOverride(),
        r.localSecondaryIndexOverride());
  }

  /** The target name and the index overrides of a restore. */
  private static Errors target(Errors errors, String targetTableName,
      List<GlobalSecondaryIndex> gsis, List<LocalSecondaryIndex> lsis) {
    errors.tableName(targetTableName, "targetTableName");
    for (int i = 0; gsis != null && i < gsis.size(); i++) {
      GlobalSecondaryIndex g = gsis.get(i);
      CreateTableCheck.indexMembers(errors, g.indexName(), g.keySchema(),
          GsiKeySchemaRules.MAX_ELEMENTS, g.projection(),
          NestedRules.element("globalSecondaryIndexOverride", i));
    }
    for (int i = 0; lsis != null && i < lsis.size(); i++) {
      LocalSecondaryIndex l = lsis.get(i);
      CreateTableCheck.indexMembers(errors, l.indexName(), l.keySchema(), 2, l.projection(),
          NestedRules.element("localSecondaryIndexOverride", i));
    }
    return errors;
  }
}
