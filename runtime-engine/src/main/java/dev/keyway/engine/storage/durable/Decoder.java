package dev.keyway.engine.storage.durable;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link Encoder} wrote. Input is checksummed before it gets here, so a malformed
 * value means a bug or a format mismatch: it throws {@link MalformedRecordException}.
 */
final class Decoder {
  private final byte[] buf;
  private int pos;
  private final int end;

  Decoder(byte[] buf, int offset, int length) {
    this.buf = buf;
    this.pos = offset;
    this.end = offset + length;
  }

  boolean atEnd() {
    return pos == end;
  }

  private void need(int n) {
    if (n < 0 || end - pos < n) {
      throw new MalformedRecordException("record ends early at byte " + pos);
    }
  }

  int u8() {
    need(1);
    return buf[pos++] & 0xFF;
  }

  boolean bool() {
    return u8() != 0;
  }

  long varint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = u8();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new MalformedRecordException("varint too long at byte " + pos);
  }

  int count() {
    long n = varint();
    if (n > end - pos) { // every element takes at least one byte
      throw new MalformedRecordException("count " + n + " exceeds the record at byte " + pos);
    }
    return (int) n;
  }

  int i32() {
    need(4);
    int v = getInt(buf, pos);
    pos += 4;
    return v;
  }

  long i64() {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (buf[pos++] & 0xFF);
    }
    return v;
  }

  byte[] bytes() {
    int n = count();
    need(n);
    byte[] b = new byte[n];
    System.arraycopy(buf, pos, b, 0, n);
    pos += n;
    return b;
  }

  String string() {
    int n = count();
    need(n);
    String s = new String(buf, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  String optString() {
    return bool() ? string() : null;
  }

  static int getInt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }

  static long getLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }
}
