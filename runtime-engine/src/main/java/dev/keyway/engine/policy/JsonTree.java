package dev.keyway.engine.policy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small JSON document (RFC 8259) into maps (in member order), lists, strings, numbers (as
 * their text), booleans and null, rejecting duplicate member names. For policy documents and
 * configuration files: sizes are the caller's concern, nesting stops at {@value #MAX_DEPTH}, and
 * the parse is one linear pass, so no document can make it slow. The engine depends on no JSON
 * library; this is all the JSON it reads.
 */
public final class JsonTree {
  static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private JsonTree(String text) {
    this.text = text;
  }

  /** @throws IOException saying what is wrong, and where */
  public static Object read(String json) throws IOException {
    JsonTree reader = new JsonTree(json);
    reader.skipSpace();
    if (reader.at == json.length()) {
      throw new IOException("the file is empty");
    }
    Object value = reader.value(0);
    reader.skipSpace();
    if (reader.at != json.length()) {
      throw reader.error("unexpected content after the document");
    }
    return value;
  }

  private Object value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (at == text.length()) {
      throw error("unexpected end of the document");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek() == '}') {
      at++;
      return map;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (map.containsKey(name)) {
        throw error("Duplicate field '" + name + "'");
      }
      map.put(name, value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array(int depth) throws IOException {
    List<Object> list = new ArrayList<>();
    at++;
    skipSpace();
    if (peek() == ']') {
      at++;
      return list;
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() throws IOException {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private char unicodeEscape() throws IOException {
    if (at + 4 > text.length()) {
      throw error("bad \\u escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(at++), 16);
      if (digit < 0) {
        throw error("bad \\u escape");
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  private String number() throws IOException {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (!digits()) {
      throw error("bad number");
    }
    if (peek() == '.') {
      at++;
      if (!digits()) {
        throw error("bad number");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (!digits()) {
        throw error("bad number");
      }
    }
    return text.substring(start, at);
  }

  private boolean digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at > start;
  }

  private Object literal(String word, Object value) throws IOException {
    if (!text.startsWith(word, at)) {
      throw error("unexpected character '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) throws IOException {
    if (peek() != c) {
      throw error(at == text.length() ? "unexpected end of the document" : "expected '" + c + "'");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }

  private IOException error(String problem) {
    int line = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new IOException(problem + " at line " + line);
  }
}
