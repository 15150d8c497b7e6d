package dev.keyway.engine.stream;

import java.time.Instant;
import java.util.List;

/**
 * Where a durable engine keeps its streams across restarts. {@link StreamLog} appends each event
 * under the committer's sequencer, after the commit that caused it was logged and applied; on open
 * it replays {@link #history}, which holds at least every event of streams still retained.
 */
public interface StreamJournal {
  /** Keeps nothing: streams of an in-memory engine. */
  StreamJournal NONE = new StreamJournal() {
    @Override
    public List<StreamEvent> history(Instant retainedSince) {
      return List.of();
    }

    @Override
    public void append(StreamEvent event, Instant retainedSince) {}
  };

  /** The events kept, in order; events of streams and records older than the horizon may be gone. */
  List<StreamEvent> history(Instant retainedSince);

  /**
   * Keeps one more event; {@code retainedSince} is the retention horizon now, before which a
   * journal that compacts itself may drop events (as {@link #history} may).
   */
  void append(StreamEvent event, Instant retainedSince);
}
