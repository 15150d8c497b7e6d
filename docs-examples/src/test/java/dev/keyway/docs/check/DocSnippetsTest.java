package dev.keyway.docs.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the guide's code true: every Java block of README.md and docs/*.md is compiled code. The line
 * above each block names where (see docs/README.md, "Code snippets"): regions of source files the
 * build compiles, or a whole file. A page whose block differs from its source fails here with the page,
 * the line and the fix.
 */
class DocSnippetsTest {
  private static final String EXAMPLES = "docs-examples/src/test/java";

  private final Path root = Repository.root();
  private final Map<Path, SnippetRegions> regionsByFile = new HashMap<>();

  @Test
  void everyJavaBlockOfTheGuideIsCompiledCode() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path page : pages()) {
      String name = root.relativize(page).toString().replace('\\', '/');
      for (MarkdownBlock block : MarkdownBlock.parse(read(page))) {
        if (block.language().equals("java")) {
          check(block).ifPresent(problem -> problems.add(name + ":" + block.line() + ": " + problem));
          checked++;
        }
      }
    }
    assertFalse(checked == 0, "no Java blocks found under " + root.resolve("docs"));
    if (!problems.isEmpty()) {
      fail(problems.size() + " of " + checked + " Java blocks are not the compiled code they name (how snippets"
          + " work: docs/README.md, \"Code snippets\"):\n" + String.join("\n", problems));
    }
  }

  @Test
  void everyRegionOfTheExamplesIsOnAPage() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (Path page : pages()) {
      for (MarkdownBlock block : MarkdownBlock.parse(read(page))) {
        Matcher snippet = BlockMarker.SNIPPET.matcher(block.lineBefore());
        if (snippet.matches()) {
          shown.addAll(List.of(snippet.group(1).split(" ")));
        }
      }
    }
    Set<String> regions = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(root.resolve(EXAMPLES))) {
      Path checker = root.resolve(EXAMPLES).resolve("dev/keyway/docs/check");   // its tests quote markers
      sources.filter(p -> p.toString().endsWith(".java") && !p.startsWith(checker)).forEach(file -> {
        String path = root.relativize(file).toString().replace('\\', '/');
        SnippetRegions.of(read(file)).names().forEach(name -> regions.add(path + "#" + name));
      });
    }
    regions.removeAll(shown);
    assertEquals(Set.of(), regions, "regions no page shows (a page lost its marker, or the region is left over)");
  }

  private Optional<String> check(MarkdownBlock block) {
    BlockMarker marker;
    try {
      marker = BlockMarker.parse(block.lineBefore());
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage() + "; put the code in a compiled file (docs-examples/src/test/java)"
          + " between \"// snippet:start NAME\" and \"// snippet:end NAME\"");
    }
    if (marker instanceof BlockMarker.Include include) {
      Path file = root.resolve(include.path());
      return Files.isRegularFile(file)
          ? compare(block.body(), read(file), include.path())
          : Optional.of("no file " + include.path());
    }
    BlockMarker.Snippets snippets = (BlockMarker.Snippets) marker;
    List<String> expected = new ArrayList<>();
    for (BlockMarker.Reference reference : snippets.references()) {
      Path file = root.resolve(reference.path());
      if (!Files.isRegularFile(file)) {
        return Optional.of("no file " + reference.path());
      }
      SnippetRegions regions;
      try {
        regions = regionsByFile.computeIfAbsent(file, f -> SnippetRegions.of(read(f)));
      } catch (IllegalArgumentException e) {
        return Optional.of(reference.path() + ", " + e.getMessage());
      }
      Optional<String> region = regions.region(reference.region());
      if (region.isEmpty()) {
        return Optional.of("no region " + reference.region() + " in " + reference.path()
            + " (its regions: " + regions.names() + ")");
      }
      expected.add(region.get());
    }
    return compare(block.body(), String.join("\n", expected), snippets.references().toString());
  }

  /** Empty when the block shows the source; else the first line where they part. */
  static Optional<String> compare(String block, String source, String where) {
    if (block.equals(source)) {
      return Optional.empty();
    }
    String[] shown = block.split("\n", -1);
    String[] compiled = source.split("\n", -1);
    int line = 0;
    while (line < shown.length && line < compiled.length && shown[line].equals(compiled[line])) {
      line++;
    }
    return Optional.of("differs from " + where + " at its line " + (line + 1) + ": the page has \""
        + (line < shown.length ? shown[line] : "") + "\", the source \""
        + (line < compiled.length ? compiled[line] : "") + "\"; copy the source into the page"
        + " (the source is what the build compiles)");
  }

  @Test
  void regionsDropNestedMarkersAndSharedIndentation() {
    SnippetRegions regions = SnippetRegions.of("""
        class A {
          // snippet:start outer
          void a() {
            // snippet:start inner
            call();
            // snippet:end inner
          }
          // snippet:end outer
        }
        """);
    assertEquals("void a() {\n  call();\n}\n", regions.region("outer").orElseThrow());
    assertEquals("call();\n", regions.region("inner").orElseThrow());
    assertEquals(List.of("inner", "outer"), regions.names());
  }

  @Test
  void aRegionCutInPartsLeavesOutTheLinesBetween() {
    SnippetRegions regions = SnippetRegions.of("""
        // snippet:start r
          shown();
        // snippet:end r
        hidden();
        // snippet:start r
          alsoShown();
        // snippet:end r
        """);
    assertEquals("shown();\nalsoShown();\n", regions.region("r").orElseThrow());
  }

  @Test
  void malformedRegionsNameTheirLine() {
    assertEquals("line 2: region a has no \"// snippet:end a\"",
        assertThrows(IllegalArgumentException.class, () -> SnippetRegions.of("x\n// snippet:start a\n"))
            .getMessage());
    assertEquals("line 1: region b ends but never started",
        assertThrows(IllegalArgumentException.class, () -> SnippetRegions.of("// snippet:end b\n")).getMessage());
    assertEquals("line 2: region a starts again before its end", assertThrows(IllegalArgumentException.class,
        () -> SnippetRegions.of("// snippet:start a\n// snippet:start a\n")).getMessage());
  }

  @Test
  void markersNameAFileOrRegions() {
    assertEquals(new BlockMarker.Include("a/B.java"), BlockMarker.parse("<!-- include: a/B.java -->"));
    assertEquals(new BlockMarker.Snippets(List.of(
            new BlockMarker.Reference("a/B.java", "one"), new BlockMarker.Reference("c/D.java", "two"))),
        BlockMarker.parse("<!-- snippet: a/B.java#one c/D.java#two -->"));
    assertThrows(IllegalArgumentException.class, () -> BlockMarker.parse("<!-- not-compiled: why -->"));
    assertThrows(IllegalArgumentException.class, () -> BlockMarker.parse("<!-- snippet: a/B.java -->"));
    assertThrows(IllegalArgumentException.class, () -> BlockMarker.parse("some prose"));
  }

  @Test
  void aDifferingBlockIsShownAtItsFirstDifferentLine() {
    assertEquals(Optional.empty(), compare("a\nb\n", "a\nb\n", "F#x"));
    assertEquals(Optional.of("differs from F#x at its line 2: the page has \"b\", the source \"c\";"
            + " copy the source into the page (the source is what the build compiles)"),
        compare("a\nb\n", "a\nc\n", "F#x"));
  }

  @Test
  void blocksAreReadWithTheLineAboveThem() {
    assertEquals(List.of(
            new MarkdownBlock(3, "java", "<!-- snippet: a/B.java#x -->", "class B {}\n\n"),
            new MarkdownBlock(7, "", "```", "mvn verify\n")),
        MarkdownBlock.parse("""
            text
            <!-- snippet: a/B.java#x -->
            ```java
            class B {}

            ```
            ```
            mvn verify
            ```
            """));
  }

  private List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
