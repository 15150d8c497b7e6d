package dev.keyway.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evidence that misuse does not compile: each snippet is compiled with javac against the runtime
 * classes, and must fail (or, for the control snippet, succeed).
 */
class TypeSafetyTest {
  private static final String PRELUDE =
      "import dev.keyway.expr.*; import java.math.BigDecimal; import java.util.*;\n"
          + "class S%d { enum St { A } void t() {\n"
          + "StringPath name = Paths.string(\"name\");\n"
          + "NumberPath<BigDecimal> total = Paths.number(\"total\", BigDecimal.class);\n"
          + "BooleanPath active = Paths.bool(\"active\");\n"
          + "BinaryPath data = Paths.binary(\"data\");\n"
          + "SetPath<String> tags = Paths.stringSet(\"tags\");\n"
          + "ListPath<String> lines = Paths.list(\"lines\", String.class);\n"
          + "MapPath address = Paths.map(\"address\");\n"
          + "ConvertedPath<St> status = Paths.enumeration(\"status\", St.class);\n";

  private static final Map<String, String> MUST_NOT_COMPILE = new LinkedHashMap<>();

  static {
    MUST_NOT_COMPILE.put("add on a string", "name.add(1);");
    MUST_NOT_COMPILE.put("add on a boolean", "active.add(1);");
    MUST_NOT_COMPILE.put("add on a list", "lines.add(List.of(\"x\"));");
    MUST_NOT_COMPILE.put("delete on a number", "total.delete(1);");
    MUST_NOT_COMPILE.put("delete on a list", "lines.delete(\"x\");");
    MUST_NOT_COMPILE.put("listAppend on a set", "tags.listAppend(List.of(\"x\"));");
    MUST_NOT_COMPILE.put("listAppend on a string", "name.listAppend(List.of(\"x\"));");
    MUST_NOT_COMPILE.put("size on a number", "total.size();");
    MUST_NOT_COMPILE.put("size on a boolean", "active.size();");
    MUST_NOT_COMPILE.put("beginsWith on a number", "total.beginsWith(\"1\");");
    MUST_NOT_COMPILE.put("beginsWith on a set", "tags.beginsWith(\"x\");");
    MUST_NOT_COMPILE.put("contains on a number", "total.contains(1);");
    MUST_NOT_COMPILE.put("contains on a map", "address.contains(\"x\");");
    MUST_NOT_COMPILE.put("lt on a boolean", "active.lt(true);");
    MUST_NOT_COMPILE.put("lt on a set", "tags.lt(Set.of(\"a\"));");
    MUST_NOT_COMPILE.put("string compared with number", "name.eq(1);");
    MUST_NOT_COMPILE.put("number compared with string", "total.gt(\"1\");");
    MUST_NOT_COMPILE.put("string path compared with number path", "name.eq(total);");
    MUST_NOT_COMPILE.put("string compared with size", "name.gt(name.size());");
    MUST_NOT_COMPILE.put("enum path given a string", "status.eq(\"A\");");
    MUST_NOT_COMPILE.put("set string to number", "total.set(\"x\");");
    MUST_NOT_COMPILE.put("set string from arithmetic", "name.set(total.plus(1));");
    MUST_NOT_COMPILE.put("chained arithmetic", "total.set(total.plus(1).plus(2));");
    MUST_NOT_COMPILE.put("wrong set element", "tags.add(1);");
    MUST_NOT_COMPILE.put("partition key on a boolean", "KeyCondition.partitionKey(active, true);");
    MUST_NOT_COMPILE.put("partition key value of wrong type", "KeyCondition.partitionKey(name, 1);");
    MUST_NOT_COMPILE.put("begins_with on a number sort key",
        "SortKeyCondition.beginsWith(total, 1);");
    MUST_NOT_COMPILE.put("two sort key conditions",
        "KeyCondition.partitionKey(name, \"a\").and(SortKeyCondition.eq(data, new byte[0]))"
            + ".and(SortKeyCondition.eq(data, new byte[0]));");
    MUST_NOT_COMPILE.put("key condition with a plain condition",
        "KeyCondition.partitionKey(name, \"a\").and(name.ne(\"b\"));");
  }

  private static final String MUST_COMPILE = String.join("\n",
      "name.eq(\"a\").and(total.gt(1)).or(active.eq(true)).not();",
      "total.gt(name.size()); total.between(1, 2.5); tags.contains(\"x\"); lines.contains(\"y\");",
      "data.beginsWith(new byte[] {1}); name.beginsWith(\"p\"); address.string(\"city\").eq(\"x\");",
      "Update u = Update.of(total.add(1), tags.add(\"a\"), tags.delete(\"b\"),",
      "    lines.listAppend(List.of(\"z\")), name.remove(), status.set(St.A));",
      "u = u.set(total, total.ifNotExists(0).plus(1));",
      "KeyCondition k = KeyCondition.partitionKey(name, \"p\")",
      "    .and(SortKeyCondition.beginsWith(data, new byte[] {1}));",
      "Projection.of(name, total, lines.at(1));");

  private static JavaCompiler compiler;
  private static String classpath;

  @BeforeAll
  static void setUp() throws Exception {
    compiler = ToolProvider.getSystemJavaCompiler();
    classpath = new File(Paths.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getPath();
  }

  @Test
  void misuseDoesNotCompile() {
    List<String> snippets = new ArrayList<>(MUST_NOT_COMPILE.values());
    snippets.add(MUST_COMPILE);
    Map<Integer, List<String>> errors = compile(snippets);
    List<String> compiledAnyway = new ArrayList<>();
    int i = 0;
    for (String label : MUST_NOT_COMPILE.keySet()) {
      if (!errors.containsKey(i++)) {
        compiledAnyway.add(label);
      }
    }
    assertThat(compiledAnyway).as("snippets that should not compile").isEmpty();
    assertThat(errors.get(snippets.size() - 1)).as("errors in the control snippet").isNull();
  }

  /** Compiles each snippet as its own class; returns errors by snippet index. */
  private static Map<Integer, List<String>> compile(List<String> snippets) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      String code = String.format(PRELUDE, i) + snippets.get(i) + "\n}}\n";
      sources.add(new Source("S" + i, code));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    File out = new File(System.getProperty("java.io.tmpdir"), "keyway-typesafety-" + ProcessHandle.current().pid());
    out.mkdirs();
    compiler.getTask(null, null, diagnostics,
            List.of("-classpath", classpath, "-d", out.getPath(), "-proc:none"), null, sources)
        .call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() != null)
        .collect(Collectors.groupingBy(
            d -> Integer.parseInt(((Source) d.getSource()).className.substring(1)),
            Collectors.mapping(d -> d.getMessage(null), Collectors.toList())));
  }

  private static final class Source extends SimpleJavaFileObject {
    final String className;
    final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.className = className;
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
