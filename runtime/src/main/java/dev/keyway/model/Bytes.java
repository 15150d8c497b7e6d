package dev.keyway.model;

import java.util.Arrays;
import java.util.Base64;

/** An immutable byte string, compared as unsigned bytes (DynamoDB's order for binary values). */
public final class Bytes implements Comparable<Bytes> {
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] bytes;
  private int hash;

  private Bytes(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Bytes copyOf(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /** Wraps without copying; the caller promises never to change the array. */
  public static Bytes wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes);
  }

  public static Bytes fromBase64(String base64) {
    return wrap(Base64.getDecoder().decode(base64));
  }

  public int length() {
    return bytes.length;
  }

  public byte byteAt(int index) {
    return bytes[index];
  }

  public byte[] toByteArray() {
    return bytes.clone();
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Whether this value begins with {@code prefix}, byte for byte. */
  public boolean startsWith(Bytes prefix) {
    return prefix.bytes.length <= bytes.length
        && Arrays.equals(bytes, 0, prefix.bytes.length, prefix.bytes, 0, prefix.bytes.length);
  }

  /** Whether {@code part} occurs anywhere in this value. */
  public boolean contains(Bytes part) {
    outer:
    for (int i = 0; i + part.bytes.length <= bytes.length; i++) {
      for (int j = 0; j < part.bytes.length; j++) {
        if (bytes[i + j] != part.bytes[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(bytes);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return toBase64();
  }
}
