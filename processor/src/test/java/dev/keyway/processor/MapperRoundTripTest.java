package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Compiles the types fixture and runs its RoundTrip against the generated Keys and Schema. */
class MapperRoundTripTest {
  @Test
  void everySupportedTypeRoundTrips() throws Exception {
    Compilation c = Fixtures.compileResources("fixtures/types/TypesTable.java", "fixtures/types/Money.java",
        "fixtures/types/MoneyConverter.java", "fixtures/types/Kind.java", "fixtures/types/Everything.java",
        "fixtures/types/RoundTrip.java");
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "types.RoundTrip");
  }
}
