package dev.keyway.processor.extract;

import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses key templates: literal text with {@code {field}} or {@code {field:width}} placeholders. Only
 * syntax is checked here; whether fields exist and fit is {@code KeyRules}' job.
 */
public final class TemplateParser {
  private TemplateParser() {}

  /** A syntax error; the message completes "Key template ... is malformed: ". */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  public static KeyTemplate parse(String raw, Place place) throws SyntaxException {
    List<KeyTemplate.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '}') {
        throw new SyntaxException("'}' at position " + i + " closes no placeholder");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = raw.indexOf('}', i);
      if (close < 0) {
        throw new SyntaxException("'{' at position " + i + " is never closed");
      }
      String inside = raw.substring(i + 1, close);
      if (inside.indexOf('{') >= 0) {
        throw new SyntaxException("'{' at position " + (i + 1 + inside.indexOf('{')) + " is nested in a placeholder");
      }
      if (literal.length() > 0) {
        parts.add(new KeyTemplate.Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(placeholder(inside.trim(), i));
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new KeyTemplate.Literal(literal.toString()));
    }
    return new KeyTemplate(raw, List.copyOf(parts), place);
  }

  private static KeyTemplate.FieldRef placeholder(String inside, int position) throws SyntaxException {
    String name = inside;
    Integer width = null;
    int colon = inside.indexOf(':');
    if (colon >= 0) {
      name = inside.substring(0, colon).trim();
      String hint = inside.substring(colon + 1).trim();
      if (!hint.matches("[0-9]{1,3}")) {
        throw new SyntaxException("width \"" + hint + "\" of the placeholder at position " + position
            + " is not a number of digits");
      }
      width = Integer.valueOf(hint);
    }
    if (name.isEmpty()) {
      throw new SyntaxException("the placeholder at position " + position + " names no field");
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))
        || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
      throw new SyntaxException("\"" + name + "\" at position " + position + " is not a Java field name");
    }
    return new KeyTemplate.FieldRef(name, width);
  }
}
