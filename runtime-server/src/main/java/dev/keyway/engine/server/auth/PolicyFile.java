package dev.keyway.engine.server.auth;

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
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
  private static final String FOR_ALL = "ForAllValues:";
  private static final String FOR_ANY = "ForAnyValue:";
  private static final String IF_EXISTS = "IfExists";

  private final String source;

  private PolicyFile(String source) {
    this.source = source;
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
    Map<String, Object> top = object(root, "the document", Set.of("Principals"));
    Map<String, Principal> byKey = new LinkedHashMap<>();
    List<Object> principals = list(required(top, "Principals", "the document"), "Principals");
    for (int i = 0; i < principals.size(); i++) {
      String at = "Principals[" + i + "]";
      Map<String, Object> p = object(principals.get(i), at, Set.of("Name", "AccessKeys", "Policies"));
      String name = string(required(p, "Name", at), at + ".Name");
      if (!USER_NAME.matcher(name).matches()) {
        throw error(at + ".Name", "\"" + name + "\" is not an IAM user name (1 to 64 of letters, digits and +=,.@_-)");
      }
      List<Statement> statements = new ArrayList<>();
      List<Object> docs = p.containsKey("Policies") ? list(p.get("Policies"), at + ".Policies") : List.of();
      for (int d = 0; d < docs.size(); d++) {
        statements.addAll(document(docs.get(d), at + ".Policies[" + d + "]"));
      }
      Principal principal = new Principal(name, "arn:aws:iam::" + Catalog.ACCOUNT + ":user/" + name, statements);
      List<String> keys = strings(required(p, "AccessKeys", at), at + ".AccessKeys");
      if (keys.isEmpty()) {
        throw error(at + ".AccessKeys", "lists no access key");
      }
      for (String key : keys) {
        Principal previous = byKey.putIfAbsent(key, principal);
        if (previous != null) {
          throw error(at + ".AccessKeys", "access key " + key + " already belongs to " + previous.name());
        }
      }
    }
    return new IdentityPolicies(byKey);
  }

  private List<Statement> document(Object doc, String at) {
    Map<String, Object> d = object(doc, at, Set.of("Version", "Id", "Statement"));
    if (d.containsKey("Version") && !VERSIONS.contains(string(d.get("Version"), at + ".Version"))) {
      throw error(at + ".Version", "must be \"2012-10-17\"");
    }
    Object raw = required(d, "Statement", at);
    List<Object> items = raw instanceof List<?> ? list(raw, at + ".Statement") : List.of(raw);
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = raw instanceof List<?> ? at + ".Statement[" + i + "]" : at + ".Statement";
      statements.add(statement(items.get(i), where));
    }
    return statements;
  }

  private Statement statement(Object raw, String at) {
    Map<String, Object> s =
        object(raw, at, Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"));
    String sid = s.containsKey("Sid") ? string(s.get("Sid"), at + ".Sid") : null;
    String effect = string(required(s, "Effect", at), at + ".Effect");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw error(at + ".Effect", "must be \"Allow\" or \"Deny\", not \"" + effect + "\"");
    }
    String actionMember = exactlyOne(s, "Action", "NotAction", at);
    List<WildcardPattern> actions = new ArrayList<>();
    for (String a : stringOrStrings(s.get(actionMember), at + "." + actionMember)) {
      actions.add(WildcardPattern.ignoringCase(a));
    }
    String resourceMember = exactlyOne(s, "Resource", "NotResource", at);
    List<WildcardPattern> resources = new ArrayList<>();
    for (String r : stringOrStrings(s.get(resourceMember), at + "." + resourceMember)) {
      resources.add(WildcardPattern.caseSensitive(resourceArn(r)));
    }
    List<ConditionClause> conditions =
        s.containsKey("Condition") ? conditions(s.get("Condition"), at + ".Condition") : List.of();
    return new Statement(
        sid,
        effect.equals("Allow") ? Statement.Effect.ALLOW : Statement.Effect.DENY,
        actions,
        actionMember.equals("NotAction"),
        resources,
        resourceMember.equals("NotResource"),
        conditions);
  }

  /** {@code *} and ARNs stay as they are; a bare name (pattern) means a table of that name. */
  private static String resourceArn(String resource) {
    if (resource.equals("*") || resource.startsWith("arn:")) {
      return resource;
    }
    return "arn:aws:dynamodb:*:*:table/" + resource;
  }

  private List<ConditionClause> conditions(Object raw, String at) {
    List<ConditionClause> clauses = new ArrayList<>();
    for (Map.Entry<String, Object> op : object(raw, at, null).entrySet()) {
      String where = at + "." + op.getKey();
      String name = op.getKey();
      ConditionClause.SetQualifier qualifier = ConditionClause.SetQualifier.SINGLE;
      if (name.startsWith(FOR_ALL)) {
        qualifier = ConditionClause.SetQualifier.FOR_ALL_VALUES;
        name = name.substring(FOR_ALL.length());
      } else if (name.startsWith(FOR_ANY)) {
        qualifier = ConditionClause.SetQualifier.FOR_ANY_VALUE;
        name = name.substring(FOR_ANY.length());
      }
      boolean ifExists = name.endsWith(IF_EXISTS) && !name.equals(IF_EXISTS);
      ConditionOperator operator = ConditionOperator.named(ifExists ? name.substring(0, name.length() - IF_EXISTS.length()) : name);
      if (operator == null || operator == ConditionOperator.NULL && (ifExists || qualifier != ConditionClause.SetQualifier.SINGLE)) {
        throw error(where, "unsupported condition operator; use one of StringEquals, StringNotEquals,"
            + " StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike (each optionally"
            + " with ForAllValues: or ForAnyValue: and IfExists) or Null");
      }
      for (Map.Entry<String, Object> k : object(op.getValue(), where, null).entrySet()) {
        ConditionKey key = ConditionKey.named(k.getKey());
        if (key == null) {
          throw error(where + "." + k.getKey(), "unsupported condition key; use dynamodb:LeadingKeys,"
              + " dynamodb:Attributes, dynamodb:Select or dynamodb:ReturnValues");
        }
        if (key.multiValued() && qualifier == ConditionClause.SetQualifier.SINGLE && operator != ConditionOperator.NULL) {
          throw error(where + "." + k.getKey(), key.policyName() + " has several values: write ForAllValues:"
              + op.getKey() + " or ForAnyValue:" + op.getKey());
        }
        List<String> values = stringOrStrings(k.getValue(), where + "." + k.getKey());
        clauses.add(new ConditionClause(operator, qualifier, ifExists, key, values));
      }
    }
    return clauses;
  }

  // --- shape helpers ---------------------------------------------------------------------------

  private String exactlyOne(Map<String, Object> s, String a, String b, String at) {
    if (s.containsKey(a) == s.containsKey(b)) {
      throw error(at, "needs exactly one of " + a + " and " + b);
    }
    return s.containsKey(a) ? a : b;
  }

  private Object required(Map<String, Object> map, String member, String at) {
    if (!map.containsKey(member) || map.get(member) == null) {
      throw error(at, "lacks " + member);
    }
    return map.get(member);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> object(Object value, String at, Set<String> allowed) {
    if (!(value instanceof Map<?, ?>)) {
      throw error(at, "must be a JSON object");
    }
    Map<String, Object> map = (Map<String, Object>) value;
    if (allowed != null) {
      for (String member : map.keySet()) {
        if (!allowed.contains(member)) {
          throw error(at, "has an unknown member \"" + member + "\"; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
        }
      }
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private List<Object> list(Object value, String at) {
    if (!(value instanceof List<?>)) {
      throw error(at, "must be a JSON array");
    }
    return (List<Object>) value;
  }

  private String string(Object value, String at) {
    if (!(value instanceof String s)) {
      throw error(at, "must be a string");
    }
    return s;
  }

  private List<String> strings(Object value, String at) {
    List<String> out = new ArrayList<>();
    List<Object> items = list(value, at);
    for (int i = 0; i < items.size(); i++) {
      out.add(string(items.get(i), at + "[" + i + "]"));
    }
    return out;
  }

  /** IAM accepts one value or an array; booleans are written as text, as IAM compares them. */
  private List<String> stringOrStrings(Object value, String at) {
    if (value instanceof Boolean b) {
      return List.of(b.toString());
    }
    if (value instanceof String s) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>();
    List<Object> items = list(value, at);
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      out.add(item instanceof Boolean b ? b.toString() : string(item, at + "[" + i + "]"));
    }
    if (out.isEmpty()) {
      throw error(at, "must not be empty");
    }
    return out;
  }

  private IllegalArgumentException error(String at, String problem) {
    return new IllegalArgumentException(source + ": " + at + " " + problem);
  }
}
