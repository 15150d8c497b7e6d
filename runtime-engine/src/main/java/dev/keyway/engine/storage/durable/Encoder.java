package dev.keyway.engine.storage.durable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few primitives the log and snapshot formats are made of. */
final class Encoder {
  private byte[] buf;
  private int size;

  Encoder(int capacity) {
    buf = new byte[capacity];
  }

  byte[] array() {
    return buf;
  }

  int size() {
    return size;
  }

  void reset() {
    size = 0;
  }

  private void room(int n) {
    if (size + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
  }

  void u8(int b) {
    room(1);
    buf[size++] = (byte) b;
  }

  void bool(boolean b) {
    u8(b ? 1 : 0);
  }

  /** Unsigned LEB128: small counts and lengths take one byte. */
  void varint(long v) {
    room(10);
    while ((v & ~0x7FL) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  void i32(int v) {
    room(4);
    putInt(buf, size, v);
    size += 4;
  }

  void i64(long v) {
    room(8);
    for (int i = 7; i >= 0; i--) {
      buf[size++] = (byte) (v >>> (i * 8));
    }
  }

  void bytes(byte[] b) {
    varint(b.length);
    room(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  /** Bytes as they are, without a length. */
  void raw(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  void string(String s) {
    bytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A string that may be null: a presence flag, then the string. */
  void optString(String s) {
    bool(s != null);
    if (s != null) {
      string(s);
    }
  }

  /** Overwrites four bytes at {@code at} (used to fill in a header after the body is known). */
  void putIntAt(int at, int v) {
    putInt(buf, at, v);
  }

  void putLongAt(int at, long v) {
    for (int i = 0; i < 8; i++) {
      buf[at + i] = (byte) (v >>> ((7 - i) * 8));
    }
  }

  static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
