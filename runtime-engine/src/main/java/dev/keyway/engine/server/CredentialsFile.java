package dev.keyway.engine.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the access keys a server accepts: one {@code accessKeyId secretKey} pair per line,
 * separated by white space; blank lines and lines starting with {@code #} are ignored.
 */
public final class CredentialsFile {
  private CredentialsFile() {}

  public static Map<String, String> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static Map<String, String> parse(List<String> lines, String source) {
    Map<String, String> keys = new LinkedHashMap<>();
    int number = 0;
    for (String line : lines) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 'accessKeyId secretKey', found " + parts.length + " fields");
      }
      keys.put(parts[0], parts[1]);
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(source + ": no access keys");
    }
    return keys;
  }
}
