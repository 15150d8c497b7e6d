package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.spi.Backend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@KeywayTest(tables = {Notes.class, Counters.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InProcessTargetTest {
  private static final List<Backend> SEEN = new ArrayList<>();

  Notes notes;
  Counters counters;
  Backend backend;

  @BeforeEach
  void injectedBeforeThis(Notes fromParameter) {
    assertThat(notes).isNotNull();
    assertThat(fromParameter.backend()).isSameAs(backend);
  }

  @Test
  @Order(1)
  void tablesAreCreatedAndFacadesShareTheTestsEngine() {
    SEEN.add(backend);
    assertThat(backend).isInstanceOf(Engine.class);
    assertThat(notes.backend()).isSameAs(backend);
    assertThat(counters.backend()).isSameAs(backend);
    assertThat(backend.listTables(ListTablesRequest.builder().build()).tableNames())
        .containsExactly("Counters", "Notes");
    notes.notes().put(new Note("ada", "1", "engines"));
    counters.counters().put(new Counter("visits", 3));
    assertThat(notes.noteQueries().notesOf("ada")).hasSize(1);
  }

  @Test
  @Order(2)
  void theNextTestGetsAFreshEngine(Notes parameter, Backend backendParameter) {
    SEEN.add(backend);
    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(1)).isNotSameAs(SEEN.get(0));
    assertThat(backendParameter).isSameAs(backend);
    assertThat(parameter.noteQueries().notesOf("ada")).isEmpty();
    assertThat(counters.counterQueries().counter("visits")).isEmpty();
  }

  @Nested
  class NestedClasses {
    @Test
    void useTheEnclosingDeclaration(Counters parameter) {
      assertThat(parameter.backend()).isSameAs(backend).isInstanceOf(Engine.class);
      assertThat(parameter.counterQueries().counter("visits")).isEmpty();
    }
  }
}
