package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.item;
import static dev.keyway.engine.Fixtures.pkSk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.ops.CreateBackupRequest;
import dev.keyway.ops.PutItemRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: the log and snapshots hold no plaintext, and only the right key opens them. */
class EncryptionTest {
  private static final String SECRET = "card-4111-1111-1111-1111";
  private static final EncryptionKey KEY = EncryptionKey.of(bytes(32, 7));
  private static final EncryptionKey OTHER = EncryptionKey.of(bytes(32, 9));
  @TempDir Path dir;

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i * 31 + seed);
    }
    return b;
  }

  private Engine open(Path data, EncryptionKey key, long checkpointBytes) {
    DurableOptions options = DurableOptions.defaults().withDurability(Durability.NONE)
        .withCheckpointBytes(checkpointBytes);
    return Engine.builder().durable(data, key == null ? options : options.withEncryption(key)).build();
  }

  private static void write(Engine engine) {
    engine.createTable(pkSk("Vault"));
    for (int i = 0; i < 30; i++) {
      engine.putItem(PutItemRequest.builder().tableName("Vault")
          .item(item("PK", "p" + i, "SK", "s", "secret", SECRET)).build());
    }
    engine.createBackup(new CreateBackupRequest("Vault", "nightly"));
  }

  private boolean filesContain(Path data, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (content.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void encryptedLogAndSnapshotsRoundTripAndHoldNoPlaintext() throws IOException {
    Engine engine = open(dir, KEY, 2048); // small checkpoints: both snapshots and log segments
    write(engine);
    String before = EngineState.of(engine);
    engine.close();
    assertThat(filesContain(dir, SECRET)).isFalse();
    assertThat(filesContain(dir, "Vault")).isFalse();

    Engine reopened = open(dir, KEY, 2048);
    assertThat(EngineState.of(reopened)).isEqualTo(before);
    reopened.close();
  }

  @Test
  void theSameDataUnencryptedShowsThePlaintextTheCipherHides() throws IOException {
    Engine engine = open(dir, null, 2048);
    write(engine);
    engine.close();
    assertThat(filesContain(dir, SECRET)).isTrue();
  }

  @Test
  void aCrashRecoversFromTheEncryptedLog() throws IOException {
    Engine engine = open(dir, KEY, 64L << 20);
    write(engine);
    String before = EngineState.of(engine);
    Path copy = dir.resolveSibling(dir.getFileName() + "-crash");
    BackupDurabilityTest.copy(dir, copy);
    engine.close();
    Engine recovered = open(copy, KEY, 64L << 20);
    assertThat(EngineState.of(recovered)).isEqualTo(before);
    recovered.close();
  }

  @Test
  void aWrongKeyIsAClearErrorNeverGarbage() {
    open(dir, KEY, 2048).close();
    assertThatThrownBy(() -> open(dir, OTHER, 2048))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Wrong encryption key for data directory " + dir + ": it was encrypted with another key");
    // the refused open released the directory: the right key still opens it
    open(dir, KEY, 2048).close();
  }

  @Test
  void aMissingKeyOrAKeyForAPlainDirectoryIsRefused() {
    Engine encrypted = open(dir, KEY, 2048);
    write(encrypted);
    encrypted.close();
    assertThatThrownBy(() -> open(dir, null, 2048))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Data directory " + dir + " is encrypted: open it with its encryption key "
            + "(DurableOptions.withEncryption, or serve --encryption-key FILE)");

    Path plain = dir.resolveSibling(dir.getFileName() + "-plain");
    Engine engine = open(plain, null, 2048);
    write(engine);
    engine.close();
    assertThatThrownBy(() -> open(plain, KEY, 2048))
        .isInstanceOf(DurableStorageException.class)
        .hasMessage("Data directory " + plain + " is not encrypted, but an encryption key was given; open it without one");
  }

  @Test
  void keyFilesHoldRawOrBase64Bytes(@TempDir Path keys) throws IOException {
    Path raw = keys.resolve("raw.key");
    Files.write(raw, bytes(16, 1));
    Path text = keys.resolve("b64.key");
    Files.writeString(text, Base64.getEncoder().encodeToString(bytes(32, 1)) + "\n");
    assertThat(EncryptionKey.fromFile(raw).toString()).isEqualTo("EncryptionKey[AES-128]");
    assertThat(EncryptionKey.fromFile(text).toString()).isEqualTo("EncryptionKey[AES-256]");
    Path bad = keys.resolve("bad.key");
    Files.writeString(bad, "not a key");
    assertThatThrownBy(() -> EncryptionKey.fromFile(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Key file " + bad + " holds neither 16, 24 or 32 raw bytes nor their Base64");
  }
}
