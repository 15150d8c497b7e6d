package dev.keyway.engine.server.auth;

import dev.keyway.spi.ClientOrigin;
import java.util.List;

/**
 * The condition key values of one access by one caller: the {@code aws:} keys that describe the
 * caller, known from the key that signed the request, and its connection, and the request's own keys.
 */
record CallerFacts(Principal caller, ClientOrigin origin, RequestFacts request) implements RequestFacts {
  @Override
  public List<String> values(ConditionKey key) {
    return switch (key) {
      case PRINCIPAL_ARN -> List.of(caller.arn());
      case PRINCIPAL_ACCOUNT -> List.of(caller.account());
      case USERNAME -> List.of(caller.name());
      case PRINCIPAL_TYPE -> List.of("User");
      case SOURCE_IP -> List.of(IpRange.text(origin.address()));
      case SECURE_TRANSPORT -> List.of(Boolean.toString(origin.secureTransport()));
      default -> request.values(key);
    };
  }
}
