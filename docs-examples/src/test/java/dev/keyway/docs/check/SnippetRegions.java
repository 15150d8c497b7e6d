package dev.keyway.docs.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named regions of a source file: the lines between {@code // snippet:start NAME} and
 * {@code // snippet:end NAME}, without the marker lines of other regions nested in them, and with the
 * indentation the region's lines share removed. A region may be cut in parts (end it, start it again):
 * setup a page need not show stays out of it.
 */
final class SnippetRegions {
  private static final Pattern MARKER = Pattern.compile("\\s*// snippet:(start|end) (\\S+)(?:\\s.*)?");

  private final Map<String, String> regions;

  private SnippetRegions(Map<String, String> regions) {
    this.regions = regions;
  }

  /**
   * Reads the regions of {@code source}; a region may stop and start again (the lines between are left
   * out). A malformed marker is an error naming its line.
   */
  static SnippetRegions of(String source) {
    String[] lines = source.split("\n", -1);
    Map<String, Integer> open = new LinkedHashMap<>();
    Map<String, List<String>> text = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.matches()) {
        for (String name : open.keySet()) {
          text.get(name).add(lines[i]);
        }
        continue;
      }
      String name = marker.group(2);
      if (marker.group(1).equals("start")) {
        if (open.putIfAbsent(name, i + 1) != null) {
          throw new IllegalArgumentException("line " + (i + 1) + ": region " + name + " starts again before its end");
        }
        text.computeIfAbsent(name, n -> new ArrayList<>());
      } else if (open.remove(name) == null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": region " + name + " ends but never started");
      }
    }
    if (!open.isEmpty()) {
      Map.Entry<String, Integer> first = open.entrySet().iterator().next();
      throw new IllegalArgumentException(
          "line " + first.getValue() + ": region " + first.getKey() + " has no \"// snippet:end " + first.getKey() + "\"");
    }
    Map<String, String> regions = new TreeMap<>();
    text.forEach((name, regionLines) -> regions.put(name, unindent(regionLines)));
    return new SnippetRegions(regions);
  }

  Optional<String> region(String name) {
    return Optional.ofNullable(regions.get(name));
  }

  List<String> names() {
    return List.copyOf(regions.keySet());
  }

  private static String unindent(List<String> lines) {
    int indent = lines.stream()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
