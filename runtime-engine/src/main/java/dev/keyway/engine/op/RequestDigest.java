package dev.keyway.engine.op;

import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SHA-256 of a request record in a canonical encoding: two requests get the same digest exactly
 * when they are {@code equals}. That is what lets a ClientRequestToken remember 32 bytes instead
 * of a transaction of up to 4 MB. Canonical means: maps and sets are encoded in sorted order
 * (their equality ignores order), numbers by DynamoDB's canonical text ({@code 1} equals
 * {@code 1.0}), and every value is tagged and length-prefixed, so no two different values share
 * an encoding.
 */
final class RequestDigest {
  private RequestDigest() {}

  static byte[] of(Record request) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return sha256.digest(encode(request));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The canonical encoding itself (package-private for tests). */
  static byte[] encode(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  private static void write(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte('0');
    } else if (value instanceof String s) {
      out.writeByte('s');
      chunk(out, s.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof DynamoNumber n) {
      out.writeByte('n');
      chunk(out, n.toString().getBytes(StandardCharsets.US_ASCII));
    } else if (value instanceof Bytes b) {
      out.writeByte('b');
      chunk(out, b.toByteArray());
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.writeByte(value instanceof Boolean ? 't' : 'i');
      chunk(out, value.toString().getBytes(StandardCharsets.US_ASCII));
    } else if (value instanceof Enum<?> e) {
      out.writeByte('e');
      chunk(out, e.name().getBytes(StandardCharsets.US_ASCII));
    } else if (value instanceof Record r) {
      writeRecord(out, r);
    } else if (value instanceof List<?> list) {
      out.writeByte('l');
      out.writeInt(list.size());
      for (Object element : list) {
        write(out, element);
      }
    } else if (value instanceof Set<?> set) {
      out.writeByte('u');
      sorted(out, set);
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte('m');
      List<byte[]> entries = new ArrayList<>(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.add(encode(List.of(entry.getKey(), new Value(entry.getValue()))));
      }
      sortedChunks(out, entries);
    } else {
      // A new kind of member in a request type must be taught here, not silently mis-compared.
      throw new IllegalArgumentException("cannot digest a " + value.getClass().getName());
    }
  }

  /** Lets a null map value sit in {@code List.of}. */
  private record Value(Object value) {}

  private static void writeRecord(DataOutputStream out, Record r) throws IOException {
    out.writeByte('r');
    chunk(out, r.getClass().getName().getBytes(StandardCharsets.UTF_8));
    for (RecordComponent component : r.getClass().getRecordComponents()) {
      try {
        write(out, component.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
    }
  }

  private static void sorted(DataOutputStream out, Collection<?> elements) throws IOException {
    List<byte[]> encoded = new ArrayList<>(elements.size());
    for (Object element : elements) {
      encoded.add(encode(element));
    }
    sortedChunks(out, encoded);
  }

  private static void sortedChunks(DataOutputStream out, List<byte[]> encoded) throws IOException {
    encoded.sort(Arrays::compare);
    out.writeInt(encoded.size());
    for (byte[] e : encoded) {
      chunk(out, e);
    }
  }

  private static void chunk(DataOutputStream out, byte[] data) throws IOException {
    out.writeInt(data.length);
    out.write(data);
  }
}
