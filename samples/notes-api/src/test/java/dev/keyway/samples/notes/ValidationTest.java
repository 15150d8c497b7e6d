package dev.keyway.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.keyway.api.Cursor;
import dev.keyway.engine.Engine;
import dev.keyway.model.AttributeValue;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad requests get a status and {@code {"error": "..."}} saying what is wrong; never a stack trace. */
class ValidationTest {
  private final RunningApi api = new RunningApi(Engine.inMemory());

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void badBodies() {
    assertError(400, "body is not valid JSON", api.post("ann", "/notes", "{\"text\": "));
    assertError(400, "a JSON body is required", api.post("ann", "/notes", null));
    assertError(400, "body must be a JSON object", api.post("ann", "/notes", "[1, 2]"));
    assertError(400, "body must be a JSON object", api.post("ann", "/notes", "null"));
    assertError(400, "unknown field 'title'", api.post("ann", "/notes", "{\"title\":\"x\",\"text\":\"y\"}"));
    assertError(400, "field 'tags' has the wrong type", api.post("ann", "/notes", "{\"text\":\"y\",\"tags\":{}}"));
    assertError(400, "body is larger than 65536 bytes", api.post("ann", "/notes", "{\"text\":\"" + "x".repeat(70_000) + "\"}"));
  }

  @Test
  void badFields() {
    assertError(400, "field 'text' is required", api.post("ann", "/notes", "{\"tags\":[\"a\"]}"));
    assertError(400, "field 'text' is required", api.post("ann", "/notes", "{\"text\":\"  \"}"));
    assertError(400, "field 'text' is longer than 2000 characters", api.post("ann", "/notes", note("x".repeat(2001))));
    assertEquals(201, api.post("ann", "/notes", note("x".repeat(2000))).status());
    assertError(400, "tag 'Work!' must be 1 to 32 lower-case letters, digits or '-'",
        api.post("ann", "/notes", "{\"text\":\"t\",\"tags\":[\"Work!\"]}"));
    assertError(400, "at most 10 tags", api.post("ann", "/notes",
        "{\"text\":\"t\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}"));
    assertError(400, "field 'name' must be 1 to 100 characters", api.put("ann", "/me", "{\"name\":\"\"}"));
  }

  @Test
  void theUserHeader() {
    String message = "header X-User-Id must be 1 to 64 letters, digits, '.', '_' or '-'";
    assertError(400, message, api.get(null, "/notes"));
    assertError(400, message, api.get("ann#1", "/notes"));
    assertError(400, message, api.post("a".repeat(65), "/notes", note("t")));
  }

  @Test
  void badQueries() {
    assertError(400, "limit must be a number from 1 to 100", api.get("ann", "/notes?limit=0"));
    assertError(400, "limit must be a number from 1 to 100", api.get("ann", "/notes?limit=ten"));
    assertError(400, "tag 'A B' must be 1 to 32 lower-case letters, digits or '-'", api.get("ann", "/notes?tag=A%20B"));
    assertError(400, "cursor is not one this service returned", api.get("ann", "/notes?cursor=not-a-cursor"));
  }

  @Test
  void aCursorOnlyPagesTheListingItCameFrom() {
    api.create("bob", "one", "work");
    api.create("bob", "two", "work");
    String bobs = api.get("bob", "/notes?limit=1").text("next");
    String bobsWork = api.get("bob", "/notes?tag=work&limit=1").text("next");

    assertError(400, "cursor belongs to another listing", api.get("ann", "/notes?cursor=" + bobs));
    assertError(400, "cursor belongs to another listing", api.get("ann", "/notes?tag=work&cursor=" + bobsWork));
    assertError(400, "cursor belongs to another listing", api.get("bob", "/notes?tag=work&cursor=" + bobs));
    assertEquals(1, api.get("bob", "/notes?cursor=" + bobs).body().get("notes").size());

    String forged = Cursor.of(Map.of("PK", AttributeValue.s("USER#bob"))).token();   // bob's partition, no sort key
    assertError(400, "cursor is not one this service returned", api.get("bob", "/notes?cursor=" + forged));
  }

  @Test
  void unknownNotesRoutesAndMethods() {
    assertError(404, "no note 20250301T100001000-abcdef", api.get("ann", "/notes/20250301T100001000-abcdef"));
    assertError(404, "no note nothing", api.delete("ann", "/notes/nothing"));
    assertError(404, "no route /notes/a/b", api.get("ann", "/notes/a/b"));
    assertError(404, "no route /", api.get("ann", "/"));
    RunningApi.Reply put = api.put("ann", "/notes", note("t"));
    assertError(405, "PUT is not allowed here; use GET, POST", put);
    assertEquals("GET, POST", put.headers().firstValue("Allow").orElseThrow());
    assertError(405, "POST is not allowed here; use GET, DELETE", api.post("ann", "/notes/x", note("t")));
    assertError(405, "DELETE is not allowed here; use GET, PUT", api.delete("ann", "/me"));
  }

  @Test
  void anUnexpectedFailureIsA500WithoutDetails() {
    Interceptor failingQueries = new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        if (chain.operation().name().equals("Query")) {
          throw new IllegalStateException("disk on fire");
        }
        return chain.proceed(chain.request());
      }
    };
    try (RunningApi failing = new RunningApi(Interceptors.of(failingQueries).wrap(Engine.inMemory()))) {
      assertError(500, "internal error", failing.get("ann", "/notes"));
      assertEquals(201, failing.post("ann", "/notes", note("writes still work")).status());
    }
  }

  private static String note(String text) {
    return JsonNodeFactory.instance.objectNode().put("text", text).toString();
  }

  private static void assertError(int status, String message, RunningApi.Reply reply) {
    assertEquals(status, reply.status(), () -> "status of " + reply);
    assertEquals("application/json", reply.headers().firstValue("Content-Type").orElse(null));
    assertEquals(JsonNodeFactory.instance.objectNode().put("error", message), reply.body());
  }
}
