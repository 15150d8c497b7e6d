package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.keyway.processor.EntityDiagnosticsTest.IMPORTS;
import static dev.keyway.processor.EntityDiagnosticsTest.TABLE;
import static dev.keyway.processor.Fixtures.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.keyway.processor.diag.Msg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

class GeneralDiagnosticsTest {

  /** Generates t.Money in its first round, as another processor would. */
  static final class MoneyGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("t.Money").openWriter()) {
          w.write("package t;\npublic record Money(java.math.BigDecimal amount, String currency) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final String USES_MONEY = IMPORTS
      + "@Entity(table = ShopTable.class, pk = \"P#{id}\", sk = \"P\")\nrecord Price(String id, Money price) {}\n";

  @Test
  void typeGeneratedInALaterRoundIsWaitedFor() {
    Compilation c = javac().withProcessors(new KeywayProcessor(), new MoneyGenerator()).compile(
        JavaFileObjects.forSourceString("t.ShopTable", TABLE), JavaFileObjects.forSourceString("t.Price", USES_MONEY));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("t.PriceSchema").contentsAsUtf8String().contains("writeMoney");
  }

  @Test
  void typeNeverGeneratedIsReportedInTheLastRound() {
    Compilation c = Fixtures.compile("t/ShopTable.java", TABLE, "t/Price.java", USES_MONEY);
    assertThat(c).hadErrorContaining("cannot find symbol"); // javac's own error
    assertError(c, "Price.java", Msg.TYPE_NOT_FOUND,
        "Type Money used by Price could not be resolved after all annotation processing rounds; check its import and "
            + "spelling.",
        "record Price(");
  }

  @Test
  void internalErrorIsReportedOnTheEntityAndOthersGoOn() {
    Compilation c = javac().withProcessors(new KeywayProcessor()).withOptions("-Akeyway.test.failOn=t.Bad").compile(
        JavaFileObjects.forSourceString("t.ShopTable", TABLE),
        JavaFileObjects.forSourceString("t.Bad", IMPORTS
            + "@Entity(table = ShopTable.class, pk = \"B#{id}\", sk = \"B\")\nrecord Bad(String id) {}\n"),
        JavaFileObjects.forSourceString("t.Good", IMPORTS
            + "@Entity(table = ShopTable.class, pk = \"G#{id}\", sk = \"G\")\nrecord Good(String id) {}\n"),
        JavaFileObjects.forSourceString("t.Use", "package t;\nclass Use { String k = GoodKeys.pk(\"x\"); }\n"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[" + Msg.INTERNAL_ERROR.id() + "] Internal error while processing t.Bad: "
        + "java.lang.IllegalStateException: failure requested by -Akeyway.test.failOn. Please report it")
        .inFile(Fixtures.source(c, "Bad.java")).onLineContaining("record Bad(");
    // Use.java compiles (no second error), so GoodKeys was generated despite the failure on Bad.
  }
}
