package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A model of 200 entities compiles cleanly; prints the processor's own time and the whole compilation's
 * (reported, never asserted). Slow on a shared machine, so it runs with {@code -Dkeyway.scale=true}.
 */
@EnabledIfSystemProperty(named = "keyway.scale", matches = "true")
class ProcessorScaleTest {
  /** Times the processor's rounds. */
  static final class Timed extends AbstractProcessor {
    final KeywayProcessor inner = new KeywayProcessor();
    long nanos;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      inner.init(env);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return inner.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return inner.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return inner.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      long start = System.nanoTime();
      try {
        return inner.process(annotations, round);
      } finally {
        nanos += System.nanoTime() - start;
      }
    }
  }

  @Test
  void twoHundredEntities() {
    List<String> files = new ArrayList<>();
    files.add("big/BigTable.java");
    files.add("package big;\nimport dev.keyway.annotation.*;\n@Table(name = \"Big\", globalIndexes =\n"
        + "  @GlobalIndex(name = \"GSI1\", partitionKey = \"GSI1PK\", sortKey = \"GSI1SK\"))\ninterface BigTable {}\n");
    for (int i = 0; i < 200; i++) {
      files.add("big/E" + i + ".java");
      files.add("package big;\nimport dev.keyway.annotation.*;\n"
          + "@Entity(table = BigTable.class, pk = \"E" + i + "#{id}\", sk = \"AT#{at}#{seq}\")\n"
          + "@IndexKey(index = \"GSI1\", pk = \"E" + i + "#{owner}\", sk = \"{at}\")\n"
          + "record E" + i + "(String id, java.time.Instant at, long seq, String owner, java.math.BigDecimal amount,\n"
          + "  boolean flag, java.util.List<String> tags, java.util.Map<String, String> attrs, int count,\n"
          + "  String note) {}\n");
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < files.size(); i += 2) {
      sources.add(JavaFileObjects.forSourceString(files.get(i).replace(".java", "").replace('/', '.'), files.get(i + 1)));
    }
    Timed timed = new Timed();
    long start = System.nanoTime();
    Compilation c = javac().withProcessors(timed).compile(sources);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(c).succeededWithoutWarnings();
    System.out.println("[scale] 200 entities: processor " + timed.nanos / 1_000_000 + " ms of a " + millis
        + " ms compilation (which also compiles the 1000+ generated classes)");
  }
}
