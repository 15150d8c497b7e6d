package dev.keyway.engine.storage.durable;

import static dev.keyway.engine.Fixtures.pkOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.DescribeTableRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing child JVM ({@link CrashLoad}) with SIGKILL at random moments, 50 times, and after
 * each kill recovers the directory and checks it against what the child acknowledged: every
 * acknowledged write is there, the write in flight is whole or absent (a transaction all or
 * nothing; a batch, not atomic, item by item), and the GSI equals a rebuild from the table.
 */
class CrashTest {
  private static final int KILLS = 50;

  @TempDir Path root;
  private final Map<String, Map<String, AttributeValue>> model = new HashMap<>();
  private boolean indexAcknowledged;
  private long acknowledged;
  private long refused;
  private int inFlightApplied;

  @Test
  void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
    Path dir = root.resolve("data");
    try (Engine engine = Engine.open(dir)) {
      engine.createTable(pkOnly(CrashLoad.TABLE));
    }
    Random random = new Random(42);
    long started = System.nanoTime();
    for (int run = 0; run < KILLS; run++) {
      Durability mode = run % 2 == 0 ? Durability.NONE : Durability.GROUP;
      List<String> lines = runAndKill(dir, random.nextLong(), mode, 50 + random.nextInt(600), run);
      check(dir, lines, run);
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.out.printf("CrashTest: %d kills, %d acknowledged writes checked, %d refused, "
        + "%d in-flight writes found applied, %d items at the end, %d s%n",
        KILLS, acknowledged, refused, inFlightApplied, model.size(), seconds);
    assertThat(acknowledged).isGreaterThan(KILLS);
    assertThat(indexAcknowledged).isTrue();
  }

  private List<String> runAndKill(Path dir, long seed, Durability mode, int killAfterMillis, int run)
      throws Exception {
    Path errors = root.resolve("child-" + run + ".err");
    // a file, not a pipe: every line the child wrote before SIGKILL is in it, with none lost to a
    // race between the JVM's pipe draining at process exit and a reader thread
    Path output = root.resolve("child-" + run + ".out");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        CrashLoad.class.getName(), dir.toString(), Long.toString(seed), mode.name())
        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.readString(output).contains("READY\n") && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(Files.readString(output)).as("child ready; stderr: %s", Files.readString(errors)).contains("READY\n");
    Thread.sleep(killAfterMillis);
    assertThat(child.isAlive()).as("child still writing; stderr: %s", Files.readString(errors)).isTrue();
    child.destroyForcibly(); // SIGKILL
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(output, StandardCharsets.US_ASCII);
    List<String> lines = new ArrayList<>(List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n")));
    lines.remove("READY"); // a kill can cut the last line: only whole lines count
    return lines;
  }

  private void check(Path dir, List<String> lines, int run) {
    String pending = null;
    for (String line : lines) {
      if (line.startsWith("STATE ")) {
        assertThat(Long.parseLong(line.substring(6))).as("run %d: what the child recovered", run)
            .isEqualTo(CrashLoad.fingerprint(new ArrayList<>(model.values())));
      } else if (line.startsWith("DO ")) {
        pending = line.substring(3);
      } else if (line.equals("OK")) {
        apply(model, pending);
        acknowledged++;
        pending = null;
      } else if (line.equals("FAIL")) {
        refused++;
        pending = null;
      }
    }
    try (Engine engine = Engine.open(dir)) {
      Map<String, Map<String, AttributeValue>> actual = new HashMap<>();
      for (Map<String, AttributeValue> item : EngineState.scan(engine, CrashLoad.TABLE, null)) {
        actual.put(item.get("PK").toString(), item);
      }
      try {
        checkItems(actual, pending, run);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\nchild output of this run:\n" + String.join("\n", lines), e);
      }
      boolean indexed = engine.describeTable(new DescribeTableRequest(CrashLoad.TABLE)).table()
          .globalSecondaryIndexes() != null;
      assertThat(indexed || !indexAcknowledged).as("run %d: acknowledged GSI present", run).isTrue();
      if (indexed) {
        List<Map<String, AttributeValue>> rebuilt = new ArrayList<>();
        actual.values().stream().filter(i -> i.containsKey("g")).forEach(rebuilt::add);
        List<Map<String, AttributeValue>> entries = EngineState.scan(engine, CrashLoad.TABLE, CrashLoad.INDEX);
        assertThat(entries).as("run %d: GSI equals a rebuild from the table", run)
            .hasSameSizeAs(rebuilt).containsExactlyInAnyOrderElementsOf(rebuilt);
      }
      indexAcknowledged = indexed;
      model.clear();
      model.putAll(actual);
    }
  }

  /** The state must be the acknowledged model, or the model plus the write in flight. */
  private void checkItems(Map<String, Map<String, AttributeValue>> actual, String pending, int run) {
    if (actual.equals(model)) {
      return;
    }
    assertThat(pending).as("run %d: state differs with no write in flight", run).isNotNull();
    Map<String, Map<String, AttributeValue>> after = new HashMap<>(model);
    apply(after, pending);
    if (pending.startsWith("B ")) { // each write of a batch is its own commit
      for (String key : union(actual.keySet(), after.keySet(), model.keySet())) {
        assertThat(actual.get(key)).as("run %d: key %s after batch %s", run, key, pending)
            .isIn(model.get(key), after.get(key));
      }
    } else {
      assertThat(actual).as("run %d: in-flight %s whole or absent", run, pending).isEqualTo(after);
    }
    inFlightApplied++;
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b, java.util.Set<String> c) {
    java.util.Set<String> all = new HashSet<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }

  private static void apply(Map<String, Map<String, AttributeValue>> state, String op) {
    if (op.equals("G")) {
      return;
    }
    String[] kind = op.split(" ", 2);
    if (kind[0].equals("B") || kind[0].equals("T")) {
      for (String part : kind[1].split("\\|")) {
        apply(state, part.startsWith("C") ? part.substring(1) : part);
      }
      return;
    }
    String[] p = op.split(" ");
    String key = AttributeValue.s(p[1]).toString();
    if (p[0].equals("D")) {
      state.remove(key);
    } else {
      state.put(key, CrashLoad.item(p));
    }
  }
}
