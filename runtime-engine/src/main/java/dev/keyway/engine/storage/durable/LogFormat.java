package dev.keyway.engine.storage.durable;

import java.util.zip.CRC32C;

/**
 * The layout of a log segment. A segment starts with a 16-byte header: magic {@code KWAL},
 * format version, and the log sequence number (lsn) of its first record. Records follow, each a
 * 16-byte frame header then the payload (one whole commit, {@link CommitCodec}):
 *
 * <pre>
 *   int  payload length
 *   long lsn            (1, 2, 3, ... across segments and restarts)
 *   int  CRC32C of the length, the lsn and the payload
 *   byte[length] payload
 * </pre>
 *
 * One commit is one record, so a commit is in the log whole or not at all.
 */
final class LogFormat {
  static final int MAGIC = 0x4B57414C; // "KWAL"
  // 2: key schemas list every key attribute (multi-attribute GSI keys); on-demand maxima
  // 3: each commit's time (point-in-time recovery histories); a restored table's source
  static final int VERSION = 3;
  static final int SEGMENT_HEADER = 16;
  static final int FRAME_HEADER = 16;
  /** Larger than any commit (100 items of 400 KB), small enough to reject garbage lengths. */
  static final int MAX_PAYLOAD = 256 << 20;

  private LogFormat() {}

  static int checksum(byte[] buf, int frameStart, int payloadLength) {
    CRC32C crc = new CRC32C();
    crc.update(buf, frameStart, 12);
    crc.update(buf, frameStart + FRAME_HEADER, payloadLength);
    return (int) crc.getValue();
  }

  /**
   * The payload length of a whole, intact record at {@code at} in {@code buf[0, end)} whose lsn is
   * in {@code (after, after + window]}, or -1.
   */
  static int validFrame(byte[] buf, int at, int end, long after, long window) {
    if (end - at < FRAME_HEADER) {
      return -1;
    }
    int length = Decoder.getInt(buf, at);
    if (length < 0 || length > MAX_PAYLOAD || length > end - at - FRAME_HEADER) {
      return -1;
    }
    long lsn = Decoder.getLong(buf, at + 4);
    if (lsn <= after || lsn - after > window) {
      return -1;
    }
    return checksum(buf, at, length) == Decoder.getInt(buf, at + 12) ? length : -1;
  }
}
