package dev.keyway.processor.model;

import java.util.List;

/** A parsed key template such as {@code ORDER#{orderDate}#{orderId}}. */
public record KeyTemplate(String raw, List<Part> parts, Place place) {

  /** A piece of a template. */
  public sealed interface Part permits Literal, FieldRef {}

  /** Literal text, written as is. */
  public record Literal(String text) implements Part {}

  /** A {@code {field}} or {@code {field:width}} placeholder; width is null when not given. */
  public record FieldRef(String field, Integer width) implements Part {}

  public List<FieldRef> fields() {
    return parts.stream().filter(FieldRef.class::isInstance).map(FieldRef.class::cast).toList();
  }

  /** The template text before its {@code count}-th placeholder (all of it when there are fewer). */
  public String rawPrefix(int count) {
    StringBuilder out = new StringBuilder();
    int seen = 0;
    for (Part p : parts) {
      if (p instanceof FieldRef r) {
        if (seen++ >= count) {
          break;
        }
        out.append('{').append(r.field()).append(r.width() == null ? "" : ":" + r.width()).append('}');
      } else {
        out.append(((Literal) p).text());
      }
    }
    return out.toString();
  }

  /** The literal text before the first placeholder (the whole template when there is none). */
  public String leadingLiteral() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Literal l) {
        out.append(l.text());
      } else {
        break;
      }
    }
    return out.toString();
  }
}
