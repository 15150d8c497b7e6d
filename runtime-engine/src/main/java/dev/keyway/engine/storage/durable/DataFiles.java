package dev.keyway.engine.storage.durable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The names of the files in a data directory: {@code wal-<first lsn>.log} log segments,
 * {@code snapshot-<lsn>.snap} snapshots (and {@code .tmp} ones being written), and {@code LOCK}.
 * Numbers are zero-padded to 20 digits, so name order is number order.
 */
final class DataFiles {
  static final String LOCK = "LOCK";
  private static final String SEGMENT = "wal-", SEGMENT_END = ".log";
  private static final String SNAPSHOT = "snapshot-", SNAPSHOT_END = ".snap";
  static final String TEMP_END = ".tmp";

  private DataFiles() {}

  static Path segment(Path dir, long firstLsn) {
    return dir.resolve(SEGMENT + String.format("%020d", firstLsn) + SEGMENT_END);
  }

  static Path snapshot(Path dir, long lsn) {
    return dir.resolve(SNAPSHOT + String.format("%020d", lsn) + SNAPSHOT_END);
  }

  static List<Path> segments(Path dir) {
    return list(dir, SEGMENT, SEGMENT_END);
  }

  static List<Path> snapshots(Path dir) {
    return list(dir, SNAPSHOT, SNAPSHOT_END);
  }

  static List<Path> temporary(Path dir) {
    return list(dir, "", TEMP_END);
  }

  /** The number in a segment's or snapshot's name. */
  static long number(Path file) {
    String name = file.getFileName().toString();
    return Long.parseLong(name.substring(name.indexOf('-') + 1, name.lastIndexOf('.')));
  }

  private static List<Path> list(Path dir, String prefix, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = new ArrayList<>();
      files.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && n.endsWith(suffix);
      }).sorted().forEach(found::add);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes renames and deletions in the directory durable (a no-op where unsupported). */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // some platforms cannot open a directory for reading; their renames are durable anyway
    }
  }
}
