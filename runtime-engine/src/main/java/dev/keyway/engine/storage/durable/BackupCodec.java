package dev.keyway.engine.storage.durable;

import dev.keyway.engine.storage.Backup;
import dev.keyway.engine.storage.PitrSetting;
import dev.keyway.engine.storage.StoredItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary form of backups and point-in-time recovery settings, shared by log records and
 * snapshots. A backup is written as a header (ARN, name, creation time, the source table's
 * definition, TTL attribute, size) and its items.
 */
final class BackupCodec {
  private BackupCodec() {}

  /** The backup's header, without items. */
  static void writeBackup(Encoder out, Backup b) {
    out.string(b.arn());
    out.string(b.name());
    writeInstant(out, b.created());
    MetaCodec.writeMeta(out, b.source());
    out.optString(b.ttlAttribute());
    out.i64(b.sizeBytes());
  }

  /** A header as a backup without items; {@link #withItems} completes it. */
  static Backup readBackup(Decoder in) {
    return new Backup(in.string(), in.string(), readInstant(in), MetaCodec.readMeta(in),
        in.optString(), in.i64(), List.of());
  }

  static Backup withItems(Backup header, List<StoredItem> items) {
    return new Backup(header.arn(), header.name(), header.created(), header.source(),
        header.ttlAttribute(), header.sizeBytes(), items);
  }

  static void writeItems(Encoder out, List<StoredItem> items) {
    out.varint(items.size());
    for (StoredItem item : items) {
      ValueCodec.writeItem(out, item.attributes());
    }
  }

  static List<StoredItem> readItems(Decoder in) {
    int n = in.count();
    List<StoredItem> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(ValueCodec.readItem(in));
    }
    return items;
  }

  static void writePitr(Encoder out, PitrSetting setting) {
    out.bool(setting != null);
    if (setting != null) {
      writeInstant(out, setting.enabledAt());
      out.varint(setting.recoveryPeriodDays());
    }
  }

  static PitrSetting readPitr(Decoder in) {
    return in.bool() ? new PitrSetting(readInstant(in), (int) in.varint()) : null;
  }

  private static void writeInstant(Encoder out, Instant t) {
    out.i64(t.getEpochSecond());
    out.varint(t.getNano());
  }

  private static Instant readInstant(Decoder in) {
    return Instant.ofEpochSecond(in.i64(), in.varint());
  }
}
