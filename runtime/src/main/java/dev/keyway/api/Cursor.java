package dev.keyway.api;

import dev.keyway.model.AttributeValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An opaque position in a query: URL-safe base64 of the {@code LastEvaluatedKey}. Safe to hand to
 * clients and to read back with {@link #parse}; only key attributes (S, N, B) are encoded.
 */
public final class Cursor {
  private static final byte VERSION = 1;
  private final String token;

  private Cursor(String token) {
    this.token = token;
  }

  /** The cursor for a {@code LastEvaluatedKey}. */
  public static Cursor of(Map<String, AttributeValue> lastEvaluatedKey) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeShort(lastEvaluatedKey.size());
      for (Map.Entry<String, AttributeValue> e : lastEvaluatedKey.entrySet()) {
        out.writeUTF(e.getKey());
        AttributeValue v = e.getValue();
        if (v instanceof AttributeValue.S s) {
          out.writeByte('S');
          writeLong(out, s.value());
        } else if (v instanceof AttributeValue.N n) {
          out.writeByte('N');
          out.writeUTF(n.text());
        } else if (v instanceof AttributeValue.B b) {
          out.writeByte('B');
          byte[] raw = b.value().toByteArray();
          out.writeInt(raw.length);
          out.write(raw);
        } else {
          throw new IllegalArgumentException(
              "A cursor holds key attributes only (S, N, B); '" + e.getKey() + "' is " + v.type());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Cursor(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray()));
  }

  /** Reads a cursor from its {@link #token()}; a malformed token is an IllegalArgumentException. */
  public static Cursor parse(String token) {
    Cursor cursor = new Cursor(Objects.requireNonNull(token, "token"));
    cursor.lastEvaluatedKey(); // validates
    return cursor;
  }

  /** The text form, for URLs and APIs. */
  public String token() {
    return token;
  }

  /** The key to pass as {@code ExclusiveStartKey}. */
  public Map<String, AttributeValue> lastEvaluatedKey() {
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
      if (in.readByte() != VERSION) {
        throw new IllegalArgumentException("Unknown cursor version");
      }
      int count = in.readUnsignedShort();
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        int type = in.readByte();
        switch (type) {
          case 'S' -> key.put(name, AttributeValue.s(readLong(in)));
          case 'N' -> key.put(name, AttributeValue.n(in.readUTF()));
          case 'B' -> {
            byte[] raw = new byte[in.readInt()];
            in.readFully(raw);
            key.put(name, AttributeValue.b(raw));
          }
          default -> throw new IllegalArgumentException("Malformed cursor");
        }
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException("Malformed cursor");
      }
      return key;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
          && iae.getMessage().startsWith("Unknown cursor")) {
        throw iae;
      }
      throw new IllegalArgumentException("Malformed cursor: " + token, e);
    }
  }

  private static void writeLong(DataOutputStream out, String s) throws IOException {
    byte[] raw = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(raw.length);
    out.write(raw);
  }

  private static String readLong(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new IOException("bad length");
    }
    byte[] raw = new byte[length];
    in.readFully(raw);
    return new String(raw, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cursor c && c.token.equals(token);
  }

  @Override
  public int hashCode() {
    return token.hashCode();
  }

  @Override
  public String toString() {
    return token;
  }
}
