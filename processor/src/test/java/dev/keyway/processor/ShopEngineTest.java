package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Compiles the shop fixture with the processor and runs ShopRun (repositories, patterns) on the engine. */
class ShopEngineTest {
  @Test
  void repositoriesAndAccessPatternsWorkOnTheEngine() throws Exception {
    String[] sources = Arrays.copyOf(ShopModelTest.SHOP, ShopModelTest.SHOP.length + 2);
    sources[sources.length - 2] = "fixtures/shop/Score.java";
    sources[sources.length - 1] = "fixtures/shop/ShopRun.java";
    Compilation c = Fixtures.compileResources(sources);
    assertThat(c).succeededWithoutWarnings();
    Fixtures.run(c, "shop.ShopRun");
  }
}
