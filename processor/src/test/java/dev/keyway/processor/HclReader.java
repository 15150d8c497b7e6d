package dev.keyway.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of HCL (HashiCorp Configuration Language) native syntax that Terraform configurations of plain
 * resources use: blocks with quoted labels, attributes whose values are strings, numbers, booleans or lists of
 * them, and {@code #} comments. Anything else (interpolation, unknown tokens, a duplicate attribute, an unclosed
 * block) is an error naming its line, so a file it reads is well formed for Terraform as far as this subset goes.
 */
final class HclReader {
  /** A block: its type, labels, attributes and nested blocks, in order. */
  record Block(String type, List<String> labels, Map<String, Object> attributes, List<Block> blocks) {
    List<Block> blocks(String blockType) {
      return blocks.stream().filter(b -> b.type().equals(blockType)).toList();
    }
  }

  private final String text;
  private int pos;

  private HclReader(String text) {
    this.text = text;
  }

  /** The file as a root block of type "" without labels or attributes of its own beyond the top level. */
  static Block read(String text) {
    HclReader r = new HclReader(text);
    Block root = new Block("", List.of(), new LinkedHashMap<>(), new ArrayList<>());
    r.body(root, true);
    return root;
  }

  private void body(Block into, boolean top) {
    while (true) {
      skipSpace(true);
      if (pos >= text.length()) {
        if (!top) {
          throw error("unclosed block " + into.type());
        }
        return;
      }
      if (text.charAt(pos) == '}') {
        if (top) {
          throw error("unexpected }");
        }
        pos++;
        return;
      }
      String name = identifier();
      skipSpace(false);
      if (peek() == '=') {
        pos++;
        skipSpace(false);
        if (into.attributes().put(name, value()) != null) {
          throw error("duplicate attribute " + name);
        }
        skipSpace(false);
        if (pos < text.length() && peek() != '\n' && peek() != '}') {
          throw error("expected a new line after attribute " + name);
        }
      } else {
        List<String> labels = new ArrayList<>();
        while (peek() == '"') {
          labels.add(string());
          skipSpace(false);
        }
        expect('{');
        Block block = new Block(name, labels, new LinkedHashMap<>(), new ArrayList<>());
        body(block, false);
        into.blocks().add(block);
      }
    }
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '[') {
      pos++;
      List<Object> list = new ArrayList<>();
      skipSpace(true);
      while (peek() != ']') {
        list.add(value());
        skipSpace(true);
        if (peek() == ',') {
          pos++;
          skipSpace(true);
        } else if (peek() != ']') {
          throw error("expected , or ] in a list");
        }
      }
      pos++;
      return list;
    }
    if (Character.isDigit(c)) {
      int start = pos;
      while (pos < text.length() && Character.isDigit(peek())) {
        pos++;
      }
      return Long.parseLong(text.substring(start, pos));
    }
    String word = identifier();
    if (word.equals("true") || word.equals("false")) {
      return Boolean.valueOf(word);
    }
    throw error("unsupported value " + word);
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (peek() != '"') {
      char c = text.charAt(pos++);
      if (c == '\n') {
        throw error("unterminated string");
      } else if (c == '\\') {
        char e = text.charAt(pos++);
        out.append(switch (e) {
          case 'n' -> '\n';
          case '"' -> '"';
          case '\\' -> '\\';
          default -> throw error("unsupported escape \\" + e);
        });
      } else if ((c == '$' || c == '%') && peek() == '{') {
        throw error("template sequence " + c + "{ in a string");
      } else if ((c == '$' || c == '%') && peek() == c && pos + 1 < text.length() && text.charAt(pos + 1) == '{') {
        out.append(c).append('{');
        pos += 2;
      } else {
        out.append(c);
      }
    }
    pos++;
    return out.toString();
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
      pos++;
    }
    if (start == pos || !(Character.isLetter(text.charAt(start)) || text.charAt(start) == '_')) {
      throw error("expected an identifier");
    }
    return text.substring(start, pos);
  }

  private void skipSpace(boolean newlines) {
    while (pos < text.length()) {
      char c = peek();
      if (c == '#') {
        while (pos < text.length() && peek() != '\n') {
          pos++;
        }
      } else if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
        pos++;
      } else {
        return;
      }
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of file");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected " + c);
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    int line = 1 + (int) text.substring(0, Math.min(pos, text.length())).chars().filter(ch -> ch == '\n').count();
    return new IllegalArgumentException("line " + line + ": " + what);
  }
}
