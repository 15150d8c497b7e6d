package dev.keyway.processor.emit;

/** A tiny pretty-printing JSON writer (the processor has no JSON library on purpose). */
final class Json implements StructuredWriter {
  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;
  private boolean afterKey;

  @Override
  public Json open(char c) {
    separator();
    out.append(c);
    depth++;
    first = true;
    return this;
  }

  @Override
  public Json close(char c) {
    depth--;
    if (!first) {
      newline();
    }
    out.append(c);
    first = false;
    return this;
  }

  @Override
  public Json key(String k) {
    separator();
    quote(k);
    out.append(": ");
    afterKey = true;
    return this;
  }

  @Override
  public Json field(String k, String v) {
    return key(k).string(v);
  }

  @Override
  public Json number(String k, long v) {
    key(k);
    separator();
    out.append(v);
    return this;
  }

  @Override
  public Json bool(String k, boolean v) {
    key(k);
    separator();
    out.append(v);
    return this;
  }

  @Override
  public Json string(String v) {
    separator();
    quote(v);
    return this;
  }

  private void separator() {
    if (afterKey) {
      afterKey = false;
      first = false;
      return;
    }
    if (depth > 0) {
      if (!first) {
        out.append(',');
      }
      newline();
    }
    first = false;
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(Math.max(0, depth)));
  }

  private void quote(String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
