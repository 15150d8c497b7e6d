package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.JsonTree;
import dev.keyway.engine.storage.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the server's policy file: named principals, each with its access keys and IAM identity
 * policy documents (see docs/server.md, "Security model"). Strict, so that a typo cannot silently
 * widen or narrow access: unknown members, unknown condition operators or keys, and a plain
 * operator on a multi-valued key are errors naming their place in the file.
 */
public final class PolicyFile {
  private static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private final StatementReader reader;

  private PolicyFile(String source) {
    this.reader = new StatementReader(source);
  }

  public static IdentityPolicies read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** @throws IllegalArgumentException naming the file and the member that is wrong */
  public static IdentityPolicies parse(String json, String source) {
    Object root;
    try {
      root = JsonTree.read(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
    }
    return new PolicyFile(source).policies(root);
  }

  private IdentityPolicies policies(Object root) {
    Map<String, Object> top = reader.object(root, "the document", Set.of("Principals"));
    Map<String, Principal> byKey = new LinkedHashMap<>();
    List<Object> principals = reader.list(reader.required(top, "Principals", "the document"), "Principals");
    for (int i = 0; i < principals.size(); i++) {
      String at = "Principals[" + i + "]";
      Map<String, Object> p = reader.object(principals.get(i), at, Set.of("Name", "Account", "AccessKeys", "Policies"));
      String name = reader.string(reader.required(p, "Name", at), at + ".Name");
      if (!USER_NAME.matcher(name).matches()) {
        throw reader.error(at + ".Name", "\"" + name + "\" is not an IAM user name (1 to 64 of letters, digits and +=,.@_-)");
      }
      List<Statement> statements = new ArrayList<>();
      List<Object> docs = p.containsKey("Policies") ? reader.list(p.get("Policies"), at + ".Policies") : List.of();
      for (int d = 0; d < docs.size(); d++) {
        statements.addAll(reader.document(docs.get(d), at + ".Policies[" + d + "]", reader::statement));
      }
      String account = p.containsKey("Account") ? reader.string(p.get("Account"), at + ".Account") : Catalog.ACCOUNT;
      if (!ACCOUNT.matcher(account).matches()) {
        throw reader.error(at + ".Account", "\"" + account + "\" is not an AWS account id (12 digits)");
      }
      Principal principal = Principal.user(name, account, statements);
      List<String> keys = reader.strings(reader.required(p, "AccessKeys", at), at + ".AccessKeys");
      if (keys.isEmpty()) {
        throw reader.error(at + ".AccessKeys", "lists no access key");
      }
      for (String key : keys) {
        Principal previous = byKey.putIfAbsent(key, principal);
        if (previous != null) {
          throw reader.error(at + ".AccessKeys", "access key " + key + " already belongs to " + previous.name());
        }
      }
    }
    return new IdentityPolicies(byKey);
  }
}
