package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.keyway.processor.diag.Msg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/** Compiles small fixtures with the processor and asserts on diagnostics. */
final class Fixtures {
  private Fixtures() {}

  /** Compiles sources given as "pkg/Name.java" -> text pairs (path, text, path, text, ...). */
  static Compilation compile(String... pathsAndTexts) {
    List<JavaFileObject> files = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      String path = pathsAndTexts[i];
      String name = path.replace(".java", "").replace('/', '.');
      files.add(JavaFileObjects.forSourceString(name, pathsAndTexts[i + 1]));
    }
    return javac().withProcessors(new KeywayProcessor()).withOptions("-Xlint:all,-processing").compile(files);
  }

  /** Compiles fixture resources, e.g. "fixtures/shop/Order.java". */
  static Compilation compileResources(String... resources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String r : resources) {
      files.add(JavaFileObjects.forResource(r));
    }
    return javac().withProcessors(new KeywayProcessor()).withOptions("-Xlint:all,-processing").compile(files);
  }

  /** Asserts exactly one error: its ID and full text, its file, and the line it points at. */
  static void assertSingleError(Compilation c, String file, Msg msg, String text, String lineFragment) {
    assertThat(c).hadErrorCount(1);
    assertError(c, file, msg, text, lineFragment);
  }

  static void assertError(Compilation c, String file, Msg msg, String text, String lineFragment) {
    String full = "[" + msg.id() + "] " + text;
    assertThat(c).hadErrorContaining(full).inFile(source(c, file)).onLineContaining(lineFragment);
  }

  static JavaFileObject source(Compilation c, String file) {
    return c.sourceFiles().stream().filter(f -> f.toUri().getPath().endsWith(file)).findFirst()
        .orElseThrow(() -> new AssertionError("no source " + file));
  }

  /** Loads the classes of a successful compilation (sources and generated code). */
  static ClassLoader load(Compilation c) {
    return new ClassLoader(Fixtures.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = "/" + name.replace('.', '/') + ".class";
        Optional<JavaFileObject> file = c.generatedFiles().stream()
            .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS && f.toUri().getPath().endsWith(path))
            .findFirst();
        if (file.isEmpty()) {
          throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.get().openInputStream()) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          in.transferTo(bytes);
          byte[] b = bytes.toByteArray();
          return defineClass(name, b, 0, b.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** Runs {@code className} (a Runnable in the fixture) against the compiled code. */
  static void run(Compilation c, String className) throws Exception {
    Class<?> type = load(c).loadClass(className);
    ((Runnable) type.getDeclaredConstructor().newInstance()).run();
  }
}
