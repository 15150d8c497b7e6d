package dev.keyway.engine.op.check;

import dev.keyway.engine.policy.JsonTree;
import dev.keyway.engine.policy.PolicyPrincipal;
import dev.keyway.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resource-based policy document as PutResourcePolicy (and CreateTable's ResourcePolicy)
 * do before storing it: its size, its JSON, the members every statement needs, its principals,
 * unique statement ids, and DynamoDB's refusal of an Allow for everyone.
 */
public final class ResourcePolicyCheck {
  /** DynamoDB's limit, whitespace included. */
  public static final int MAX_BYTES = 20 * 1024;

  private static final String INVALID = "One or more parameter values were invalid: ";
  private static final String INVALID_DOCUMENT = INVALID + "Invalid policy document: ";

  private ResourcePolicyCheck() {}

  /** @throws ValidationException with DynamoDB's message for the first problem found */
  public static void check(String document) {
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
    Object raw = policy.get("Statement");
    List<?> statements = raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw);
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
