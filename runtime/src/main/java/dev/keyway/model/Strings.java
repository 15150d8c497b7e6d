package dev.keyway.model;

import java.nio.charset.StandardCharsets;

/** String helpers that follow DynamoDB's byte-oriented rules rather than Java's UTF-16 ones. */
public final class Strings {
  private Strings() {}

  /**
   * Compares by Unicode code point, which equals comparing the UTF-8 encodings byte by byte (what
   * DynamoDB does). {@link String#compareTo} differs for characters outside the BMP.
   */
  public static int compareCodePoints(String a, String b) {
    if (a.equals(b)) {
      return 0; // an intrinsic: equal keys (one partition) are the common case in a sorted store
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (ca == cb) {
        i++;
        j++;
        continue;
      }
      if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
        return ca - cb;
      }
      int cpa = a.codePointAt(i);
      int cpb = b.codePointAt(j);
      if (cpa != cpb) {
        return Integer.compare(cpa, cpb);
      }
      i += Character.charCount(cpa);
      j += Character.charCount(cpb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The number of bytes of the UTF-8 encoding, computed without encoding. */
  public static int utf8Length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (c < 0x800) {
        bytes += 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 2; // 4 bytes for 2 chars
        i++;
      } else {
        bytes += 2;
      }
    }
    return bytes;
  }

  /** Whether a string starts with a prefix, as DynamoDB's begins_with decides it. */
  public static boolean beginsWith(String s, String prefix) {
    return s.startsWith(prefix);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
