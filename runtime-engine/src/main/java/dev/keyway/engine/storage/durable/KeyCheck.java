package dev.keyway.engine.storage.durable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;

/**
 * The {@code KEY} file of an encrypted data directory: a known text sealed with the directory's
 * key. Opening checks it first, so a wrong key, a missing key or a key given for a directory that
 * is not encrypted is a clear error before any record is read, never garbage.
 */
final class KeyCheck {
  static final String FILE = "KEY";
  private static final byte[] MAGIC = "KWKY".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PROOF = "keyway data directory key".getBytes(StandardCharsets.US_ASCII);

  private KeyCheck() {}

  /** The cipher for the directory, or null when it is not encrypted; checks the key first. */
  static RecordCipher open(Path dir, EncryptionKey key) throws IOException {
    Path file = dir.resolve(FILE);
    boolean encrypted = Files.exists(file);
    if (key == null) {
      if (encrypted) {
        throw new DurableStorageException("Data directory " + dir + " is encrypted: open it with its "
            + "encryption key (DurableOptions.withEncryption, or serve --encryption-key FILE)");
      }
      return null;
    }
    RecordCipher cipher = new RecordCipher(key);
    if (!encrypted) {
      if (!DataFiles.segments(dir).isEmpty() || !DataFiles.snapshots(dir).isEmpty()) {
        throw new DurableStorageException("Data directory " + dir + " is not encrypted, but an "
            + "encryption key was given; open it without one");
      }
      byte[] sealed = cipher.seal(PROOF, 0, PROOF.length, 0, 0);
      byte[] content = new byte[MAGIC.length + sealed.length];
      System.arraycopy(MAGIC, 0, content, 0, MAGIC.length);
      System.arraycopy(sealed, 0, content, MAGIC.length, sealed.length);
      Path temp = dir.resolve(FILE + DataFiles.TEMP_END);
      Files.write(temp, content);
      Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      DataFiles.syncDirectory(dir);
      return cipher;
    }
    byte[] content = Files.readAllBytes(file);
    if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new DurableStorageException("Corrupt key check file " + file + ": not a Keyway KEY file");
    }
    try {
      byte[] proof = cipher.open(content, MAGIC.length, content.length - MAGIC.length, 0, 0);
      if (!Arrays.equals(proof, PROOF)) {
        throw new AEADBadTagException("unexpected proof");
      }
    } catch (AEADBadTagException e) {
      throw new DurableStorageException("Wrong encryption key for data directory " + dir
          + ": it was encrypted with another key");
    }
    return cipher;
  }
}
