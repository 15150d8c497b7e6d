package dev.keyway.engine.storage.durable;

import dev.keyway.engine.stream.StreamEvent;
import dev.keyway.engine.stream.StreamJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import javax.crypto.AEADBadTagException;

/**
 * The streams of a durable engine: {@code streams.log} in the data directory, one frame per
 * {@link StreamEvent} (int length, int CRC32C of the payload, payload). Written to the operating
 * system as each event happens and forced to the device as the engine's {@link Durability} says:
 * with each event (SYNC), before the write that made it returns (GROUP; one fsync covers every
 * event written before it), or never (NONE: records survive a crash of the server, not of the machine). A
 * frame that fails its checksum (a crash of the machine mid-write) ends the history. Compacted
 * when the engine starts and whenever the file has grown past a threshold (the checkpoint size)
 * and twice its size after the last compaction: only streams and records still within retention
 * are kept.
 *
 * <p>In an encrypted directory the file starts with a header (magic, generation) and every payload
 * is sealed, bound to the file's generation and the frame's index: a frame moved, repeated or
 * taken from an earlier version of the file does not open, and stops the open like a tampered
 * one. Each compaction picks a new generation and seals every frame again.
 */
final class StreamFile implements StreamJournal, AutoCloseable {
  static final String NAME = "streams.log";
  private static final int SEALED_MAGIC = 0x4B575354; // "KWST"
  private static final int SEALED_HEADER = 12; // magic, generation
  private static final int FRAME_HEADER = 8; // length, CRC32C
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final RecordCipher cipher; // null: not encrypted
  private final Durability durability;
  private final long compactBytes;
  private long bytes; // the file's size
  private long compactAt; // compact once the file is this large
  private long written; // frames written since open, and the number forced to the device
  private long forced;
  private List<StreamEvent> recovered; // read by open(), handed out once by history()
  private FileChannel channel; // opened by history(), which the engine calls first
  private long generation; // sealed files only: bound into every frame
  private long nextFrame;
  private final Encoder out = new Encoder(1024);

  private StreamFile(Path file, RecordCipher cipher, Durability durability, long compactBytes) {
    this.file = file;
    this.cipher = cipher;
    this.durability = durability;
    this.compactBytes = compactBytes;
  }

  /**
   * Reads the directory's stream history; a frame that does not open or decode stops here.
   * {@code compactBytes} is the size past which the file is compacted while the engine runs.
   */
  static StreamFile open(Path dir, RecordCipher cipher, Durability durability, long compactBytes) {
    StreamFile streams = new StreamFile(dir.resolve(NAME), cipher, durability, compactBytes);
    try {
      streams.recovered = streams.read();
    } catch (IOException e) {
      throw new DurableStorageException("Cannot read " + streams.file + ": " + e.getMessage(), e);
    }
    return streams;
  }

  @Override
  public synchronized List<StreamEvent> history(Instant retainedSince) {
    if (recovered == null) {
      throw new IllegalStateException("The history of " + file + " is read once, when the engine starts");
    }
    List<StreamEvent> kept = retained(recovered, retainedSince);
    recovered = null;
    rewrite(kept);
    return kept;
  }

