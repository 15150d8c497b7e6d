package dev.keyway.engine.storage.durable;

import dev.keyway.engine.stream.ChangeRecord;
import dev.keyway.engine.stream.StreamEvent;
import dev.keyway.engine.stream.StreamJournal;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.streams.OperationType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The streams of a durable engine: {@code streams.log} in the data directory, one frame per
 * {@link StreamEvent} (int length, int CRC32C of the payload, payload). Written to the operating
 * system as each event happens, without an fsync of its own, so records survive a restart or a
 * crash of the server; a torn last frame (a crash of the machine mid-write) ends the history.
 * Compacted when opened: only streams and records still within retention are kept.
 */
final class StreamFile implements StreamJournal, AutoCloseable {
  private static final String NAME = "streams.log";
  private static final int OPENED = 1, RECORDED = 2, CLOSED = 3;

  private final Path file;
  private FileChannel channel; // opened by history(), which the engine calls first
  private final Encoder out = new Encoder(1024);

  StreamFile(Path dir) {
    this.file = dir.resolve(NAME);
  }

  @Override
  public synchronized List<StreamEvent> history(Instant retainedSince) {
    try {
      List<StreamEvent> kept = retained(read(), retainedSince);
      Path temp = file.resolveSibling(NAME + DataFiles.TEMP_END);
      try (FileChannel rewrite = FileChannel.open(temp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        for (StreamEvent event : kept) {
          write(rewrite, event);
        }
        rewrite.force(true);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      return kept;
    } catch (IOException e) {
      throw new DurableStorageException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The events of streams still kept, without records older than the horizon. */
  private static List<StreamEvent> retained(List<StreamEvent> events, Instant since) {
    Set<String> expired = new HashSet<>();
    for (StreamEvent event : events) {
      if (event instanceof StreamEvent.Closed c && c.at().isBefore(since)) {
        expired.add(c.arn());
      }
    }
    List<StreamEvent> kept = new ArrayList<>();
    for (StreamEvent event : events) {
      boolean old = event instanceof StreamEvent.Recorded r
          && r.record().approximateCreationDateTime().isBefore(since);
      if (!expired.contains(event.arn()) && !old) {
        kept.add(event);
      }
    }
    return kept;
  }

  private List<StreamEvent> read() throws IOException {
    List<StreamEvent> events = new ArrayList<>();
    if (!Files.exists(file)) {
      return events;
    }
    byte[] bytes = Files.readAllBytes(file);
    int at = 0;
    while (at + 8 <= bytes.length) {
      int length = Decoder.getInt(bytes, at);
      if (length < 0 || at + 8 + length > bytes.length || crc(bytes, at + 8, length) != Decoder.getInt(bytes, at + 4)) {
        break; // a torn last write
      }
      events.add(decode(new Decoder(bytes, at + 8, length)));
      at += 8 + length;
    }
    return events;
  }

  @Override
  public synchronized void append(StreamEvent event) {
    try {
      write(channel, event);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private void write(FileChannel to, StreamEvent event) throws IOException {
    out.reset();
    out.i32(0);
    out.i32(0);
    encode(event);
    int length = out.size() - 8;
    out.putIntAt(0, length);
    out.putIntAt(4, crc(out.array(), 8, length));
    ByteBuffer buffer = ByteBuffer.wrap(out.array(), 0, out.size());
    while (buffer.hasRemaining()) {
      to.write(buffer);
    }
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  private void encode(StreamEvent event) {
    if (event instanceof StreamEvent.Opened o) {
      out.u8(OPENED);
      out.string(o.arn());
      out.string(o.label());
      out.string(o.tableName());
      out.varint(o.keySchema().size());
      for (KeySchemaElement k : o.keySchema()) {
        out.string(k.attributeName());
        out.string(k.keyType().name());
      }
      out.string(o.viewType().name());
      instant(o.created());
      out.i64(o.startingSequence());
    } else if (event instanceof StreamEvent.Recorded r) {
      out.u8(RECORDED);
      out.string(r.arn());
      ChangeRecord c = r.record();
      out.i64(c.sequenceNumber());
      out.string(c.eventName().name());
      ValueCodec.writeItem(out, c.keys());
      optionalItem(c.oldImage());
      optionalItem(c.newImage());
      instant(c.approximateCreationDateTime());
      out.i64(c.sizeBytes());
      out.string(c.viewType().name());
      out.bool(c.expiry());
    } else if (event instanceof StreamEvent.Closed c) {
      out.u8(CLOSED);
      out.string(c.arn());
      instant(c.at());
      out.i64(c.lastSequence());
    }
  }

  private static StreamEvent decode(Decoder in) {
    int kind = in.u8();
    String arn = in.string();
    switch (kind) {
      case OPENED -> {
        String label = in.string();
        String table = in.string();
        int n = in.count();
        List<KeySchemaElement> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          keys.add(new KeySchemaElement(in.string(), KeyType.valueOf(in.string())));
        }
        return new StreamEvent.Opened(arn, label, table, keys, StreamViewType.valueOf(in.string()),
            instant(in), in.i64());
      }
      case RECORDED -> {
        long sequence = in.i64();
        OperationType name = OperationType.valueOf(in.string());
        Map<String, AttributeValue> keys = ValueCodec.readItem(in).attributes();
        Map<String, AttributeValue> oldImage = optionalItem(in);
        Map<String, AttributeValue> newImage = optionalItem(in);
        return new StreamEvent.Recorded(arn, new ChangeRecord(sequence, name, keys, oldImage, newImage,
            instant(in), in.i64(), StreamViewType.valueOf(in.string()), in.bool()));
      }
      case CLOSED -> {
        return new StreamEvent.Closed(arn, instant(in), in.i64());
      }
      default -> throw new MalformedRecordException("unknown stream event " + kind);
    }
  }

  private void optionalItem(Map<String, AttributeValue> item) {
    out.bool(item != null);
    if (item != null) {
      ValueCodec.writeItem(out, item);
    }
  }

  private static Map<String, AttributeValue> optionalItem(Decoder in) {
    return in.bool() ? ValueCodec.readItem(in).attributes() : null;
  }

  private void instant(Instant at) {
    out.i64(at.getEpochSecond());
    out.varint(at.getNano());
  }

  private static Instant instant(Decoder in) {
    return Instant.ofEpochSecond(in.i64(), in.varint());
  }

  @Override
  public synchronized void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot close " + file, e);
      }
    }
  }
}
