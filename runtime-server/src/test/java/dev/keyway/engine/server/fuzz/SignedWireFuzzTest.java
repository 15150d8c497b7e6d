package dev.keyway.engine.server.fuzz;

import dev.keyway.engine.server.RawSigner;
import dev.keyway.engine.server.ServerConfig;
import java.time.Duration;
import java.util.Map;

/**
 * The same fuzzing against a server that checks signatures without a policy file, every request
 * correctly signed: each one is then also authorized (the tables' resource-based policies apply),
 * which must not turn a malformed request into an internal error either. A shorter budget: the
 * anonymous run covers the operations themselves.
 */
class SignedWireFuzzTest extends WireFuzzTest {
  private static final RawSigner SIGNER = RawSigner.of("AKIDFUZZ", "fuzz/secret");

  @Override
  ServerConfig config() {
    return ServerConfig.defaults(0).withCredentials(Map.of("AKIDFUZZ", "fuzz/secret"));
  }

  @Override
  Duration budget() {
    return Duration.ofSeconds(10);
  }

  @Override
  Map<String, String> headers(String endpoint, String operation, byte[] body) {
    return SIGNER.sign(endpoint, operation, body);
  }
}
