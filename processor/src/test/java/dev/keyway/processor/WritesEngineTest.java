package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Compiles the notes fixture and runs WritesRun on the engine: upserts and counters, versions checked on
 * partial updates and deletes (and in transactions), @CreatedAt/@UpdatedAt, defaults and aliases.
 */
class WritesEngineTest {
  @Test
  void writesUsersExpectWorkOnTheEngine() throws Exception {
    Compilation c = Fixtures.compileResources("fixtures/writes/NotesTable.java", "fixtures/writes/Counter.java",
        "fixtures/writes/Tier.java", "fixtures/writes/Profile.java", "fixtures/writes/WritesRun.java");
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "writes.WritesRun");
  }
}
