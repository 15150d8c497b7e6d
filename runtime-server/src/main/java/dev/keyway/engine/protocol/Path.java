package dev.keyway.engine.protocol;

/**
 * Where in a request a member sits, in DynamoDB's notation for validation messages:
 * {@code keySchema.1.member.keyType}. Rendered only when an error needs it.
 */
final class Path {
  static final Path ROOT = new Path(null, null);

  private final Path parent;
  private final String segment;

  private Path(Path parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** A structure member, named as on the wire (upper camel case); rendered lower camel case. */
  Path member(String wireName) {
    return new Path(this, Character.toLowerCase(wireName.charAt(0)) + wireName.substring(1));
  }

  /** The {@code index}-th (0-based) element of a list. */
  Path element(int index) {
    return new Path(new Path(this, Integer.toString(index + 1)), "member");
  }

  /** The value under {@code key} in a map. */
  Path entry(String key) {
    return new Path(new Path(this, key), "member");
  }

  String render() {
    if (parent == null) {
      return "";
    }
    String head = parent.render();
    return head.isEmpty() ? segment : head + "." + segment;
  }
}
