package dev.keyway.engine.server.auth;

import dev.keyway.engine.policy.JsonTree;
import dev.keyway.engine.policy.PolicyPrincipal;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.DynamoDbException;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.GetResourcePolicyResponse;
import dev.keyway.spi.Backend;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The resource-based policies of the tables and streams requests touch, read from the engine and
 * parsed once per revision, and what they say about one caller's access: a table's policy covers
 * the table and its indexes, a stream's policy its stream. A stored policy the server cannot
 * evaluate (a condition key it does not know, such as {@code aws:CurrentTime}) denies everything
 * on its resource: failing closed, since an unevaluated Deny must not let a request through.
 */
final class ResourcePolicies {
  private static final Logger LOG = Logger.getLogger(ResourcePolicies.class.getName());
  private static final String TABLE_ARN_PREFIX = Catalog.arnOf("");
  private static final String STREAM = "/stream/";
  private static final int MAX_CACHED = 10_000;

  /** What the resource-based policy of the resource says about a caller's access. */
  enum Decision {
    /** No policy, or no statement about this caller and access. */
    NONE,
    /** Allowed for the caller's account: it counts with an identity policy that allows too. */
    ALLOW_ACCOUNT,
    /** Allowed for the caller by name. */
    ALLOW,
    EXPLICIT_DENY
  }

  /** A parsed revision; {@code statements} null when the server cannot evaluate the document. */
  private record Parsed(String revisionId, List<ResourceStatement> statements) {}

  private final Backend backend;
  private final Map<String, Parsed> byResourceArn = new ConcurrentHashMap<>();

  ResourcePolicies(Backend backend) {
    this.backend = backend;
  }

  Decision decide(Principal caller, AccessRequest access) {
    String holder = policyHolderOf(access.resource());
    if (holder == null) {
      return Decision.NONE;
    }
    GetResourcePolicyResponse stored;
    try {
      stored = backend.getResourcePolicy(new GetResourcePolicyRequest(holder));
    } catch (DynamoDbException noPolicyOrNoTable) {
      return Decision.NONE;
    }
    if (stored.policy() == null || stored.revisionId() == null) {
      return Decision.NONE;
    }
    Parsed parsed = byResourceArn.get(holder);
    if (parsed == null || !parsed.revisionId().equals(stored.revisionId())) {
      if (byResourceArn.size() >= MAX_CACHED) {
        byResourceArn.clear();
      }
      parsed = new Parsed(stored.revisionId(),
          readOrNull(stored.policy(), "the resource policy of " + holder, "Denying every request on " + holder + ": "));
      byResourceArn.put(holder, parsed);
    }
    return decide(parsed.statements(), caller, access);
  }

  /** What a policy document would say, were it attached (for the lockout check of PutResourcePolicy). */
  static Decision decideWith(String document, Principal caller, AccessRequest access) {
    // Unevaluable, it would deny everything, its author's next change included: the lockout check refuses it.
    String refusing = "Refusing a new resource policy for " + access.resource()
        + " without ConfirmRemoveSelfResourceAccess, as it would deny every request: ";
    return decide(readOrNull(document, "the new resource policy", refusing), caller, access);
  }

  private static Decision decide(List<ResourceStatement> statements, Principal caller, AccessRequest access) {
    if (statements == null) {
      return Decision.EXPLICIT_DENY;
    }
    Decision decision = Decision.NONE;
    for (ResourceStatement rs : statements) {
      PolicyPrincipal.Kind named = strongestMatch(rs.principals(), caller);
      if (named == null || !rs.statement().applies(access.action(), access.resource(), access.facts())) {
        continue;
      }
      if (rs.statement().effect() == Statement.Effect.DENY) {
        return Decision.EXPLICIT_DENY;
      }
      Decision allow = named == PolicyPrincipal.Kind.ACCOUNT ? Decision.ALLOW_ACCOUNT : Decision.ALLOW;
      if (allow.compareTo(decision) > 0) {
        decision = allow;
      }
    }
    return decision;
  }

  /** How specifically the statement names the caller: by identity, by account, or not at all (null). */
  private static PolicyPrincipal.Kind strongestMatch(List<PolicyPrincipal> principals, Principal caller) {
    PolicyPrincipal.Kind best = null;
    for (PolicyPrincipal p : principals) {
      if (p.matches(caller.account(), caller.arn()) && (best == null || p.kind() != PolicyPrincipal.Kind.ACCOUNT)) {
        best = p.kind();
      }
    }
    return best;
  }

  /** The document's statements, or null when it cannot be evaluated, logged after {@code consequence}. */
  private static List<ResourceStatement> readOrNull(String document, String source, String consequence) {
    StatementReader reader = new StatementReader(source);
    try {
      return reader.document(JsonTree.read(document), "the document", reader::resourceStatement);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warning(consequence + e.getMessage());
      return null;
    }
  }

  /**
   * The ARN of the resource whose policy covers a resource ARN: the table for the table and its
   * indexes, the stream itself for a stream (a table's policy does not cover its streams, which
   * have policies of their own); null for another resource or none (a request without a table
   * name, ListStreams).
   */
  private static String policyHolderOf(String resource) {
    if (!resource.startsWith(TABLE_ARN_PREFIX) || resource.length() == TABLE_ARN_PREFIX.length()) {
      return null;
    }
    int slash = resource.indexOf('/', TABLE_ARN_PREFIX.length());
    if (slash < 0) {
      return resource;
    }
    if (resource.startsWith("/index/", slash)) {
      return resource.substring(0, slash);
    }
    boolean stream = resource.startsWith(STREAM, slash) && resource.length() > slash + STREAM.length()
        && resource.indexOf('/', slash + STREAM.length()) < 0;
    return stream ? resource : null;
  }
}
