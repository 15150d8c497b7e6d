package dev.keyway.engine.commit;

import java.util.List;

/**
 * What a change to a table decides with the table's exclusive schema lock held (so it may read
 * the table's current definition, tags and TTL setting): the changes to apply, or an exception.
 */
@FunctionalInterface
public interface SchemaPlan {
  List<SchemaChange> changes();
}
