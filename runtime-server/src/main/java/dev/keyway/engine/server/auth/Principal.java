package dev.keyway.engine.server.auth;

import java.util.List;

/** A named IAM user of the server, the user ARN its refusals name, and its policies' statements. */
record Principal(String name, String arn, List<Statement> statements) {
  Principal {
    statements = List.copyOf(statements);
  }
}
