package dev.keyway.engine.commit;

import java.util.List;

/**
 * One applied unit of change: the item changes and schema changes of one operation (or, for
 * BatchWriteItem, of one of its writes), all or nothing. Sequence numbers count commits in the
 * order they were applied, from 1, and are given only when something observes commits (a log or
 * a listener). {@code expiry} marks the deletions of the TTL sweeper, which streams attribute to
 * the service rather than to a user. {@code millis} is when it was made, by the engine's clock (epoch
 * milliseconds); a durable engine logs it, so point-in-time recovery can replay history exactly.
 */
public record Commit(long sequence, List<ItemChange> items, List<SchemaChange> schemaChanges, boolean expiry,
    long millis) {}
