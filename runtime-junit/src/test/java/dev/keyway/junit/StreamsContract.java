package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.api.StreamReader;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.streams.OperationType;
import dev.keyway.spi.Backend;
import dev.keyway.spi.StreamsBackend;
import org.junit.jupiter.api.Test;

/** What every target gives a test that reads a table's changes: the Streams API of its backend. */
abstract class StreamsContract {
  Events events;
  Backend backend;
  StreamsBackend streams;

  @Test
  void readsTheTablesChangesThroughTheInjectedStreamsApi() {
    String arn = backend.describeTable(new DescribeTableRequest("Events")).table().latestStreamArn();
    StreamReader reader = StreamReader.fromLatest(streams, arn);
    assertThat(reader.poll(10)).isEmpty();
    events.events().put(new Event("e1", "hello"));
    assertThat(reader.poll(10)).singleElement().satisfies(record -> {
      assertThat(record.eventName()).isEqualTo(OperationType.INSERT);
      assertThat(record.dynamodb().newImage()).containsEntry("text", AttributeValue.s("hello"));
    });
  }
}
