package dev.keyway.engine.storage.durable;

import dev.keyway.engine.commit.Commit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends commits to the current log segment ({@link LogFormat}) and forces them to the device as
 * the {@link Durability} mode says. {@link #append} runs under the committer's sequencer, so
 * records are written in commit order; {@link #awaitDurable} runs after the sequencer is released,
 * so in GROUP mode committers wait for the flusher's fsync in parallel and share it.
 */
final class WriteAheadLog implements AutoCloseable {
  private final Path dir;
  private final Durability durability;
  private final Encoder frame = new Encoder(4096);
  private final RecordCipher cipher; // null: not encrypted
  /** Taken by rotation and by the flusher: the channel is never closed under a running force. */
  private final Object forceLock = new Object();
  private volatile FileChannel channel;
  private long nextLsn;
  private long segmentBytes;
  private long segmentFirstLsn;
  private final GroupFlusher flusher;
  private volatile IOException failure;

  WriteAheadLog(Path dir, DurableOptions options, RecordCipher cipher, long lastLsn, Path openSegment) {
    this.cipher = cipher;
    this.dir = dir;
    this.durability = options.durability();
    this.nextLsn = lastLsn + 1;
    try {
      if (openSegment == null) {
        channel = newSegment(nextLsn);
      } else {
        segmentFirstLsn = DataFiles.number(openSegment);
        channel = FileChannel.open(openSegment, StandardOpenOption.WRITE);
        channel.position(channel.size());
        segmentBytes = channel.size();
      }
    } catch (IOException e) {
      throw new DurableStorageException("Cannot open the write-ahead log in " + dir + ": " + e.getMessage(), e);
    }
    this.flusher = durability == Durability.GROUP ? new GroupFlusher(options.groupWindow().toNanos()) : null;
  }

  /** The lsn of the last record written. */
  long lastLsn() {
    return nextLsn - 1;
  }

  /** Bytes in the current segment, header included. */
  long segmentBytes() {
    return segmentBytes;
  }

  /** Writes one commit as one record; in SYNC mode also forces it. Caller holds the sequencer. */
  void append(Commit commit) {
    if (failure != null) {
      throw new DurableStorageException("The write-ahead log in " + dir + " failed earlier; no write is accepted", failure);
    }
    frame.reset();
    frame.i32(0);
    frame.i64(nextLsn);
    frame.i32(0);
    CommitCodec.write(frame, commit);
    if (cipher != null) {
      byte[] sealed = cipher.seal(frame.array(), LogFormat.FRAME_HEADER,
          frame.size() - LogFormat.FRAME_HEADER, nextLsn, 0);
      frame.reset();
      frame.i32(0);
      frame.i64(nextLsn);
      frame.i32(0);
      frame.raw(sealed);
    }
    int length = frame.size() - LogFormat.FRAME_HEADER;
    frame.putIntAt(0, length);
    frame.putIntAt(12, LogFormat.checksum(frame.array(), 0, length));
    try {
      ByteBuffer buffer = ByteBuffer.wrap(frame.array(), 0, frame.size());
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (durability == Durability.SYNC) {
        channel.force(false);
      }
    } catch (IOException e) {
      failure = e;
      throw new DurableStorageException("Cannot write to the write-ahead log in " + dir + ": " + e.getMessage(), e);
    }
    nextLsn++;
    segmentBytes += frame.size();
    if (flusher != null) {
      flusher.appended(commit.sequence());
    }
  }

  /** Returns once the commit numbered {@code sequence} is as durable as the mode promises. */
  void awaitDurable(long sequence) {
    if (flusher != null) {
      flusher.await(sequence);
    }
  }

  /**
   * Forces and closes the current segment and starts a new one at the next lsn; caller holds the
   * sequencer. Returns the new segment's first lsn: every record before it is in older segments.
   */
  long rotate() {
    if (segmentFirstLsn == nextLsn) {
      return nextLsn; // the current segment holds no record yet: it already starts there
    }
    synchronized (forceLock) {
      try {
        channel.force(false);
        channel.close();
        channel = newSegment(nextLsn);
      } catch (IOException e) {
        failure = e;
        throw new DurableStorageException("Cannot start a log segment in " + dir + ": " + e.getMessage(), e);
      }
      return nextLsn;
    }
  }

  private FileChannel newSegment(long firstLsn) throws IOException {
    segmentFirstLsn = firstLsn;
    segmentBytes = LogFormat.SEGMENT_HEADER;
    Path file = DataFiles.segment(dir, firstLsn);
    FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Encoder header = new Encoder(LogFormat.SEGMENT_HEADER);
    header.i32(LogFormat.MAGIC);
    header.i32(LogFormat.VERSION);
    header.i64(firstLsn);
    ByteBuffer buffer = ByteBuffer.wrap(header.array(), 0, header.size());
    while (buffer.hasRemaining()) {
      created.write(buffer);
    }
    created.force(false);
    DataFiles.syncDirectory(dir);
    return created;
  }

  /** Forces what was written and closes the segment. */
  @Override
  public void close() {
    if (flusher != null) {
      flusher.stop();
    }
    synchronized (forceLock) {
      try {
        if (channel.isOpen()) {
          channel.force(false);
          channel.close();
        }
      } catch (IOException e) {
        throw new DurableStorageException("Cannot close the write-ahead log in " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Group commit. Committers that wait wake the flusher thread; it waits up to the window for
   * more commits, forces the channel once, and releases every committer whose commit was written
   * before the force began.
   */
  private final class GroupFlusher implements Runnable {
    private final long windowNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition forcedChanged = lock.newCondition();
    private final Thread thread;
    private volatile long appended;
    private volatile long forced;
    private boolean waiting; // guarded by lock
    private boolean stopped; // guarded by lock

    GroupFlusher(long windowNanos) {
      this.windowNanos = windowNanos;
      this.thread = new Thread(this, "keyway-wal-flusher");
      thread.setDaemon(true);
      thread.start();
    }

    void appended(long sequence) {
      appended = sequence;
    }

    void await(long sequence) {
      if (forced >= sequence) {
        return;
      }
      lock.lock();
      try {
        while (forced < sequence) {
          if (failure != null || stopped) {
            throw new DurableStorageException("The write-ahead log in " + dir + " could not be forced", failure);
          }
          waiting = true; // again after each force: this commit may have missed the last one
          work.signal();
          forcedChanged.awaitUninterruptibly();
        }
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void run() {
      while (true) {
        lock.lock();
        try {
          while (!waiting && !stopped) {
            work.awaitUninterruptibly();
          }
          if (stopped) {
            return;
          }
          waiting = false;
        } finally {
          lock.unlock();
        }
        if (windowNanos > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(windowNanos); // let more commits join
        }
        long target = appended;
        try {
          synchronized (forceLock) {
            channel.force(false);
          }
        } catch (IOException e) {
          failure = e;
        }
        lock.lock();
        try {
          if (failure == null) {
            forced = Math.max(forced, target);
          }
          forcedChanged.signalAll();
        } finally {
          lock.unlock();
        }
      }
    }

    void stop() {
      lock.lock();
      try {
        stopped = true;
        work.signal();
        forcedChanged.signalAll();
      } finally {
        lock.unlock();
      }
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
