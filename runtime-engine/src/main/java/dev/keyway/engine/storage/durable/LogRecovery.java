package dev.keyway.engine.storage.durable;

import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.storage.CatalogStore;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Replays log segments after a snapshot. A record that is torn or fails its checksum with nothing
 * valid after it is the tail a crash left: the segment is truncated there and later (empty)
 * segments are deleted, so it is never replayed. A bad record followed by valid ones is
 * corruption: the open stops with the file and byte offset, and nothing is dropped.
 */
final class LogRecovery {
  /** What was recovered: the last lsn, and the segment to append to (null when none is left). */
  record Result(long lastLsn, Path openSegment) {}

  private static final long LSN_WINDOW = 1L << 20;

  private final CatalogStore catalog;
  private final PitrHistory history;
  private final RecordCipher cipher; // null: not encrypted
  private long last;

  private LogRecovery(CatalogStore catalog, PitrHistory history, RecordCipher cipher, long snapshotLsn) {
    this.catalog = catalog;
    this.history = history;
    this.cipher = cipher;
    this.last = snapshotLsn;
  }

  /** Replays the log into {@code catalog}, and each commit's changes into {@code history}. */
  static Result replay(Path dir, CatalogStore catalog, PitrHistory history, RecordCipher cipher,
      long snapshotLsn) {
    return new LogRecovery(catalog, history, cipher, snapshotLsn).run(DataFiles.segments(dir));
  }

  private Result run(List<Path> segments) {
    Path open = null;
    for (int i = 0; i < segments.size(); i++) {
      Path segment = segments.get(i);
      byte[] data = read(segment);
      boolean lastSegment = i == segments.size() - 1;
      if (data.length < LogFormat.SEGMENT_HEADER && lastSegment) {
        delete(segment); // created by a rotation that crashed before its header was written
        break;
      }
      checkHeader(segment, data);
      int tornAt = replaySegment(segment, data);
      if (tornAt >= 0) {
        if (laterSegmentsHaveRecords(segments.subList(i + 1, segments.size()))) {
          throw corrupt(segment, tornAt, "a bad record is followed by valid ones in later segments");
        }
        truncate(segment, tornAt);
        segments.subList(i + 1, segments.size()).forEach(LogRecovery::delete);
        open = segment;
        break;
      }
      open = segment;
    }
    return new Result(last, open);
  }

  /** Replays a segment's records; returns the offset of a torn tail, or -1 when it is whole. */
  private int replaySegment(Path segment, byte[] data) {
    int at = LogFormat.SEGMENT_HEADER;
    while (at < data.length) {
      int length = LogFormat.validFrame(data, at, data.length, Long.MIN_VALUE, Long.MAX_VALUE);
      if (length < 0) {
        if (validRecordAfter(data, at + 1)) {
          throw corrupt(segment, at, "bad length or checksum, and valid records follow");
        }
        return at;
      }
      long lsn = Decoder.getLong(data, at + 4);
      if (lsn > last) {
        if (lsn != last + 1) {
          throw corrupt(segment, at, "record " + lsn + " follows record " + last + " (records are missing)");
        }
        Decoder record = new Decoder(data, at + LogFormat.FRAME_HEADER, length);
        if (cipher != null) {
          try {
            byte[] plain = cipher.open(data, at + LogFormat.FRAME_HEADER, length, lsn, 0);
            record = new Decoder(plain, 0, plain.length);
          } catch (javax.crypto.AEADBadTagException e) {
            throw corrupt(segment, at, "record " + lsn + " does not decrypt with the key (tampered with)");
          }
        }
        try {
          CommitCodec.replay(record, catalog, history);
        } catch (RuntimeException e) {
          throw corrupt(segment, at, "record " + lsn + " cannot be replayed: " + e.getMessage());
        }
        last = lsn;
      }
      at += LogFormat.FRAME_HEADER + length;
    }
    return -1;
  }

  private boolean validRecordAfter(byte[] data, int from) {
    for (int p = from; p + LogFormat.FRAME_HEADER <= data.length; p++) {
      if (LogFormat.validFrame(data, p, data.length, last, LSN_WINDOW) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean laterSegmentsHaveRecords(List<Path> later) {
    for (Path segment : later) {
      byte[] data = read(segment);
      if (data.length > LogFormat.SEGMENT_HEADER) {
        return true;
      }
    }
    return false;
  }

  private static void checkHeader(Path segment, byte[] data) {
    if (data.length < LogFormat.SEGMENT_HEADER || Decoder.getInt(data, 0) != LogFormat.MAGIC) {
      throw corrupt(segment, 0, "not a Keyway log segment");
    }
    if (Decoder.getInt(data, 4) != LogFormat.VERSION) {
      throw corrupt(segment, 4, "unknown log format version " + Decoder.getInt(data, 4));
    }
  }

  private static DurableStorageException corrupt(Path file, long offset, String why) {
    return new DurableStorageException(
        "Corrupt write-ahead log " + file + " at byte offset " + offset + ": " + why
            + ". Refusing to open: move the data directory aside or restore it from a backup.");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void truncate(Path file, long size) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(size);
      channel.force(true);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot cut the torn tail of " + file + ": " + e.getMessage(), e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
