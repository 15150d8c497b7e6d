package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@KeywayTest(tables = {Notes.class, Counters.class}, target = TestTarget.SERVER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerTargetTest {
  private static Backend first;

  Notes notes;
  Counters counters;
  Backend backend;
  Engine engine;

  @Test
  @Order(1)
  void runsOverHttpThroughTheSdk() {
    first = backend;
    assertThat(backend).isInstanceOf(AwsBackend.class);
    assertThat(((AwsBackend) backend).client().serviceClientConfiguration().endpointOverride())
        .hasValueSatisfying(uri -> assertThat(uri.getHost()).isEqualTo("127.0.0.1"));
    for (int i = 0; i < 30; i++) {
      notes.notes().put(new Note("ada", Integer.toString(i), "note " + i));
    }
    counters.counters().put(new Counter("visits", 3));
    assertThat(notes.noteQueries().notesOf("ada")).hasSize(30);
    assertThat(Notes.connect(engine).noteQueries().notesOf("ada")).as("the engine behind the server").hasSize(30);
  }

  @Test
  @Order(2)
  void tablesAreEmptiedBetweenTests() {
    assertThat(backend).isSameAs(first);
    assertThat(notes.noteQueries().notesOf("ada")).isEmpty();
    assertThat(counters.counterQueries().counter("visits")).isEmpty();
    notes.notes().put(new Note("bob", "1", "still writable"));
    assertThat(notes.noteQueries().notesOf("bob")).extracting(Note::text).isEqualTo(List.of("still writable"));
  }
}
