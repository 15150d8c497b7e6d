package dev.keyway.engine.storage.durable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES key that encrypts a data directory's log, snapshots and stream records (AES-GCM). Build it from raw
 * bytes (16, 24 or 32: the provider API, for keys kept in a vault or a KMS) or from a key file
 * holding those bytes raw or as one line of Base64. Generate one with
 * {@code head -c 32 /dev/urandom | base64 > keyway.key}.
 */
public final class EncryptionKey {
  private final SecretKey key;

  private EncryptionKey(byte[] bytes) {
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalArgumentException(
          "An encryption key is 16, 24 or 32 bytes (AES-128, -192 or -256), not " + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  public static EncryptionKey of(byte[] bytes) {
    return new EncryptionKey(bytes.clone());
  }

  /** Reads a key file: 16, 24 or 32 raw bytes, or their Base64 on one line. */
  public static EncryptionKey fromFile(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    if (raw.length == 16 || raw.length == 24 || raw.length == 32) {
      return new EncryptionKey(raw);
    }
    String text = new String(raw, StandardCharsets.US_ASCII).strip();
    try {
      return new EncryptionKey(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Key file " + file + " holds neither 16, 24 or 32 raw bytes "
          + "nor their Base64: " + e.getMessage());
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "EncryptionKey[AES-" + key.getEncoded().length * 8 + "]"; // never the key itself
  }
}
