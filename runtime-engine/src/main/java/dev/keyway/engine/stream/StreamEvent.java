package dev.keyway.engine.stream;

import dev.keyway.ops.KeySchemaElement;
import dev.keyway.ops.StreamViewType;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link StreamJournal} keeps of the streams, in order: a stream opened, a record added,
 * a stream closed. Replaying the events rebuilds the streams as they were.
 */
public sealed interface StreamEvent {
  /** The stream's ARN. */
  String arn();

  record Opened(String arn, String label, String tableName, List<KeySchemaElement> keySchema,
      StreamViewType viewType, Instant created, long startingSequence) implements StreamEvent {
    public Opened {
      keySchema = List.copyOf(keySchema);
    }
  }

  record Recorded(String arn, ChangeRecord record) implements StreamEvent {}

  record Closed(String arn, Instant at, long lastSequence) implements StreamEvent {}
}
