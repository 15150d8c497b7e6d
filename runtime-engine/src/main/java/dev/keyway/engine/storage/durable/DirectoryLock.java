package dev.keyway.engine.storage.durable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one opener the owner of a data directory: an OS lock on its {@code LOCK} file, held until
 * close. Another process, or another engine in this JVM, gets a clear error naming the directory.
 */
final class DirectoryLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DirectoryLock acquire(Path dir) {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir.resolve(DataFiles.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DurableStorageException("Cannot open the lock file of data directory " + dir + ": " + e.getMessage(), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by another engine in this JVM
    } catch (IOException e) {
      close(channel);
      throw new DurableStorageException("Cannot lock data directory " + dir + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      close(channel);
      throw new DurableStorageException("Data directory " + dir
          + " is in use by another engine (in this or another process); only one may open it at a time");
    }
    return new DirectoryLock(channel, lock);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it anyway
    }
    close(channel);
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was written through it
    }
  }
}
