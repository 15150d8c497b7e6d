package dev.keyway.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyway.engine.Engine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every route over HTTP, on the engine in memory. */
class NotesApiTest {
  private final RunningApi api = new RunningApi(Engine.inMemory());

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void createsAndReadsANote() {
    RunningApi.Reply created = api.post("ann", "/notes", "{\"text\":\"Buy milk\",\"tags\":[\"home\",\"shop\",\"home\"]}");
    assertEquals(201, created.status());
    String id = created.text("id");
    assertTrue(id.matches("20250301T100001000-[0-9a-f]{6}"), id);
    assertEquals("/notes/" + id, created.headers().firstValue("Location").orElseThrow());
    assertEquals("application/json", created.headers().firstValue("Content-Type").orElseThrow());

    RunningApi.Reply read = api.get("ann", "/notes/" + id);
    assertEquals(200, read.status());
    assertEquals(created.body(), read.body());
    assertEquals("Buy milk", read.text("text"));
    assertEquals(List.of("home", "shop"), strings(read.body().get("tags")));
    assertEquals("2025-03-01T10:00:01Z", read.text("createdAt"));
  }

  @Test
  void listsNewestFirstPageByPage() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(api.create("ann", "note " + i));
    }
    api.create("bob", "not ann's");

    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String path = "/notes?limit=2";
    while (path != null) {
      RunningApi.Reply page = api.get("ann", path);
      assertEquals(200, page.status());
      sizes.add(page.body().get("notes").size());
      seen.addAll(page.ids("notes"));
      String next = page.text("next");
      path = next == null ? null : "/notes?limit=2&cursor=" + next;   // URL-safe base64
    }
    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(newestFirst(ids), seen);
  }

  @Test
  void aUserSeesOnlyTheirOwnNotes() {
    String id = api.create("ann", "private");
    assertEquals(404, api.get("bob", "/notes/" + id).status());
    assertEquals(404, api.delete("bob", "/notes/" + id).status());
    assertEquals(List.of(), api.get("bob", "/notes").ids("notes"));
    assertEquals(200, api.get("ann", "/notes/" + id).status());
  }

  @Test
  void listsNotesByTagThroughTheIndex() {
    String first = api.create("ann", "standup", "work");
    api.create("ann", "groceries", "home");
    String third = api.create("ann", "review", "work", "urgent");
    api.create("bob", "bob's work", "work");

    RunningApi.Reply work = api.get("ann", "/notes?tag=work");
    assertEquals(List.of(third, first), work.ids("notes"));
    assertNull(work.text("next"));
    assertEquals(List.of("work", "urgent"), strings(work.body().get("notes").get(0).get("tags")));

    RunningApi.Reply page = api.get("ann", "/notes?tag=work&limit=1");
    assertEquals(List.of(third), page.ids("notes"));
    RunningApi.Reply rest = api.get("ann", "/notes?tag=work&limit=1&cursor=" + page.text("next"));
    assertEquals(List.of(first), rest.ids("notes"));
    assertEquals(List.of(), api.get("ann", "/notes?tag=none").ids("notes"));
  }

  @Test
  void deletesTheNoteAndItsTags() {
    String id = api.create("ann", "temporary", "work");
    String kept = api.create("ann", "kept", "work");

    RunningApi.Reply deleted = api.delete("ann", "/notes/" + id);
    assertEquals(204, deleted.status());
    assertNull(deleted.body());
    assertEquals(404, api.get("ann", "/notes/" + id).status());
    assertEquals(404, api.delete("ann", "/notes/" + id).status());
    assertEquals(List.of(kept), api.get("ann", "/notes").ids("notes"));
    assertEquals(List.of(kept), api.get("ann", "/notes?tag=work").ids("notes"));
  }

  @Test
  void meIsTheProfileWithTheLatestNotesInOneQuery() {
    RunningApi.Reply empty = api.get("ann", "/me");
    assertEquals(200, empty.status());
    assertTrue(empty.body().get("profile").isNull());
    assertEquals(0, empty.body().get("latestNotes").size());

    RunningApi.Reply profile = api.put("ann", "/me", "{\"name\":\"Ann\"}");
    assertEquals(200, profile.status());
    assertEquals("Ann", profile.body().get("name").asText());
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= NotesService.LATEST + 2; i++) {
      ids.add(api.create("ann", "note " + i));
    }
    RunningApi.Reply renamed = api.put("ann", "/me", "{\"name\":\"Ann B.\"}");
    assertEquals(profile.text("since"), renamed.text("since"), "since is written once");

    RunningApi.Reply me = api.get("ann", "/me");
    assertEquals("Ann B.", me.body().get("profile").get("name").asText());
    assertEquals("ann", me.body().get("profile").get("userId").asText());
    assertEquals(newestFirst(ids).subList(0, NotesService.LATEST), me.ids("latestNotes"));
  }

  @Test
  void meWithoutAProfileStillListsTheLatestNotes() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= NotesService.LATEST + 1; i++) {
      ids.add(api.create("ann", "note " + i));
    }
    RunningApi.Reply me = api.get("ann", "/me");
    assertTrue(me.body().get("profile").isNull());
    assertEquals(newestFirst(ids).subList(0, NotesService.LATEST), me.ids("latestNotes"));
  }

  private static List<String> newestFirst(List<String> created) {
    List<String> reversed = new ArrayList<>(created);
    Collections.reverse(reversed);
    return reversed;
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
