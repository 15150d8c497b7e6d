package dev.keyway.engine.op;

import dev.keyway.engine.storage.TableMeta;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.StreamSpecification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A table's stream setting as CreateTable and UpdateTable change it, with DynamoDB's rules: a
 * stream being enabled names its view type, one being disabled does not; an enabled stream cannot
 * be enabled again (not even to change its view type) and a table without one has none to
 * disable. Each enabling starts a new stream, labelled with the time it was enabled.
 */
final class StreamSettings {
  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private StreamSettings() {}

  /** The request's own rules, checked before the table is looked at. */
  static void check(StreamSpecification spec) {
    if (spec == null || spec.streamEnabled() == null) {
      return;
    }
    if (spec.streamEnabled() && spec.streamViewType() == null) {
      throw new ValidationException("One or more parameter values were invalid: "
          + "If stream is being enabled then UpdateViewType is required");
    }
    if (!spec.streamEnabled() && spec.streamViewType() != null) {
      throw new ValidationException("One or more parameter values were invalid: "
          + "If stream is being disabled, then UpdateViewType must not be specified");
    }
  }

  /** The label of a stream created at {@code now}, a new table's or the first of its table. */
  static String label(StreamSpecification spec, Instant now) {
    return spec != null && Boolean.TRUE.equals(spec.streamEnabled()) ? LABEL.format(now) : null;
  }

  /** The definition after UpdateTable's stream setting, checked against the current one. */
  static TableMeta update(TableMeta meta, StreamSpecification spec, Instant now) {
    if (spec.streamEnabled()) {
      if (meta.streamEnabled()) {
        throw new ValidationException("Table already has an enabled stream: TableName: " + meta.name());
      }
      return meta.withStream(spec, next(meta.streamLabel(), now));
    }
    if (!meta.streamEnabled()) {
      throw new ValidationException("Table has no stream to disable: TableName: " + meta.name());
    }
    return meta.withStream(null, meta.streamLabel());
  }

  /** A label after the previous one even when the clock has not moved, so every ARN is new. */
  private static String next(String previous, Instant now) {
    String label = LABEL.format(now);
    while (previous != null && label.compareTo(previous) <= 0) {
      now = now.plusMillis(1);
      label = LABEL.format(now);
    }
    return label;
  }
}
