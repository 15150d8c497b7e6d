package dev.keyway.engine.op.check;

import dev.keyway.engine.policy.JsonTree;
import dev.keyway.engine.policy.PolicyPrincipal;
import dev.keyway.engine.policy.WildcardPattern;
import dev.keyway.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Checks a resource-based policy document as PutResourcePolicy (and CreateTable's ResourcePolicy)
 * do before storing it: its size, its JSON, the members every statement needs, its principals,
 * unique statement ids, and DynamoDB's refusal of an Allow for everyone. A stream's policy may
 * grant or deny only the stream read actions a policy can be about: DescribeStream,
 * GetShardIterator and GetRecords (ListStreams names no stream).
 */
public final class ResourcePolicyCheck {
  /** DynamoDB's limit, whitespace included. */
  public static final int MAX_BYTES = 20 * 1024;

  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String INVALID_DOCUMENT = INVALID + "Invalid policy document: ";
  private static final List<String> STREAM_ACTIONS =
      List.of("dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords");

  private ResourcePolicyCheck() {}

  /**
   * Checks a stream's policy: as a table's, then its actions, each of which must name (or, with
   * wildcards, match) a stream read action; actions are case-insensitive, as IAM's.
   *
   * @throws ValidationException with DynamoDB's message for the first problem found
   */
  public static void checkForStream(String document) {
    Map<?, ?> policy = parse(document);
    check(policy);
    Set<String> invalid = new LinkedHashSet<>();
    for (Object statement : statements(policy)) {
      Object action = ((Map<?, ?>) statement).get("Action");
      for (Object name : action instanceof List<?> list ? list : action == null ? List.of() : List.of(action)) {
        if (!(name instanceof String text) || !namesStreamAction(text)) {
          invalid.add(String.valueOf(name));
        }
      }
    }
    if (!invalid.isEmpty()) {
      StringJoiner names = new StringJoiner(", ");
      invalid.forEach(name -> names.add('"' + name + '"'));
      throw invalidDocument("The following action names are invalid: " + names);
    }
  }

  private static boolean namesStreamAction(String action) {
    WildcardPattern pattern = WildcardPattern.ignoringCase(action);
    return STREAM_ACTIONS.stream().anyMatch(pattern::matches);
  }

  /** @throws ValidationException with DynamoDB's message for the first problem found */
  public static void check(String document) {
    check(parse(document));
  }

  private static Map<?, ?> parse(String document) {
    if (document.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new ValidationException(INVALID + "Maximum policy size of " + MAX_BYTES + " bytes exceeded");
    }
    Object root;
    try {
      root = JsonTree.read(document);
    } catch (IOException e) {
      throw invalidDocument("This policy contains invalid Json");
    }
    if (!(root instanceof Map<?, ?> policy)) {
      throw invalidDocument("This policy contains invalid Json");
    }
    return policy;
  }

  private static List<?> statements(Map<?, ?> policy) {
    Object raw = policy.get("Statement");
    return raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw);
  }

  private static void check(Map<?, ?> policy) {
    List<?> statements = statements(policy);
    if (statements.isEmpty()) {
      throw invalidDocument("Could not parse the policy: Statement is empty!");
    }
    Set<String> sids = new HashSet<>();
    for (Object statement : statements) {
      if (!(statement instanceof Map<?, ?> s)) {
        throw invalidDocument("This policy contains invalid Json");
      }
      statement(s, sids);
    }
  }

  private static void statement(Map<?, ?> s, Set<String> sids) {
    if (s.get("Sid") instanceof String sid && !sids.add(sid)) {
      throw invalidDocument("The Statement Ids in the policy are not unique");
    }
    Object effect = s.get("Effect");
    if (effect == null) {
      throw invalidDocument("Missing required field Effect");
    }
    if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
      throw invalidDocument("Invalid effect: " + effect);
    }
    if (s.containsKey("NotPrincipal")) {
      throw invalidDocument("NotPrincipal is not supported; name the principals in Principal");
    }
    requireOne(s, "Principal", null);
    requireOne(s, "Action", "NotAction");
    requireOne(s, "Resource", "NotResource");
    List<PolicyPrincipal> principals;
    try {
      principals = PolicyPrincipal.parse(s.get("Principal"));
    } catch (PolicyPrincipal.InvalidPrincipalException e) {
      throw new ValidationException(INVALID + "Invalid principal in policy document.");
    }
    if ("Allow".equals(effect)
        && principals.stream().anyMatch(p -> p.kind() == PolicyPrincipal.Kind.EVERYONE)) {
      throw new ValidationException("Resource-based policy grants unbounded access in one or more"
          + " elements. Please revise the policy to ensure least-privilege form of access");
    }
  }

  private static void requireOne(Map<?, ?> s, String member, String negated) {
    if (s.get(member) == null && (negated == null || s.get(negated) == null)) {
      throw invalidDocument("Missing required field " + member);
    }
  }

  private static ValidationException invalidDocument(String problem) {
    return new ValidationException(INVALID_DOCUMENT + problem);
  }
}
