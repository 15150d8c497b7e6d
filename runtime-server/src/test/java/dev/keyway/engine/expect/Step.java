package dev.keyway.engine.expect;

import java.util.Map;

/**
 * One recorded case: a request and what DynamoDB answers to it.
 *
 * @param label where the case came from, shown as the test's name
 * @param note a fact about DynamoDB the expectation rests on, where it needed settling; or null
 * @param open why the engine does not give this answer yet; null when it does
 * @param op DynamoDB's operation name (absent for raw HTTP cases)
 * @param request the request: DynamoDB JSON, or for raw HTTP cases method, target, type and body
 * @param expect the expected outcome
 */
record Step(String label, String note, String open, String op, Object request, Object expect) {

  static Step of(Map<?, ?> m) {
    return new Step((String) m.get("case"), (String) m.get("note"), (String) m.get("open"),
        (String) m.get("op"), m.get("request"), m.get("expect"));
  }
}
