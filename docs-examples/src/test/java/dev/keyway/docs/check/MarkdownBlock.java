package dev.keyway.docs.check;

import java.util.ArrayList;
import java.util.List;

/** A fenced code block of a Markdown page: where it opens, its language, the line above it and its text. */
record MarkdownBlock(int line, String language, String lineBefore, String body) {

  static List<MarkdownBlock> parse(String markdown) {
    List<MarkdownBlock> blocks = new ArrayList<>();
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
        throw new IllegalArgumentException("line " + (open + 1) + ": code block is not closed");
      }
      String before = open == 0 ? "" : lines[open - 1].strip();
      blocks.add(new MarkdownBlock(open + 1, lines[open].substring(3).strip(), before, body.toString()));
    }
    return blocks;
  }
}
