package dev.keyway.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the durable engine, the notes are still there after the service restarts on the same directory. */
class DurabilityTest {
  @TempDir
  Path data;

  @Test
  void notesSurviveARestart() {
    Storage storage = new Storage.OnDisk(data);
    String kept;
    String deleted;
    try (RunningApi api = new RunningApi(storage.open())) {
      kept = api.create("ann", "kept", "work");
      deleted = api.create("ann", "deleted", "work");
      assertEquals(204, api.delete("ann", "/notes/" + deleted).status());
      assertEquals(200, api.put("ann", "/me", "{\"name\":\"Ann\"}").status());
    }

    try (RunningApi api = new RunningApi(storage.open())) {
      assertEquals("kept", api.get("ann", "/notes/" + kept).text("text"));
      assertEquals(404, api.get("ann", "/notes/" + deleted).status());
      assertEquals(List.of(kept), api.get("ann", "/notes?tag=work").ids("notes"));
      RunningApi.Reply me = api.get("ann", "/me");
      assertEquals("Ann", me.body().get("profile").get("name").asText());
      assertEquals(List.of(kept), me.ids("latestNotes"));
    }
  }
}
