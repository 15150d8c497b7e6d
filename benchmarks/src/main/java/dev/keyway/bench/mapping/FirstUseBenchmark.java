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
 * class path, no JVM flags) and prints the median and minimum of the time from {@code main} to the
 * first converted item, plus the whole process's wall time, with the ratio to BeanTableSchema.
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
    Map<String, List<Double>> process = new LinkedHashMap<>();
    for (String v : VARIANTS) {
      inMain.put(v, new ArrayList<>());
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
        inMain.get(v).add(Double.parseDouble(out.trim()));
      }
    }
    double beanMedian = median(inMain.get("bean"));
    System.out.printf("First use in a fresh JVM, %d runs each (ms)%n", runs);
    System.out.printf("%-14s %12s %10s %14s %12s%n", "variant", "main->item", "min", "vs bean", "process");
    for (String v : VARIANTS) {
      double m = median(inMain.get(v));
      System.out.printf(Locale.ROOT, "%-14s %12.2f %10.2f %13.1fx %12.1f%n", v, m,
          Collections.min(inMain.get(v)), beanMedian / m, median(process.get(v)));
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
