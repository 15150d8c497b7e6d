package dev.keyway.engine.storage.durable;

import dev.keyway.engine.backup.PitrHistory;
import dev.keyway.engine.commit.Commit;
import dev.keyway.engine.commit.CommitLog;
import dev.keyway.engine.stream.StreamJournal;
import dev.keyway.engine.storage.CatalogStore;
import dev.keyway.engine.storage.memory.MemoryCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tables in memory, made durable by a data directory: every commit is appended to a write-ahead
 * log before it is applied, and checkpoints write a snapshot of all tables (with their
 * point-in-time recovery histories) so old log segments can
 * be deleted. Opening a directory recovers its last consistent state (latest snapshot, then the
 * log after it) before the engine serves anything.
 *
 * <p>A checkpoint starts when the current segment has grown past {@code checkpointBytes}: inside
 * {@link #append}, which the committer calls under its sequencer, so the tables are captured
 * exactly as of the last logged commit (by reference: items are immutable) and a new segment is
 * started; the snapshot is written by a background thread, after which the segments it covers are
 * deleted. {@link #close} writes a final checkpoint.
 */
public final class DurableStore implements CommitLog, AutoCloseable {
  private final Path dir;
  private final DurableOptions options;
  private final DirectoryLock lock;
  private final MemoryCatalog catalog;
  private final PitrHistory history;
  private final WriteAheadLog wal;
  private final RecordCipher cipher; // null: not encrypted
  private final ExecutorService checkpointer;
  private final StreamFile streams;
  private Future<?> checkpoint; // guarded by the committer's sequencer
  private volatile long checkpointedLsn;
  private volatile boolean closed;

  private DurableStore(Path dir, DurableOptions options, DirectoryLock lock, MemoryCatalog catalog,
      PitrHistory history, RecordCipher cipher, long snapshotLsn, LogRecovery.Result recovered,
      StreamFile streams) {
    this.cipher = cipher;
    this.dir = dir;
    this.options = options;
    this.lock = lock;
    this.catalog = catalog;
    this.history = history;
    this.checkpointedLsn = snapshotLsn;
    this.wal = new WriteAheadLog(dir, options, cipher, recovered.lastLsn(), recovered.openSegment());
    this.streams = streams;
    this.checkpointer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "keyway-checkpoint");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Takes ownership of a data directory (created if absent) and recovers its tables, and into
   * {@code history} their point-in-time recovery histories; checkpoints save that history again,
   * so give the same one to the engine's committer.
   */
  public static DurableStore open(Path dir, DurableOptions options, PitrHistory history) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot create data directory " + dir + ": " + e.getMessage(), e);
    }
    DirectoryLock lock = DirectoryLock.acquire(dir);
    try {
      for (Path temp : DataFiles.temporary(dir)) {
        Files.delete(temp); // a checkpoint that did not finish; its log segments are still there
      }
      RecordCipher cipher = KeyCheck.open(dir, options.encryption());
      MemoryCatalog catalog = new MemoryCatalog();
      List<Path> snapshots = DataFiles.snapshots(dir);
      long snapshotLsn = snapshots.isEmpty() ? 0
          : Snapshot.load(snapshots.get(snapshots.size() - 1), catalog, history, cipher);
      LogRecovery.Result recovered = LogRecovery.replay(dir, catalog, history, cipher, snapshotLsn);
      StreamFile streams = StreamFile.open(dir, cipher);
      return new DurableStore(dir, options, lock, catalog, history, cipher, snapshotLsn, recovered, streams);
    } catch (IOException e) {
      lock.close();
      throw new DurableStorageException("Cannot open data directory " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The recovered tables; give them to one engine only, together with this store as its log. */
  public CatalogStore catalog() {
    return catalog;
  }

  public Path directory() {
    return dir;
  }

  /** Where the engine keeps its streams ({@code streams.log}); give it to one StreamLog only. */
  public StreamJournal streams() {
    return streams;
  }

  @Override
  public void append(Commit commit) {
    if (closed) {
      throw new DurableStorageException("Data directory " + dir + " is closed");
    }
    if (wal.segmentBytes() >= options.checkpointBytes() && (checkpoint == null || checkpoint.isDone())) {
      startCheckpoint();
    }
    wal.append(commit);
  }

  @Override
  public void awaitDurable(long sequence) {
    wal.awaitDurable(sequence);
  }

  private void startCheckpoint() {
    Snapshot.Image image = Snapshot.capture(catalog, history);
    long lsn = wal.lastLsn();
    long firstKept = wal.rotate();
    checkpoint = checkpointer.submit(() -> writeCheckpoint(lsn, image, firstKept));
  }

  /** Writes the snapshot, then deletes what it makes redundant: older snapshots and segments. */
  private Void writeCheckpoint(long lsn, Snapshot.Image image, long firstKept) throws IOException {
    Snapshot.write(dir, lsn, image, cipher);
    checkpointedLsn = lsn;
    for (Path old : DataFiles.snapshots(dir)) {
      if (DataFiles.number(old) < lsn) {
        Files.deleteIfExists(old);
      }
    }
    for (Path segment : DataFiles.segments(dir)) {
      if (DataFiles.number(segment) < firstKept) {
        Files.deleteIfExists(segment);
      }
    }
    DataFiles.syncDirectory(dir);
    return null;
  }

  /**
   * Writes a final checkpoint, closes the log and releases the directory. Call it once no
   * operation is in flight on the engine.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      finishRunningCheckpoint();
      if (wal.lastLsn() > checkpointedLsn) {
        long lsn = wal.lastLsn();
        writeCheckpoint(lsn, Snapshot.capture(catalog, history), wal.rotate());
      }
    } catch (IOException e) {
      throw new DurableStorageException("Cannot write the closing checkpoint of " + dir + ": " + e.getMessage(), e);
    } finally {
      checkpointer.shutdown();
      wal.close();
      streams.close();
      lock.close();
    }
  }

  private void finishRunningCheckpoint() {
    Future<?> running = checkpoint;
    if (running == null) {
      return;
    }
    try {
      running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // a failed background checkpoint lost nothing: its log segments were kept; close retries
    }
  }
}
