package dev.keyway.bench.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First use in a fresh JVM: starts {@link FirstUse} in a new JVM per run (variants interleaved, same
 * class path, no JVM flags) and prints medians: from the moment the entity exists to the first converted
 * item (schema class loading and construction included; its minimum too), from the start of
 * {@code main} to the first item, and the whole process's wall time; with the ratio to BeanTableSchema.
 * Arguments: {@code [runs]} (default 10).
 */
public final class FirstUseBenchmark {
  private static final String[] VARIANTS = {"generated", "generated-aws", "static", "bean"};

  private FirstUseBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    Map<String, List<Double>> inMain = new LinkedHashMap<>();
    Map<String, List<Double>> mapping = new LinkedHashMap<>();
    Map<String, List<Double>> process = new LinkedHashMap<>();
    for (String v : VARIANTS) {
      inMain.put(v, new ArrayList<>());
      mapping.put(v, new ArrayList<>());
      process.put(v, new ArrayList<>());
    }
    for (int i = 0; i < runs; i++) {
      for (String v : VARIANTS) {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", classPath, FirstUse.class.getName(), v)
            .redirectErrorStream(true).start();
        String out = read(p);
        if (p.waitFor() != 0) {
          throw new IllegalStateException(v + " failed:\n" + out);
        }
        process.get(v).add((System.nanoTime() - start) / 1e6);
        String[] lines = out.trim().split("\n");
        String[] figures = lines[lines.length - 1].trim().split(" "); // the last line, after any SLF4J notice
        inMain.get(v).add(Double.parseDouble(figures[0]));
        mapping.get(v).add(Double.parseDouble(figures[1]));
      }
    }
    double beanMedian = median(mapping.get("bean"));
    System.out.printf("First use in a fresh JVM, %d runs each (ms, medians)%n", runs);
    System.out.printf("%-14s %14s %8s %9s %12s %9s%n", "variant", "entity->item", "min", "vs bean", "main->item",
        "process");
    for (String v : VARIANTS) {
      double m = median(mapping.get(v));
      System.out.printf(Locale.ROOT, "%-14s %14.2f %8.2f %8.1fx %12.2f %9.1f%n", v, m,
          Collections.min(mapping.get(v)), beanMedian / m, median(inMain.get(v)), median(process.get(v)));
    }
  }

  private static String read(Process p) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder sb = new StringBuilder();
      String line;
      while ((line = r.readLine()) != null) {
        sb.append(line).append('\n');
      }
      return sb.toString();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
