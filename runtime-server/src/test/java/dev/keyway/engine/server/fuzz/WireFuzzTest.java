package dev.keyway.engine.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.fuzz.Mutations.Mutant;
import dev.keyway.engine.server.fuzz.SeedRequests.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seeded, bounded fuzzing of the server over raw HTTP: for every operation, a valid request with
 * each member removed, nulled or mistyped, plus byte and structural damage. No answer may be an
 * internal error (HTTP 500), none may hang, and afterwards the server still answers and every
 * table still describes. Rerun a failure with {@code -Dkeyway.fuzz.seed=<printed seed>}. Cases
 * run in a seeded shuffled order within a time budget, so the test stays short on a busy machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireFuzzTest {
  private static final long DEFAULT_SEED = 20261130L;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** Time for sending; a loaded machine sends fewer cases rather than running long. */
  private static final Duration BUDGET = Duration.ofSeconds(15);

  private Engine engine;
  private KeywayServer server;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  @BeforeAll
  void start() throws Exception {
    engine = Engine.inMemory();
    server = KeywayServer.start(engine, config());
    assertThat(send("CreateTable", SeedRequests.TABLE_SETUP.getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(200);
    for (Seed seed : SeedRequests.ALL) {
      if (seed.operation().equals("PutItem")) {
        send("PutItem", seed.json().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void noInternalErrorsNoHangsAndTablesStayDescribable() throws Exception {
    long seed = Long.getLong("keyway.fuzz.seed", DEFAULT_SEED);
    String name = getClass().getSimpleName();
    System.out.println(name + " seed " + seed + " (rerun with -Dkeyway.fuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    List<Case> cases = cases(new Mutations(random));
    // Shuffled, so that a run cut short by the time budget still samples every operation.
    Collections.shuffle(cases, random);
    List<String> failures = new ArrayList<>();
    long began = System.nanoTime();
    long deadline = began + budget().toNanos();
    int sent = 0;
    long slowest = 0;
    String slowestCase = "";
    for (Case c : cases) {
      if (System.nanoTime() > deadline) {
        break;
      }
      sent++;
      long start = System.nanoTime();
      String failure = check(c.operation(), c.mutant());
      long took = System.nanoTime() - start;
      if (took > slowest) {
        slowest = took;
        slowestCase = c.operation() + " [" + c.mutant().label() + "]";
      }
      if (failure != null) {
        failures.add(failure);
      }
    }
    System.out.printf("%s sent %d of %d requests in %.1f s, %d failures; slowest %d ms: %s%n", name,
        sent, cases.size(), (System.nanoTime() - began) / 1e9, failures.size(), slowest / 1_000_000,
        slowestCase);
    assertThat(failures).as("requests answered with 500 or not answered (seed " + seed + ")").isEmpty();
    assertEveryTableDescribes();
  }

  /** The server under test: anonymous here. */
  ServerConfig config() {
    return ServerConfig.defaults(0);
  }

  Duration budget() {
    return BUDGET;
  }

  /** The headers of a request, Host excepted. */
  Map<String, String> headers(String endpoint, String operation, byte[] body) {
    return Map.of("Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "DynamoDB_20120810." + operation);
  }

  private record Case(String operation, Mutant mutant) {}

  /** Every seed's mutants, and the whole-body mutants once per operation. */
  private static List<Case> cases(Mutations mutations) {
    List<Case> cases = new ArrayList<>();
    Set<String> operations = new HashSet<>();
    for (Seed s : SeedRequests.ALL) {
      mutations.of(s.json()).forEach(m -> cases.add(new Case(s.operation(), m)));
      if (operations.add(s.operation())) {
        Mutations.whole().forEach(m -> cases.add(new Case(s.operation(), m)));
      }
    }
    return cases;
  }

  /** A description of what went wrong, or null when the answer was a proper one. */
  private String check(String operation, Mutant m) {
    try {
      HttpResponse<String> r = send(operation, m.body());
      if (r.statusCode() >= 500) {
        return operation + " [" + m.label() + "] -> " + r.statusCode() + " " + r.body() + " for "
            + abbreviate(new String(m.body(), StandardCharsets.UTF_8));
      }
      return null;
    } catch (Exception e) {
      return operation + " [" + m.label() + "] -> no answer: " + e;
    }
  }

  private void assertEveryTableDescribes() throws Exception {
    HttpResponse<String> list = send("ListTables", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(list.statusCode()).isEqualTo(200);
    String body = list.body();
    List<String> names = new ArrayList<>();
    int at = body.indexOf('[');
    for (String quoted : body.substring(at + 1, body.indexOf(']', at)).split(",")) {
      if (!quoted.isBlank()) {
        names.add(quoted.strip().replace("\"", ""));
      }
    }
    assertThat(names).contains("Fuzz");
    for (String name : names) {
      HttpResponse<String> d =
          send("DescribeTable", ("{\"TableName\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
      assertThat(d.statusCode()).as("DescribeTable " + name + ": " + d.body()).isEqualTo(200);
    }
    for (String operation : List.of("DescribeLimits", "ListTables")) {
      assertThat(send(operation, "{}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> send(String operation, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers(server.endpoint(), operation, body).forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String abbreviate(String s) {
    return s.length() <= 400 ? s : s.substring(0, 400) + "... (" + s.length() + " chars)";
  }
}
