package dev.keyway.samples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotesConfigTest {
  @Test
  void defaultsToTheEngineOnDisk() {
    assertEquals(new NotesConfig(8080, new Storage.OnDisk(Path.of("notes-data"))), parse(Map.of()));
    assertEquals(new NotesConfig(8080, new Storage.OnDisk(Path.of("/var/notes"))),
        parse(Map.of("NOTES_DATA", "/var/notes")));
  }

  @Test
  void readsTheOptions() {
    assertEquals(new NotesConfig(9000, new Storage.OnDisk(Path.of("d"))),
        parse(Map.of("NOTES_DATA", "ignored"), "--data", "d", "--port", "9000"));
    assertEquals(new NotesConfig(0, new Storage.InMemory()), parse(Map.of(), "--memory", "--port", "0"));
    assertEquals(new NotesConfig(8080, new Storage.DynamoDb(null, null)), parse(Map.of(), "--dynamodb"));
    assertEquals(new NotesConfig(8080, new Storage.DynamoDb("eu-west-1", URI.create("http://127.0.0.1:8000"))),
        parse(Map.of(), "--endpoint", "http://127.0.0.1:8000", "--dynamodb", "--region", "eu-west-1"));
  }

  @Test
  void saysWhatIsWrong() {
    assertWrong("unknown option --disk", "--disk");
    assertWrong("--data needs a value", "--data");
    assertWrong("choose one of --data, --memory, --dynamodb", "--memory", "--data", "d");
    assertWrong("--region and --endpoint go with --dynamodb", "--region", "us-east-1");
    assertWrong("--port must be a number from 0 to 65535", "--port", "http");
    assertWrong("--port must be a number from 0 to 65535", "--port", "65536");
  }

  private static NotesConfig parse(Map<String, String> env, String... args) {
    return NotesConfig.parse(args, env);
  }

  private static void assertWrong(String message, String... args) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), args)).getMessage());
  }
}
