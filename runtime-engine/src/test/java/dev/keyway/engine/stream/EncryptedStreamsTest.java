package dev.keyway.engine.stream;

import static dev.keyway.engine.Fixtures.pkSk;
import static dev.keyway.engine.stream.StreamTables.put;
import static dev.keyway.engine.stream.StreamTables.set;
import static dev.keyway.engine.stream.StreamTables.stream;
import static dev.keyway.engine.stream.StreamTables.withStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.durable.DurableStorageException;
import dev.keyway.engine.storage.durable.EncryptionKey;
import dev.keyway.ops.StreamViewType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** streams.log of an encrypted directory: sealed frame by frame, bound to their place. */
class EncryptedStreamsTest {
  private static final String SECRET = "card-4111-1111-1111-1111";
  private static final EncryptionKey KEY = EncryptionKey.of(bytes(7));
  private static final EncryptionKey OTHER = EncryptionKey.of(bytes(9));
  private static final int SEALED_HEADER = 12;
  private final ManualClock clock = new ManualClock(Instant.parse("2026-07-01T00:00:00Z"));
  @TempDir Path dir;

  private static byte[] bytes(int seed) {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31 + seed);
    }
    return b;
  }

  private Engine open(EncryptionKey key) {
    DurableOptions options = DurableOptions.defaults();
    return Engine.builder().clock(clock).durable(dir, key == null ? options : options.withEncryption(key)).build();
  }

  private static List<ChangeRecord> all(Engine engine) {
    return engine.streams().subscribe("Vault", StartingPosition.trimHorizon()).poll(1000);
  }

  /** A stream with three records holding SECRET in their images; returns them. */
  private List<ChangeRecord> writeSecrets(EncryptionKey key) {
    try (Engine engine = open(key)) {
      engine.createTable(withStream("Vault", StreamViewType.NEW_AND_OLD_IMAGES));
      put(engine, "Vault", "PK", "a", "SK", "1", "card", SECRET);
      put(engine, "Vault", "PK", "b", "SK", "1", "card", SECRET);
      set(engine, "Vault", "a", "1", "card", SECRET + "-2");
      return all(engine);
    }
  }

  private Path file() {
    return dir.resolve("streams.log");
  }

  private static boolean contains(byte[] haystack, String text) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(text);
  }

  /** Offsets of the frames starting at {@code from}; they must tile the file exactly. */
  private static List<Integer> frames(byte[] file, int from) {
    List<Integer> starts = new ArrayList<>();
    int at = from;
    while (at < file.length) {
      starts.add(at);
      at += 8 + ByteBuffer.wrap(file, at, 4).getInt();
    }
    assertThat(at).isEqualTo(file.length);
    return starts;
  }

  private static byte[] frame(byte[] file, List<Integer> starts, int index) {
    int end = index + 1 < starts.size() ? starts.get(index + 1) : file.length;
    return Arrays.copyOfRange(file, starts.get(index), end);
  }

  /** Rewrites a frame's checksum to match its (altered) payload, as a careful tamperer would. */
  private static void fixChecksum(byte[] file, int at) {
    int length = ByteBuffer.wrap(file, at, 4).getInt();
    CRC32C crc = new CRC32C();
    crc.update(file, at + 8, length);
    ByteBuffer.wrap(file, at + 4, 4).putInt((int) crc.getValue());
  }

  private String refusal(int offset, int frame, String why) {
    return "Corrupt stream records file " + file() + " at byte offset " + offset + ": frame " + frame + " " + why
        + ". Refusing to open: move the file aside (losing the stream records) or restore the data directory "
        + "from a backup.";
  }

  @Test
  void sealedRecordsSurviveRestartsAndHoldNoPlaintext() throws IOException {
    List<ChangeRecord> before = writeSecrets(KEY);
    byte[] raw = Files.readAllBytes(file());
    assertThat(frames(raw, SEALED_HEADER)).hasSizeGreaterThanOrEqualTo(4); // opened + three records
    assertThat(contains(raw, SECRET)).isFalse();
    assertThat(contains(raw, "Vault")).isFalse();

    List<ChangeRecord> after;
    try (Engine engine = open(KEY)) { // compacts: every frame sealed again, appends continue after them
      assertThat(all(engine)).isEqualTo(before);
      put(engine, "Vault", "PK", "c", "SK", "1", "card", SECRET);
      after = all(engine);
    }
    assertThat(after).hasSize(4);
    try (Engine engine = open(KEY)) {
      assertThat(all(engine)).isEqualTo(after);
    }
    assertThat(contains(Files.readAllBytes(file()), SECRET)).isFalse();
  }

  @Test
  void aPlainDirectoryKeepsItsUnsealedFormat() throws IOException {
    writeSecrets(null);
    byte[] raw = Files.readAllBytes(file());
    assertThat(frames(raw, 0)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(contains(raw, SECRET)).isTrue();
  }

  @Test
  void anEmptyUnsealedFileAsEarlierVersionsLeftItStillOpens() throws IOException {
    try (Engine engine = open(KEY)) {
      engine.createTable(pkSk("Vault"));
    }
    Files.write(file(), new byte[0]); // before streams.log was sealed: empty when no stream had events
    List<ChangeRecord> records;
    try (Engine engine = open(KEY)) {
      engine.updateTable(stream("Vault", true, StreamViewType.NEW_IMAGE));
      put(engine, "Vault", "PK", "a", "SK", "1", "card", SECRET);
      records = all(engine);
    }
    assertThat(records).hasSize(1);
    assertThat(contains(Files.readAllBytes(file()), SECRET)).isFalse();
    try (Engine engine = open(KEY)) {
      assertThat(all(engine)).isEqualTo(records);
    }
  }

  @Test
  void aWrongOrMissingKeyIsRefusedBeforeTheStreamsAreRead() {
    writeSecrets(KEY);
    assertThatThrownBy(() -> open(OTHER))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Wrong encryption key for data directory " + dir + ": it was encrypted with another key");
    assertThatThrownBy(() -> open(null))
        .isInstanceOf(DurableStorageException.class)
        .hasMessageStartingWith("Data directory " + dir + " is encrypted: open it with its encryption key");
  }

  @Test
  void aTamperedFrameIsRefusedWithTheFileAndOffset() throws IOException {
    List<ChangeRecord> before = writeSecrets(KEY);
    byte[] original = Files.readAllBytes(file());
    byte[] raw = original.clone();
    List<Integer> starts = frames(raw, SEALED_HEADER);
    int second = starts.get(1);
    raw[second + 8 + 20] ^= 1;
    fixChecksum(raw, second);
    Files.write(file(), raw);
    assertThatThrownBy(() -> open(KEY))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage(refusal(second, 1, "does not decrypt with the key (tampered with or moved)"));

    Files.write(file(), original); // the refused open released the directory
    try (Engine engine = open(KEY)) {
      assertThat(all(engine)).isEqualTo(before);
    }
  }

  @Test
  void framesSwappedWithinTheFileAreRefused() throws IOException {
    writeSecrets(KEY);
    byte[] raw = Files.readAllBytes(file());
    List<Integer> starts = frames(raw, SEALED_HEADER);
    byte[] first = frame(raw, starts, 1);
    byte[] second = frame(raw, starts, 2);
    ByteBuffer swapped = ByteBuffer.wrap(raw, starts.get(1), first.length + second.length);
    swapped.put(second).put(first);
    Files.write(file(), raw);
    assertThatThrownBy(() -> open(KEY))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage(refusal(starts.get(1), 1, "does not decrypt with the key (tampered with or moved)"));
  }

  @Test
  void aFrameFromAnEarlierVersionOfTheFileIsRefused() throws IOException {
    writeSecrets(KEY);
    byte[] earlier = Files.readAllBytes(file());
    open(KEY).close(); // compacts under a new generation
    byte[] current = Files.readAllBytes(file());
    List<Integer> earlierStarts = frames(earlier, SEALED_HEADER);
    List<Integer> currentStarts = frames(current, SEALED_HEADER);
    assertThat(currentStarts).isEqualTo(earlierStarts); // same events, same sizes
    int at = currentStarts.get(2);
    byte[] replayed = frame(earlier, earlierStarts, 2);
    System.arraycopy(replayed, 0, current, at, replayed.length);
    Files.write(file(), current);
    assertThatThrownBy(() -> open(KEY))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage(refusal(at, 2, "does not decrypt with the key (tampered with or moved)"));
  }

  @Test
  void aTornLastFrameEndsTheHistoryAsWithoutEncryption() throws IOException {
    List<ChangeRecord> before = writeSecrets(KEY);
    byte[] raw = Files.readAllBytes(file());
    Files.write(file(), Arrays.copyOf(raw, raw.length - 3));
    try (Engine engine = open(KEY)) {
      assertThat(all(engine)).isEqualTo(before.subList(0, before.size() - 1));
    }
  }

  @Test
  void aPlainStreamsFileInAnEncryptedDirectoryIsRefused() throws IOException {
    writeSecrets(KEY);
    Path plain = dir.resolveSibling(dir.getFileName() + "-plain");
    Files.createDirectories(plain);
    try (Engine engine = Engine.builder().clock(clock).durable(plain, DurableOptions.defaults()).build()) {
      engine.createTable(withStream("Vault", StreamViewType.KEYS_ONLY));
      put(engine, "Vault", "PK", "a", "SK", "1");
    }
    Files.copy(plain.resolve("streams.log"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> open(KEY))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Corrupt stream records file " + file() + " at byte offset 0: not a sealed stream records "
            + "file, though the directory is encrypted. Refusing to open: move the file aside (losing the "
            + "stream records) or restore the data directory from a backup.");
  }
}
