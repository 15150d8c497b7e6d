package dev.keyway.engine.cli;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.error.DynamoDbException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a DynamoDB JSON export ({@code AWSDynamoDB/<exportId>/}, as DynamoDB's export to S3 or
 * {@link TableExporter} writes it): manifest-files.json names the data files and their MD5s; each
 * data file is gzip with one {@code {"Item":{...}}} per line. A bad line is reported and skipped;
 * a missing or malformed manifest, or a data file that is missing or fails its checksum, stops
 * the import before anything is created.
 */
final class DynamoJsonSource {
  private final DynamoJsonProtocol json = new DynamoJsonProtocol();

  ImportLines read(Path path) {
    Path dir = exportDirectory(path);
    Path manifest = dir.resolve("manifest-files.json");
    List<String> entries;
    try {
      entries = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportSourceException("Cannot read " + manifest + ": " + e.getMessage());
    }
    ImportLines lines = new ImportLines();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).isBlank()) {
        continue;
      }
      Map<String, String> entry = Manifests.parse(entries.get(i));
      String key = entry == null ? null : entry.get("dataFileS3Key");
      if (key == null) {
        throw new ImportSourceException("Malformed manifest " + manifest + " line " + (i + 1)
            + ": expected a JSON object with dataFileS3Key");
      }
      readDataFile(dir, key, entry.get("md5Checksum"), lines);
    }
    return lines;
  }

  /** The directory holding manifest-files.json: PATH itself, or PATH/AWSDynamoDB/<one export>. */
  private static Path exportDirectory(Path path) {
    if (Files.isRegularFile(path.resolve("manifest-files.json"))) {
      return path;
    }
    Path exports = path.resolve("AWSDynamoDB");
    if (Files.isDirectory(exports)) {
      try (Stream<Path> each = Files.list(exports)) {
        List<Path> found = each.filter(d -> Files.isRegularFile(d.resolve("manifest-files.json"))).toList();
        if (found.size() == 1) {
          return found.get(0);
        }
        if (found.size() > 1) {
          throw new ImportSourceException(path + " holds " + found.size()
              + " exports; name one: " + exports + "/<exportId>");
        }
      } catch (IOException e) {
        throw new ImportSourceException("Cannot list " + exports + ": " + e.getMessage());
      }
    }
    throw new ImportSourceException("No manifest-files.json in " + path
        + " (expected a DynamoDB JSON export: AWSDynamoDB/<exportId>/manifest-files.json)");
  }

  private void readDataFile(Path dir, String key, String md5, ImportLines lines) {
    String name = key.substring(key.lastIndexOf('/') + 1);
    Path file = dir.resolve("data").resolve(name);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportSourceException("Missing data file " + file + " named in the manifest: " + e.getMessage());
    }
    if (md5 != null && !md5.equals(Manifests.base64(Manifests.md5(bytes)))) {
      throw new ImportSourceException("Data file " + file + " does not match its md5Checksum in the manifest");
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          readLine(line, "data/" + name + " line " + number, lines);
        }
      }
    } catch (IOException e) {
      throw new ImportSourceException("Data file " + file + " is not valid gzip: " + e.getMessage());
    }
  }

  private void readLine(String line, String place, ImportLines lines) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    try {
      ExportLine parsed = json.read(ExportLine.class, bytes, 0, bytes.length);
      if (parsed.item() == null) {
        lines.error(place, "the line has no Item");
      } else {
        lines.item(parsed.item(), place);
      }
    } catch (DynamoDbException e) {
      lines.error(place, e.getMessage() == null ? "not a valid DynamoDB JSON line" : e.getMessage());
    }
  }
}
