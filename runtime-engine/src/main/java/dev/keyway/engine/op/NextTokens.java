package dev.keyway.engine.op;

import dev.keyway.engine.partiql.PartiqlErrors;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.Bytes;
import dev.keyway.model.DynamoNumber;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ExecuteStatement's NextToken: the LastEvaluatedKey of a page and a digest of the statement it
 * belongs to, as opaque URL-safe Base64. A token from another statement is refused ("NextToken
 * does not match request"), a damaged one is "Invalid NextToken".
 */
final class NextTokens {
  private static final int VERSION = 1;

  private NextTokens() {}

  static String encode(String statement, Map<String, AttributeValue> lastKey) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(statement.hashCode());
      out.writeByte(lastKey.size());
      for (Map.Entry<String, AttributeValue> e : lastKey.entrySet()) {
        out.writeUTF(e.getKey());
        AttributeValue v = e.getValue();
        if (v instanceof AttributeValue.S s) {
          out.writeByte('S');
          writeBytes(out, s.value().getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof AttributeValue.N n) {
          out.writeByte('N');
          writeBytes(out, n.value().toString().getBytes(StandardCharsets.UTF_8));
        } else {
          out.writeByte('B');
          writeBytes(out, ((AttributeValue.B) v).value().toByteArray());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not reached: writes to memory
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  static Map<String, AttributeValue> decode(String statement, String token) {
    try (DataInputStream in = new DataInputStream(
        new java.io.ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
      if (in.readByte() != VERSION) {
        throw PartiqlErrors.invalidNextToken();
      }
      if (in.readInt() != statement.hashCode()) {
        throw PartiqlErrors.nextTokenMismatch();
      }
      int size = in.readByte();
      if (size < 1 || size > 4) {
        throw PartiqlErrors.invalidNextToken();
      }
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        String name = in.readUTF();
        int type = in.readByte();
        byte[] value = readBytes(in);
        key.put(name, switch (type) {
          case 'S' -> AttributeValue.s(new String(value, StandardCharsets.UTF_8));
          case 'N' -> new AttributeValue.N(DynamoNumber.parse(new String(value, StandardCharsets.UTF_8)));
          case 'B' -> new AttributeValue.B(Bytes.wrap(value));
          default -> throw PartiqlErrors.invalidNextToken();
        });
      }
      if (in.available() > 0) {
        throw PartiqlErrors.invalidNextToken();
      }
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw PartiqlErrors.invalidNextToken();
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
    out.writeShort(value.length);
    out.write(value);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readUnsignedShort();
    byte[] value = new byte[length];
    in.readFully(value);
    return value;
  }
}
