package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.spi.Backend;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The ENDPOINT target against an endpoint started here (the engine's server), as -Dkeyway.endpoint
 * would name one: the SDK's default credentials chain (system properties here) and keyway.region.
 */
class EndpointTargetTest {
  private static final List<String> PROPERTIES = List.of(TestTarget.ENDPOINT_PROPERTY, TestTarget.REGION_PROPERTY,
      "aws.accessKeyId", "aws.secretAccessKey");
  private final Map<String, String> saved = new HashMap<>();

  private void set(String property, String value) {
    saved.putIfAbsent(property, System.getProperty(property));
    System.setProperty(property, value);
  }

  @AfterEach
  void restoreProperties() {
    for (String p : PROPERTIES) {
      if (saved.containsKey(p)) {
        if (saved.get(p) == null) {
          System.clearProperty(p);
        } else {
          System.setProperty(p, saved.get(p));
        }
      }
    }
  }

  /** Sets the properties as -Dkeyway.endpoint=... -Dkeyway.region=eu-west-1 and the SDK's credentials would. */
  private void nameAsEndpoint(KeywayServer server) {
    set(TestTarget.ENDPOINT_PROPERTY, server.endpoint());
    set(TestTarget.REGION_PROPERTY, "eu-west-1");
    set("aws.accessKeyId", "AKIDENDPOINT");
    set("aws.secretAccessKey", "secret");
  }

  @Test
  void createsEmptiesAndKeepsTheTablesOfTheNamedEndpoint() throws Exception {
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0))) {
      nameAsEndpoint(server);
      try (SharedBackend shared = SharedBackend.start(TestTarget.ENDPOINT)) {
        Backend backend = shared.backend();
        assertThat(backend).isInstanceOf(AwsBackend.class);
        var configuration = ((AwsBackend) backend).client().serviceClientConfiguration();
        assertThat(configuration.endpointOverride()).contains(URI.create(server.endpoint()));
        assertThat(configuration.region().id()).isEqualTo("eu-west-1");
        var streamsConfiguration = shared.streams().client().serviceClientConfiguration();
        assertThat(streamsConfiguration.endpointOverride()).contains(URI.create(server.endpoint()));
        assertThat(streamsConfiguration.region().id()).isEqualTo("eu-west-1");

        SharedSession session = new SharedSession(shared, List.of(Notes.DEFINITION));
        TestBackend first = session.beforeTest();
        assertThat(first.streams()).isSameAs(shared.streams());
        Notes notes = Notes.connect(first.backend());
        notes.notes().put(new Note("ada", "1", "kept until the next test"));
        assertThat(Notes.connect(engine).noteQueries().notesOf("ada")).hasSize(1); // on the server's engine

        session.beforeTest();
        assertThat(notes.noteQueries().notesOf("ada")).isEmpty();
        session.close();
      }
      assertThat(Notes.DEFINITION.exists(engine)).isTrue();  // tables stay on the endpoint
    }
  }

  @Test
  void anEndpointHasNoEngineToInject() throws Exception {
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0))) {
      nameAsEndpoint(server);
      assertThat(ExtensionRun.of(WantsTheEngine.class).failureMessages()).containsExactly(
          "ExtensionConfigurationException: an Engine is injected only when the tests run on Keyway's engine"
              + " (TestTarget.IN_PROCESS or SERVER), not on the endpoint " + server.endpoint());
    }
  }

  @Fixture
  @KeywayTest(tables = Notes.class)
  static class WantsTheEngine {
    @Test
    void runs(Engine engine) {}
  }

  @Test
  void endpointTargetWithoutThePropertyIsAConfigurationError() {
    set(TestTarget.ENDPOINT_PROPERTY, " ");
    assertThatThrownBy(() -> SharedBackend.start(TestTarget.ENDPOINT))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("TestTarget.ENDPOINT needs the system property keyway.endpoint (a URL such as"
            + " http://localhost:8000, or aws)");
  }
}
