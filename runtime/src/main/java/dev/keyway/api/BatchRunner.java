package dev.keyway.api;

import dev.keyway.error.ProvisionedThroughputExceededException;
import dev.keyway.error.ThrottlingException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.BatchGetItemRequest;
import dev.keyway.ops.BatchGetItemResponse;
import dev.keyway.ops.BatchWriteItemRequest;
import dev.keyway.ops.BatchWriteItemResponse;
import dev.keyway.ops.KeysAndAttributes;
import dev.keyway.ops.WriteRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs BatchGetItem / BatchWriteItem on one table in chunks of 100 keys / 25 writes, resending
 * UnprocessedKeys / UnprocessedItems with exponential backoff (base delay doubled per attempt, with
 * jitter, capped at 2 s) until done or {@code maxAttempts} is reached ({@link BatchIncompleteException}).
 * A batch refused as a whole for capacity (ProvisionedThroughputExceededException or
 * ThrottlingException: none of its items could go ahead) is resent the same way.
 */
public final class BatchRunner {
  static final int GET_CHUNK = 100;
  static final int WRITE_CHUNK = 25;

  /** Sleeps between attempts; replaceable in tests. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private final Backend backend;
  private final String table;
  private final int maxAttempts;
  private final long baseDelayMillis;
  private final Sleeper sleeper;

  public BatchRunner(Backend backend, String table, int maxAttempts, long baseDelayMillis, Sleeper sleeper) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.backend = backend;
    this.table = table;
    this.maxAttempts = maxAttempts;
    this.baseDelayMillis = baseDelayMillis;
    this.sleeper = sleeper;
  }

  /** The default: 8 attempts, 25 ms base delay. */
  public static BatchRunner defaults(Backend backend, String table) {
    return new BatchRunner(backend, table, 8, 25, Thread::sleep);
  }

  /** Reads the items with these keys (absent ones are simply missing from the result). */
  public List<Map<String, AttributeValue>> get(List<Map<String, AttributeValue>> keys, boolean consistentRead) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += GET_CHUNK) {
      List<Map<String, AttributeValue>> pending = keys.subList(i, Math.min(keys.size(), i + GET_CHUNK));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        if (attempt > 1) {
          backoff(attempt, pending.size());
        }
        KeysAndAttributes ka = KeysAndAttributes.builder().keys(pending).consistentRead(consistentRead ? true : null)
            .build();
        BatchGetItemResponse r;
        try {
          r = backend.batchGetItem(BatchGetItemRequest.builder()
              .requestItems(Map.of(table, ka)).build());
        } catch (ProvisionedThroughputExceededException | ThrottlingException throttled) {
          continue; // nothing was read: back off and ask for them all again
        }
        if (r.responses() != null && r.responses().get(table) != null) {
          out.addAll(r.responses().get(table));
        }
        KeysAndAttributes left = r.unprocessedKeys() == null ? null : r.unprocessedKeys().get(table);
        pending = left == null || left.keys() == null ? List.of() : left.keys();
      }
    }
    return out;
  }

  /** Runs these put and delete requests. */
  public void write(List<WriteRequest> writes) {
    for (int i = 0; i < writes.size(); i += WRITE_CHUNK) {
      List<WriteRequest> pending = writes.subList(i, Math.min(writes.size(), i + WRITE_CHUNK));
      for (int attempt = 1; !pending.isEmpty(); attempt++) {
        if (attempt > 1) {
          backoff(attempt, pending.size());
        }
        BatchWriteItemResponse r;
        try {
          r = backend.batchWriteItem(BatchWriteItemRequest.builder()
              .requestItems(Map.of(table, List.copyOf(pending))).build());
        } catch (ProvisionedThroughputExceededException | ThrottlingException throttled) {
          continue; // nothing was written: back off and send them all again
        }
        List<WriteRequest> left = r.unprocessedItems() == null ? null : r.unprocessedItems().get(table);
        pending = left == null ? List.of() : left;
      }
    }
  }

  private void backoff(int attempt, int remaining) {
    if (attempt > maxAttempts) {
      throw new BatchIncompleteException(remaining, maxAttempts);
    }
    long delay = Math.min(2000, baseDelayMillis << Math.min(20, attempt - 2));
    long jittered = delay / 2 + (long) (Math.random() * (delay / 2 + 1));
    try {
      sleeper.sleep(jittered);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BatchIncompleteException(remaining, attempt - 1);
    }
  }
}
