package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.PolicyPrincipal;
import dev.keyway.engine.policy.WildcardPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads IAM policy statements (of the server's policy file and of tables' resource-based policies)
 * strictly: unknown members, unknown condition operators or keys, and a plain operator on a
 * multi-valued key are errors naming their place in the source.
 */
final class StatementReader {
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
  private static final String FOR_ALL = "ForAllValues:";
  private static final String FOR_ANY = "ForAnyValue:";
  private static final String IF_EXISTS = "IfExists";
  private static final Set<String> IDENTITY_MEMBERS =
      Set.of("Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final Set<String> RESOURCE_MEMBERS =
      Set.of("Sid", "Effect", "Principal", "Action", "NotAction", "Resource", "NotResource", "Condition");

  private final String source;

  StatementReader(String source) {
    this.source = source;
  }

  /** Reads one statement of a policy document at a place in the source. */
  @FunctionalInterface
  interface StatementParser<T> {
    T read(Object raw, String at);
  }

  /** The statements of a policy document (one statement or an array), each read by {@code parser}. */
  <T> List<T> document(Object doc, String at, StatementParser<T> parser) {
    Map<String, Object> d = object(doc, at, Set.of("Version", "Id", "Statement"));
    if (d.containsKey("Version") && !VERSIONS.contains(string(d.get("Version"), at + ".Version"))) {
      throw error(at + ".Version", "must be \"2012-10-17\"");
    }
    Object raw = required(d, "Statement", at);
    List<Object> items = raw instanceof List<?> ? list(raw, at + ".Statement") : List.of(raw);
    List<T> statements = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = raw instanceof List<?> ? at + ".Statement[" + i + "]" : at + ".Statement";
      statements.add(parser.read(items.get(i), where));
    }
    return statements;
  }

  /** An identity policy's statement: it names no principal. */
  Statement statement(Object raw, String at) {
    return statement(object(raw, at, IDENTITY_MEMBERS), at);
  }

  /** A resource-based policy's statement: its principals, and the statement they are granted or denied. */
  ResourceStatement resourceStatement(Object raw, String at) {
    Map<String, Object> s = object(raw, at, RESOURCE_MEMBERS);
    List<PolicyPrincipal> principals;
    try {
      principals = PolicyPrincipal.parse(required(s, "Principal", at));
    } catch (PolicyPrincipal.InvalidPrincipalException e) {
      throw error(at + ".Principal", "names no principal this server knows");
    }
    return new ResourceStatement(principals, statement(s, at));
  }

  private Statement statement(Map<String, Object> s, String at) {
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
            + " StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike, ArnEquals, ArnNotEquals,"
            + " ArnLike, ArnNotLike, IpAddress, NotIpAddress, Bool (each optionally with ForAllValues: or ForAnyValue:"
            + " and IfExists) or Null");
      }
      for (Map.Entry<String, Object> k : object(op.getValue(), where, null).entrySet()) {
        String keyAt = where + "." + k.getKey();
        ConditionKey key = ConditionKey.named(k.getKey());
        if (key == null) {
          throw error(keyAt, "unsupported condition key; use dynamodb:LeadingKeys,"
              + " dynamodb:Attributes, dynamodb:Select, dynamodb:ReturnValues, aws:PrincipalArn, aws:PrincipalAccount,"
              + " aws:username, aws:PrincipalType, aws:SourceIp or aws:SecureTransport");
        }
        if (key.multiValued() && qualifier == ConditionClause.SetQualifier.SINGLE && operator != ConditionOperator.NULL) {
          throw error(keyAt, key.policyName() + " has several values: write ForAllValues:"
              + op.getKey() + " or ForAnyValue:" + op.getKey());
        }
        if (operator.valueType() != null && operator.valueType() != key.valueType()) {
          throw error(keyAt, key.policyName() + " holds " + key.valueType().advice());
        }
        List<String> values = stringOrStrings(k.getValue(), keyAt);
        if (operator != ConditionOperator.NULL) {
          checkValues(key.valueType(), values, keyAt);
        }
        clauses.add(new ConditionClause(operator, qualifier, ifExists, key, values));
      }
    }
    return clauses;
  }

  /** IP addresses and booleans are checked as the policy is read, so that evaluating one cannot fail. */
  private void checkValues(ConditionKey.ValueType type, List<String> values, String at) {
    for (String value : values) {
      switch (type) {
        case IP_ADDRESS -> {
          try {
            IpRange.parse(value);
          } catch (IllegalArgumentException e) {
            throw error(at, "value \"" + value + "\" " + e.getMessage());
          }
        }
        case BOOLEAN -> {
          if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw error(at, "value \"" + value + "\" is not true or false");
          }
        }
        case STRING -> { }
      }
    }
  }

  // --- shape helpers ---------------------------------------------------------------------------

  private String exactlyOne(Map<String, Object> s, String a, String b, String at) {
    if (s.containsKey(a) == s.containsKey(b)) {
      throw error(at, "needs exactly one of " + a + " and " + b);
    }
    return s.containsKey(a) ? a : b;
  }

  Object required(Map<String, Object> map, String member, String at) {
    if (!map.containsKey(member) || map.get(member) == null) {
      throw error(at, "lacks " + member);
    }
    return map.get(member);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> object(Object value, String at, Set<String> allowed) {
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
  List<Object> list(Object value, String at) {
    if (!(value instanceof List<?>)) {
      throw error(at, "must be a JSON array");
    }
    return (List<Object>) value;
  }

  String string(Object value, String at) {
    if (!(value instanceof String s)) {
      throw error(at, "must be a string");
    }
    return s;
  }

  List<String> strings(Object value, String at) {
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

  IllegalArgumentException error(String at, String problem) {
    return new IllegalArgumentException(source + ": " + at + " " + problem);
  }
}
