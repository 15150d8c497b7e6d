package dev.keyway.engine.server.auth;

import dev.keyway.engine.storage.Catalog;
import java.util.List;

/**
 * A caller of the server: an IAM user of an account, the user ARN its refusals name, and its
 * identity policies' statements. {@code unrestricted} callers (a server without a policy file)
 * are allowed everything their identity policies could allow.
 */
record Principal(String name, String account, String arn, List<Statement> statements, boolean unrestricted) {
  Principal {
    statements = List.copyOf(statements);
  }

  static Principal user(String name, String account, List<Statement> statements) {
    return new Principal(name, account, "arn:aws:iam::" + account + ":user/" + name, statements, false);
  }

  /** A key no policy file names: a user of the server's account named by the key id. */
  static Principal unnamed(String accessKeyId, boolean unrestricted) {
    return new Principal(accessKeyId, Catalog.ACCOUNT,
        "arn:aws:iam::" + Catalog.ACCOUNT + ":user/" + accessKeyId, List.of(), unrestricted);
  }
}
