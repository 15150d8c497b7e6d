package dev.keyway.engine.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the access keys a server accepts: one {@code accessKeyId secretKey [sessionToken]} per
 * line, separated by white space; a key with a session token accepts only requests carrying that
 * token. Blank lines and lines starting with {@code #} are ignored.
 */
public final class CredentialsFile {
  private CredentialsFile() {}

  /** The keys by id, in file order. */
  public static Map<String, AccessKey> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  static Map<String, AccessKey> parse(List<String> lines, String source) {
    Map<String, AccessKey> keys = new LinkedHashMap<>();
    int number = 0;
    for (String line : lines) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+");
      if (parts.length != 2 && parts.length != 3) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 'accessKeyId secretKey [sessionToken]', found " + parts.length + " fields");
      }
      if (keys.containsKey(parts[0])) {
        throw new IllegalArgumentException(source + ":" + number + ": access key " + parts[0] + " is listed twice");
      }
      keys.put(parts[0], new AccessKey(parts[0], parts[1], parts.length == 3 ? parts[2] : null));
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(source + ": no access keys");
    }
    return keys;
  }
}
