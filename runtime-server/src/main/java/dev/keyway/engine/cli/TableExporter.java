package dev.keyway.engine.cli;

import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.RestoreTableToPointInTimeRequest;
import dev.keyway.ops.ScanRequest;
import dev.keyway.ops.ScanResponse;
import dev.keyway.ops.TableDescription;
import dev.keyway.spi.Backend;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * Exports a table, now or at a point in time, to a directory in the layout of DynamoDB's export to
 * S3 (DYNAMODB_JSON, full export): {@code AWSDynamoDB/<exportId>/} holding {@code _started},
 * {@code manifest-summary.json}, {@code manifest-files.json}, their {@code .md5} files, and
 * {@code data/<random>.json.gz} files with one {@code {"Item":{...}}} per line. Works on any
 * {@link Backend}; a point-in-time export restores the table to a temporary one, reads it and
 * deletes it, as PITR is what DynamoDB's export reads from too.
 */
final class TableExporter {
  static final int ITEMS_PER_FILE = 100_000;
  private static final char[] NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final Backend backend;
  private final Clock clock;
  private final DynamoJsonProtocol json = new DynamoJsonProtocol();
  private final SecureRandom random = new SecureRandom();

  TableExporter(Backend backend, Clock clock) {
    this.backend = backend;
    this.clock = clock;
  }

  /** The export's directory and what it holds. */
  record Result(Path directory, String exportArn, long itemCount, int dataFiles) {}

  /** Exports {@code table} (at {@code time}, or now when null) under {@code outputDir}. */
  Result export(String table, Instant time, Path outputDir, LongConsumer progress) {
    TableDescription source = backend.describeTable(new DescribeTableRequest(table)).table();
    Instant start = clock.instant();
    String exportId = String.format("%014d-%08x", start.toEpochMilli(), random.nextInt());
    String prefix = "AWSDynamoDB/" + exportId + "/";
    Path dir = outputDir.resolve("AWSDynamoDB").resolve(exportId);
    String read = table;
    if (time != null) {
      read = table + "-export-" + exportId;
      backend.restoreTableToPointInTime(RestoreTableToPointInTimeRequest.builder()
          .sourceTableName(table).targetTableName(read).restoreDateTime(time).build());
    }
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.write(dir.resolve("_started"), new byte[0]);
      List<String> files = new ArrayList<>();
      long items = writeData(read, dir, prefix, files, progress);
      byte[] filesJson = (String.join("\n", files) + "\n").getBytes(StandardCharsets.UTF_8);
      writeWithMd5(dir, "manifest-files", filesJson);
      String exportArn = source.tableArn() + "/export/" + exportId;
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("version", "2020-06-30");
      summary.put("exportArn", exportArn);
      summary.put("startTime", start.toString());
      summary.put("endTime", clock.instant().toString());
      summary.put("tableArn", source.tableArn());
      summary.put("tableId", source.tableId());
      summary.put("exportTime", (time != null ? time : start).toString());
      summary.put("s3Bucket", null);
      summary.put("s3Prefix", null);
      summary.put("s3SseAlgorithm", null);
      summary.put("s3SseKmsKeyId", null);
      summary.put("manifestFilesS3Key", prefix + "manifest-files.json");
      summary.put("billedSizeBytes", source.tableSizeBytes());
      summary.put("itemCount", items);
      summary.put("outputFormat", "DYNAMODB_JSON");
      summary.put("exportType", "FULL_EXPORT");
      writeWithMd5(dir, "manifest-summary",
          (Manifests.object(summary) + "\n").getBytes(StandardCharsets.UTF_8));
      return new Result(dir, exportArn, items, files.size());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export to " + dir + ": " + e.getMessage(), e);
    } finally {
      if (time != null) {
        backend.deleteTable(new DeleteTableRequest(read));
      }
    }
  }

  /** Scans the table page by page into data files of up to ITEMS_PER_FILE items. */
  private long writeData(String table, Path dir, String prefix, List<String> files,
      LongConsumer progress) throws IOException {
    long total = 0;
    DataFile file = null;
    Map<String, AttributeValue> start = null;
    do {
      ScanResponse page = backend.scan(ScanRequest.builder().tableName(table)
          .exclusiveStartKey(start).build());
      for (Map<String, AttributeValue> item : page.items()) {
        if (file == null) {
          file = new DataFile(dir, randomName());
        }
        file.write(json.toJson(new ExportLine(item)));
        total++;
        if (file.items == ITEMS_PER_FILE) {
          files.add(file.close(prefix));
          file = null;
        }
      }
      progress.accept(total);
      start = page.lastEvaluatedKey();
    } while (start != null && !start.isEmpty());
    if (file != null) {
      files.add(file.close(prefix));
    }
    return total;
  }

  private String randomName() {
    char[] name = new char[26];
    for (int i = 0; i < name.length; i++) {
      name[i] = NAME_CHARS[random.nextInt(NAME_CHARS.length)];
    }
    return new String(name);
  }

  private static void writeWithMd5(Path dir, String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name + ".json"), content);
    Files.writeString(dir.resolve(name + ".md5"), Manifests.base64(Manifests.md5(content)));
  }

  /** One gzip data file being written, with the MD5 of its compressed bytes. */
  private static final class DataFile {
    final String name;
    final MessageDigest md5;
    final OutputStream out;
    long items;

    DataFile(Path dir, String name) throws IOException {
      this.name = name + ".json.gz";
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has MD5", e);
      }
      out = new GZIPOutputStream(new DigestOutputStream(
          new BufferedOutputStream(Files.newOutputStream(dir.resolve("data").resolve(this.name))), md5), 1 << 16);
    }

    void write(byte[] line) throws IOException {
      out.write(line);
      out.write('\n');
      items++;
    }

    /** Finishes the file; its line of manifest-files.json. */
    String close(String prefix) throws IOException {
      out.close();
      byte[] digest = md5.digest();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("itemCount", items);
      entry.put("md5Checksum", Manifests.base64(digest));
      entry.put("etag", Manifests.hex(digest));
      entry.put("dataFileS3Key", prefix + "data/" + name);
      return Manifests.object(entry);
    }
  }
}
