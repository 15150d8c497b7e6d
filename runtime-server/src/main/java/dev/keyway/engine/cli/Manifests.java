package dev.keyway.engine.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small JSON objects of an export's manifests (flat: strings, numbers, null) and the MD5
 * forms DynamoDB writes into them: {@code md5Checksum} is the Base64 digest, {@code etag} the hex
 * digest (S3's ETag of a single-part upload).
 */
final class Manifests {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Manifests() {}

  /** One object on one line, members in the order given; numbers stay numbers. */
  static String object(Map<String, Object> members) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : members.entrySet()) {
        Object v = e.getValue();
        if (v == null) {
          g.writeNullField(e.getKey());
        } else if (v instanceof Long n) {
          g.writeNumberField(e.getKey(), n);
        } else {
          g.writeStringField(e.getKey(), v.toString());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A flat object's members as text (numbers as their digits); null when it is not one. */
  static Map<String, String> parse(String line) {
    Map<String, String> members = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else {
          members.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
      return p.nextToken() == null ? members : null;
    } catch (JsonProcessingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] md5(byte[] data) {
    try {
      return MessageDigest.getInstance("MD5").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  static String base64(byte[] digest) {
    return Base64.getEncoder().encodeToString(digest);
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
