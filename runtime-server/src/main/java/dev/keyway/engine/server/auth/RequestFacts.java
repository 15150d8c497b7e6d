package dev.keyway.engine.server.auth;

import java.util.List;

/** The values of condition keys for one (action, resource) pair of a request. */
interface RequestFacts {
  /** The key's values, or null when the request does not carry the key. */
  List<String> values(ConditionKey key);

  RequestFacts NONE = key -> null;
}
