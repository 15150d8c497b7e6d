package dev.keyway.samples.gettingstarted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/getting-started.md true: every Java block of the page is a file of this module (named by
 * the {@code <!-- include: path -->} comment right above it) and compiles and runs with the build, and
 * the versions the page tells users to write are the version being built.
 */
class GettingStartedDocTest {
  private static final String PAGE = "docs/getting-started.md";
  private static final Pattern INCLUDE = Pattern.compile("<!-- include: (\\S+) -->");

  private final Path root = Repository.root();
  private final List<Block> blocks = Block.parse(read(root.resolve(PAGE)));

  @Test
  void everyJavaBlockIsTheFileItNames() {
    List<Block> java = blocks.stream().filter(b -> b.language().equals("java")).toList();
    assertFalse(java.isEmpty(), PAGE + " has no Java blocks");
    for (Block block : java) {
      Matcher include = INCLUDE.matcher(block.lineBefore());
      if (!include.matches()) {
        fail(PAGE + ":" + block.line() + ": a Java block without \"<!-- include: path -->\" on the line"
            + " above; every Java snippet must be a compiled file of samples/getting-started");
      }
      Path file = root.resolve(include.group(1));
      assertTrue(Files.isRegularFile(file), PAGE + ":" + block.line() + ": no file " + file);
      assertEquals(read(file), block.body(), PAGE + ":" + block.line() + " differs from " + include.group(1)
          + "; copy the file into the page (the file is the one the build compiles)");
    }
  }

  @Test
  void everyFileOfTheApplicationIsOnThePage() throws IOException {
    Set<String> included = new TreeSet<>();
    for (Block block : blocks) {
      Matcher include = INCLUDE.matcher(block.lineBefore());
      if (include.matches()) {
        included.add(include.group(1));
      }
    }
    Set<String> files = new TreeSet<>();
    for (String tree : List.of("src/main/java/com/example", "src/test/java/com/example")) {
      Path dir = root.resolve("samples/getting-started").resolve(tree);
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(files::add);
      }
    }
    assertEquals(files, included, "the files of samples/getting-started shown on " + PAGE);
  }

  @Test
  void theBuildBlocksNameTheVersionBeingBuilt() {
    String version = Repository.version();
    String maven = only("xml");
    assertTrue(maven.contains("<keyway.version>" + version + "</keyway.version>"),
        "the pom on " + PAGE + " must set keyway.version to " + version);
    assertTrue(maven.contains("<artifactId>keyway-bom</artifactId>"), "the pom must import keyway-bom");
    assertTrue(only("kotlin").contains("val keywayVersion = \"" + version + "\""),
        "the Gradle build on " + PAGE + " must use version " + version);
  }

  @Test
  void blocksAreReadWithTheLineAboveThem() {
    List<Block> parsed = Block.parse("""
        text
        <!-- include: a/B.java -->
        ```java
        class B {}

        ```
        ```
        mvn verify
        ```
        """);
    assertEquals(List.of(
        new Block(3, "java", "<!-- include: a/B.java -->", "class B {}\n\n"),
        new Block(7, "", "```", "mvn verify\n")), parsed);
  }

  private String only(String language) {
    List<Block> found = blocks.stream().filter(b -> b.language().equals(language)).toList();
    assertEquals(1, found.size(), "number of " + language + " blocks on " + PAGE);
    return found.get(0).body();
  }

  static String read(Path file) {
    try {
      return Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** A fenced code block of a Markdown page: its language, text, and the line just above the fence. */
  record Block(int line, String language, String lineBefore, String body) {
    static List<Block> parse(String markdown) {
      List<Block> blocks = new ArrayList<>();
      String[] lines = markdown.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith("```")) {
          continue;
        }
        int open = i;
        StringBuilder body = new StringBuilder();
        for (i++; i < lines.length && !lines[i].equals("```"); i++) {
          body.append(lines[i]).append('\n');
        }
        if (i == lines.length) {
          throw new AssertionError("line " + (open + 1) + ": code block is not closed");
        }
        String before = open == 0 ? "" : lines[open - 1].strip();
        blocks.add(new Block(open + 1, lines[open].substring(3).strip(), before, body.toString()));
      }
      return blocks;
    }
  }
}
