package dev.keyway.engine.storage.durable;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens log records and snapshot blocks with AES-GCM: a fresh random 96-bit nonce per
 * record, stored before the ciphertext, and a 128-bit tag after it. The associated data binds each
 * record to its place (a log record to its lsn, a snapshot block to its snapshot and position), so
 * a sealed record moved elsewhere does not open. A record that does not open is never replayed.
 */
final class RecordCipher {
  static final int NONCE = 12;
  static final int TAG = 16;
  static final int OVERHEAD = NONCE + TAG;

  private final EncryptionKey key;
  private final SecureRandom random = new SecureRandom();

  RecordCipher(EncryptionKey key) {
    this.key = key;
  }

  /** nonce + ciphertext + tag of {@code plain[offset, offset + length)}. */
  byte[] seal(byte[] plain, int offset, int length, long place, long index) {
    byte[] nonce = new byte[NONCE];
    random.nextBytes(nonce);
    byte[] out = new byte[NONCE + length + TAG];
    System.arraycopy(nonce, 0, out, 0, NONCE);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG * 8, nonce));
      cipher.updateAAD(aad(place, index));
      cipher.doFinal(plain, offset, length, out, NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is in every JDK", e);
    }
    return out;
  }

  /** The plaintext of a sealed record; AEADBadTagException when the key or the bytes differ. */
  byte[] open(byte[] sealed, int offset, int length, long place, long index) throws AEADBadTagException {
    if (length < OVERHEAD) {
      throw new AEADBadTagException("sealed record shorter than its nonce and tag");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG * 8, sealed, offset, NONCE));
      cipher.updateAAD(aad(place, index));
      return cipher.doFinal(sealed, offset + NONCE, length - NONCE);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is in every JDK", e);
    }
  }

  private static byte[] aad(long place, long index) {
    return ByteBuffer.allocate(16).putLong(place).putLong(index).array();
  }
}
