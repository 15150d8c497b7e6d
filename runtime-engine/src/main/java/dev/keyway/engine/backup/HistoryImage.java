package dev.keyway.engine.backup;

import java.time.Instant;
import java.util.List;

/**
 * The point-in-time history of one table as a checkpoint saves it and recovery reads it back:
 * since when it has been recorded, and every key's versions.
 */
public record HistoryImage(Instant since, List<KeyVersions> keys) {}