  /** Replaces the file with these events, forced, under a new generation; appends go on after. */
  private void rewrite(List<StreamEvent> kept) {
    generation = cipher == null ? 0 : newGeneration();
    nextFrame = 0;
    Path temp = file.resolveSibling(NAME + DataFiles.TEMP_END);
    try {
      try (FileChannel rewrite = FileChannel.open(temp, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        if (cipher != null) {
          writeFully(rewrite, ByteBuffer.allocate(SEALED_HEADER).putInt(SEALED_MAGIC).putLong(generation).flip());
        }
        for (StreamEvent event : kept) {
          write(rewrite, event);
        }
        rewrite.force(true);
        bytes = rewrite.size();
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      if (channel != null) {
        channel.close();
      }
      channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      forced = written;
      compactAt = Math.max(compactBytes, 2 * bytes);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot rewrite " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Negative, so that no generation equals an lsn: log records and snapshot blocks are sealed
   * bound to theirs, and must not open as stream frames.
   */
  private static long newGeneration() {
    return RANDOM.nextLong() | Long.MIN_VALUE;
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
    if (bytes.length == 0) {
      return events; // no events (earlier versions left it so, unsealed, in encrypted directories too)
    }
    int at = cipher == null ? 0 : readSealedHeader(bytes);
    long frame = 0;
    while (bytes.length - at >= FRAME_HEADER) {
      int length = Decoder.getInt(bytes, at);
      if (length < 0 || length > bytes.length - at - FRAME_HEADER
          || crc(bytes, at + FRAME_HEADER, length) != Decoder.getInt(bytes, at + 4)) {
        break; // a torn last write
      }
      events.add(event(bytes, at, length, frame));
      at += FRAME_HEADER + length;
      frame++;
    }
    return events;
  }

  /** Checks the header of a sealed file and takes its generation; returns where frames start. */
  private int readSealedHeader(byte[] bytes) {
    if (bytes.length < SEALED_HEADER || Decoder.getInt(bytes, 0) != SEALED_MAGIC
        || Decoder.getLong(bytes, 4) >= 0) {
      throw corrupt(0, "not a sealed stream records file, though the directory is encrypted");
    }
    generation = Decoder.getLong(bytes, 4);
    return SEALED_HEADER;
  }

  private StreamEvent event(byte[] bytes, int at, int length, long frame) {
    Decoder payload = new Decoder(bytes, at + FRAME_HEADER, length);
    if (cipher != null) {
      try {
        byte[] plain = cipher.open(bytes, at + FRAME_HEADER, length, generation, frame);
        payload = new Decoder(plain, 0, plain.length);
      } catch (AEADBadTagException e) {
        throw corrupt(at, "frame " + frame + " does not decrypt with the key (tampered with or moved)");
      }
    }
    try {
      return StreamEventCodec.read(payload);
    } catch (RuntimeException e) {
      throw corrupt(at, "frame " + frame + " cannot be decoded: " + e.getMessage());
    }
  }

  private DurableStorageException corrupt(long offset, String why) {
    return new DurableStorageException("Corrupt stream records file " + file + " at byte offset " + offset
        + ": " + why + ". Refusing to open: move the file aside (losing the stream records) or restore the "
        + "data directory from a backup.");
  }

  @Override
  public synchronized void append(StreamEvent event, Instant retainedSince) {
    try {
      bytes += write(channel, event);
      written++;
      if (durability == Durability.SYNC) {
        channel.force(false);
        forced = written;
      }
      if (bytes >= compactAt) {
        compact(retainedSince);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * In GROUP durability, forces the events written so far, unless a force since covered them;
   * called before a write returns, so its stream record is as durable as its commit.
   */
  void awaitDurable() {
    FileChannel target;
    long upTo;
    synchronized (this) {
      if (durability != Durability.GROUP || forced == written || channel == null) {
        return;
      }
      target = channel;
      upTo = written;
    }
    try {
      target.force(false); // outside the monitor: appends go on meanwhile
    } catch (ClosedChannelException compacted) {
      // a compaction replaced the file, forced with everything written before it
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot force " + file, e);
    }
    synchronized (this) {
      forced = Math.max(forced, upTo);
    }
  }

  /** Rewrites the file with only what is still retained, reading it back first. */
  private void compact(Instant retainedSince) throws IOException {
    List<StreamEvent> all = read();
    rewrite(retained(all, retainedSince));
  }

  /** Writes one frame; returns its size in bytes. */
  private int write(FileChannel to, StreamEvent event) throws IOException {
    out.reset();
    out.i32(0);
    out.i32(0);
    StreamEventCodec.write(out, event);
    if (cipher != null) {
      byte[] sealed = cipher.seal(out.array(), FRAME_HEADER, out.size() - FRAME_HEADER, generation, nextFrame);
      out.reset();
      out.i32(0);
      out.i32(0);
      out.raw(sealed);
    }
    int length = out.size() - FRAME_HEADER;
    out.putIntAt(0, length);
    out.putIntAt(4, crc(out.array(), FRAME_HEADER, length));
    writeFully(to, ByteBuffer.wrap(out.array(), 0, out.size()));
    nextFrame++;
    return out.size();
  }

  private static void writeFully(FileChannel to, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      to.write(buffer);
    }
  }

  private static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
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
