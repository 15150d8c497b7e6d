package dev.keyway.engine.expect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to plain trees ({@code Map}, {@code List}, {@code String}, {@code BigDecimal},
 * {@code Boolean}, {@code null}) and back, compact or indented for a reviewer. Expectation files
 * hold such trees; keeping them untyped lets a file carry any request the protocol reads.
 */
public final class JsonText {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int LINE = 100;

  private JsonText() {}

  /** Parses one JSON value; trailing content is an error. */
  public static Object parse(String text) {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() == null) {
        throw new IllegalArgumentException("empty JSON text");
      }
      Object value = read(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("content after the JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
          p.nextToken();
          m.put(name, read(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> {
        return p.getText();
      }
    }
  }

  /** One line, members in their map order. */
  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    writeFlat(value, false, out);
    return out.toString();
  }

  /** Indented: a value that fits on a line of {@value #LINE} characters stays on one line. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    writePretty(value, "", out);
    return out.append('\n').toString();
  }

  private static void writeFlat(Object value, boolean spaced, StringBuilder out) {
    if (value instanceof Map<?, ?> m) {
      out.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(sep);
        string(String.valueOf(e.getKey()), out);
        out.append(spaced ? ": " : ":");
        writeFlat(e.getValue(), spaced, out);
        sep = spaced ? ", " : ",";
      }
      out.append('}');
    } else if (value instanceof List<?> l) {
      out.append('[');
      String sep = "";
      for (Object x : l) {
        out.append(sep);
        writeFlat(x, spaced, out);
        sep = spaced ? ", " : ",";
      }
      out.append(']');
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else {
      out.append(value);
    }
  }

  private static void writePretty(Object value, String indent, StringBuilder out) {
    StringBuilder flat = new StringBuilder();
    writeFlat(value, true, flat);
    boolean container = value instanceof Map<?, ?> || value instanceof List<?>;
    if (!container || flat.length() + indent.length() <= LINE || isEmpty(value)) {
      out.append(flat);
      return;
    }
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> m) {
      out.append("{\n");
      String sep = "";
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(sep).append(inner);
        string(String.valueOf(e.getKey()), out);
        out.append(": ");
        writePretty(e.getValue(), inner, out);
        sep = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else {
      out.append("[\n");
      String sep = "";
      for (Object x : (List<?>) value) {
        out.append(sep).append(inner);
        writePretty(x, inner, out);
        sep = ",\n";
      }
      out.append('\n').append(indent).append(']');
    }
  }

  private static boolean isEmpty(Object container) {
    return container instanceof Map<?, ?> m ? m.isEmpty() : ((List<?>) container).isEmpty();
  }

  private static void string(String s, StringBuilder out) {
    out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
  }
}
