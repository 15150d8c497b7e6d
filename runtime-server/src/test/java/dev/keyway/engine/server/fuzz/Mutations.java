package dev.keyway.engine.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Bodies derived from one valid request: each member and element removed, set to null and replaced
 * by values of other JSON types (and strings by hostile strings), then a few byte-level mutations.
 * Everything is drawn from the given {@link Random}, so a seed reproduces a run.
 */
final class Mutations {
  record Mutant(String label, byte[] body) {}

  /** Values of every JSON type, including numbers no integral member can hold. */
  private static final List<String> MISTYPES =
      List.of("\"x\"", "\"\"", "0", "-1", "7.5", "1e400", "-1e400", "9223372036854775808",
          "1e999999999", "true", "{}", "[]", "[null]", "[{}]", "{\"S\":\"x\"}", "{\"a\":{}}",
          "{\"N\":\"1\"}", "[\"x\"]");

  /** Strings aimed at expression parsers, name and number checks. */
  private static final List<String> HOSTILE_STRINGS =
      List.of(
          // Nesting that fits DynamoDB's 4 KB expression limit (a parser's stack must hold it).
          "(".repeat(2045) + "a=:v" + ")".repeat(2045),
          "(".repeat(4096),
          "NOT ".repeat(1000) + "a = :v",
          "size(".repeat(680) + "a" + ")".repeat(680),
          "SET a = " + "(".repeat(2040) + ":v" + ")".repeat(2040),
          "a.".repeat(2000) + "b",
          "a" + "[0]".repeat(2000),
          "a[99999999999999999999]",
          "#",
          ":",
          "a = ",
          "SET",
          "\u0000",
          "\uD834\uDD1E",
          "1" + "0".repeat(20_000),
          "-",
          "x".repeat(70_000));

  /** The first hostile strings nest deeply; every expression member gets all of them. */
  private static final int NESTING_STRINGS = 5;

  private static final String STRUCTURAL = "{}[]\",:0 \\";

  private final Random random;

  Mutations(Random random) {
    this.random = random;
  }

  List<Mutant> of(String seedJson) {
    Object seed = JsonTree.parse(seedJson);
    List<Mutant> out = new ArrayList<>();
    for (List<Object> path : JsonTree.paths(seed)) {
      String where = path.toString();
      out.add(mutant("remove " + where, JsonTree.without(seed, path)));
      out.add(mutant("null " + where, JsonTree.with(seed, path, null)));
      for (int i = 0; i < 2; i++) {
        String value = MISTYPES.get(random.nextInt(MISTYPES.size()));
        out.add(mutant(where + " = " + value, JsonTree.with(seed, path, JsonTree.parse(value))));
      }
      if (JsonTree.get(seed, path) instanceof String) {
        int pick = random.nextInt(HOSTILE_STRINGS.size());
        out.add(mutant(where + " = hostile string #" + pick,
            JsonTree.with(seed, path, HOSTILE_STRINGS.get(pick))));
        if (String.valueOf(path.get(path.size() - 1)).endsWith("Expression")) {
          for (int nesting = 0; nesting < NESTING_STRINGS; nesting++) {
            out.add(mutant(where + " = hostile string #" + nesting,
                JsonTree.with(seed, path, HOSTILE_STRINGS.get(nesting))));
          }
        }
      }
    }
    out.addAll(bytes(seedJson.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  private static Mutant mutant(String label, Object tree) {
    return new Mutant(label, JsonTree.write(tree).getBytes(StandardCharsets.UTF_8));
  }

  /** Structural damage: truncation, flipped, inserted, deleted and repeated bytes. */
  private List<Mutant> bytes(byte[] seed) {
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int cut = random.nextInt(seed.length);
      out.add(new Mutant("truncated at " + cut, Arrays.copyOf(seed, cut)));
    }
    for (int i = 0; i < 4; i++) {
      byte[] b = seed.clone();
      int at = random.nextInt(b.length);
      b[at] = (byte) random.nextInt(256);
      out.add(new Mutant("byte " + at + " = " + (b[at] & 0xff), b));
    }
    for (int i = 0; i < 4; i++) {
      int at = random.nextInt(seed.length);
      char c = STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
      byte[] b = new byte[seed.length + 1];
      System.arraycopy(seed, 0, b, 0, at);
      b[at] = (byte) c;
      System.arraycopy(seed, at, b, at + 1, seed.length - at);
      out.add(new Mutant("inserted '" + c + "' at " + at, b));
    }
    int from = random.nextInt(seed.length);
    int to = from + random.nextInt(seed.length - from);
    byte[] doubled = new byte[seed.length + (to - from)];
    System.arraycopy(seed, 0, doubled, 0, to);
    System.arraycopy(seed, from, doubled, to, seed.length - from);
    out.add(new Mutant("bytes " + from + ".." + to + " repeated", doubled));
    return out;
  }

  /** Bodies that are not the operation's structure at all. */
  static List<Mutant> whole() {
    List<Mutant> out = new ArrayList<>();
    for (String body : List.of("", "null", "[]", "\"x\"", "1", "true", "{}{}", "{\"a\":}",
        "{".repeat(5000), "[".repeat(100_000), "{\"TableName\":" + "[".repeat(3000))) {
      out.add(new Mutant("body " + (body.length() > 20 ? body.substring(0, 20) + "..." : body),
          body.getBytes(StandardCharsets.UTF_8)));
    }
    out.add(new Mutant("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
    out.add(new Mutant("deeply nested map", nestedMap(3000)));
    return out;
  }

  /** An attribute value nested {@code depth} maps deep, written as text. */
  private static byte[] nestedMap(int depth) {
    String value = "{\"M\":{\"k\":".repeat(depth) + "{\"S\":\"x\"}" + "}}".repeat(depth);
    return ("{\"TableName\":\"Fuzz\",\"Item\":{\"PK\":{\"S\":\"deep\"},\"SK\":{\"S\":\"d\"},\"x\":"
        + value + "}}").getBytes(StandardCharsets.UTF_8);
  }
}
