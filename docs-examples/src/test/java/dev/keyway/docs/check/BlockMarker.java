package dev.keyway.docs.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comment on the line above a page's Java block, naming the compiled code the block shows. */
sealed interface BlockMarker {
  Pattern INCLUDE = Pattern.compile("<!-- include: (\\S+) -->");
  Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+(?: \\S+)*) -->");

  /** A whole file, {@code <!-- include: path -->}. */
  record Include(String path) implements BlockMarker {}

  /** Regions in order, a blank line between them: {@code <!-- snippet: path#NAME [path#NAME ...] -->}. */
  record Snippets(List<Reference> references) implements BlockMarker {}

  /** A region of a file: {@code path#NAME}, the path from the repository's top level. */
  record Reference(String path, String region) {
    static Reference parse(String text) {
      int hash = text.indexOf('#');
      if (hash <= 0 || hash == text.length() - 1) {
        throw new IllegalArgumentException("\"" + text + "\" is not path/to/File.java#NAME");
      }
      return new Reference(text.substring(0, hash), text.substring(hash + 1));
    }

    @Override
    public String toString() {
      return path + "#" + region;
    }
  }

  /** The marker written on {@code line}; an error when there is none or it is malformed. */
  static BlockMarker parse(String line) {
    Matcher include = INCLUDE.matcher(line);
    if (include.matches()) {
      return new Include(include.group(1));
    }
    Matcher snippet = SNIPPET.matcher(line);
    if (snippet.matches()) {
      return new Snippets(Arrays.stream(snippet.group(1).split(" ")).map(Reference::parse).toList());
    }
    throw new IllegalArgumentException("no \"<!-- snippet: path/to/File.java#NAME -->\" on the line above");
  }
}
