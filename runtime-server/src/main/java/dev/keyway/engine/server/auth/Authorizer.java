package dev.keyway.engine.server.auth;

import dev.keyway.engine.storage.Catalog;
import dev.keyway.error.AccessDeniedException;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.spi.Backend;
import dev.keyway.spi.ClientOrigin;

/**
 * Decides whether an authenticated caller may run a request, by the identity policies of its
 * access key and the resource-based policies of the tables it touches, as IAM evaluates them: an
 * explicit Deny in either wins; within the tables' account either policy may allow; a caller of
 * another account needs both. Every action and resource the request needs must be allowed; the
 * first refusal is reported with IAM's sentence for it.
 */
public final class Authorizer {
  static final String LOCKOUT =
      "The new resource policy will not allow you to update the resource policy in the future.";

  private final IdentityPolicies policies;
  private final RequestResources resources;
  private final ResourcePolicies resourcePolicies;

  /**
   * @param policies the identity policies of the server's keys, or null when every key's identity
   *     allows everything (resource-based policies still apply)
   * @param backend where the tables' key schemas and resource-based policies are read
   */
  public Authorizer(IdentityPolicies policies, Backend backend) {
    this.policies = policies;
    this.resources = new RequestResources(new KeySchemas(backend));
    this.resourcePolicies = new ResourcePolicies(backend);
  }

  /**
   * @param accessKeyId the key that signed the request
   * @param operation the API name, e.g. {@code PutItem}
   * @param request the decoded request record
   * @param origin the client's address and whether its connection is TLS
   * @throws AccessDeniedException when a needed permission is missing or denied
   */
  public void authorize(String accessKeyId, String operation, Object request, ClientOrigin origin) {
    Principal principal = policies == null ? Principal.unnamed(accessKeyId, true) : policies.principalOf(accessKeyId);
    for (AccessRequest asked : resources.of(operation, request)) {
      AccessRequest access = asked.by(principal, origin);
      PolicyEvaluator.Decision identity = identity(principal, access);
      String refusal = refusal(principal, access, identity, resourcePolicies.decide(principal, access));
      if (refusal != null) {
        throw new AccessDeniedException(refusal);
      }
      if (request instanceof PutResourcePolicyRequest put && locksOut(put, principal, access, identity)) {
        throw new AccessDeniedException(LOCKOUT);
      }
    }
  }

  /**
   * Whether the policy being put would refuse its author the next PutResourcePolicy, which
   * DynamoDB refuses unless ConfirmRemoveSelfResourceAccess is true.
   */
  private static boolean locksOut(
      PutResourcePolicyRequest put, Principal principal, AccessRequest access, PolicyEvaluator.Decision identity) {
    if (Boolean.TRUE.equals(put.confirmRemoveSelfResourceAccess()) || put.policy() == null
        || !access.action().equals("dynamodb:PutResourcePolicy")) {
      return false;
    }
    return refusal(principal, access, identity, ResourcePolicies.decideWith(put.policy(), principal, access)) != null;
  }

  private static PolicyEvaluator.Decision identity(Principal principal, AccessRequest access) {
    return principal.unrestricted()
        ? PolicyEvaluator.Decision.ALLOW
        : PolicyEvaluator.evaluate(principal.statements(), access.action(), access.resource(), access.facts());
  }

  /** IAM's refusal for the two decisions, or null when they allow the access. */
  static String refusal(
      Principal principal, AccessRequest access, PolicyEvaluator.Decision identity, ResourcePolicies.Decision resource) {
    String head = "User: " + principal.arn() + " is not authorized to perform: " + access.action()
        + " on resource: " + access.resource();
    if (identity == PolicyEvaluator.Decision.EXPLICIT_DENY) {
      return head + " with an explicit deny in an identity-based policy";
    }
    if (resource == ResourcePolicies.Decision.EXPLICIT_DENY) {
      return head + " with an explicit deny in a resource-based policy";
    }
    boolean identityAllows = identity == PolicyEvaluator.Decision.ALLOW;
    if (principal.account().equals(Catalog.ACCOUNT)) {
      if (identityAllows || resource == ResourcePolicies.Decision.ALLOW) {
        return null;
      }
    } else if (identityAllows) {
      if (resource != ResourcePolicies.Decision.NONE) {
        return null;
      }
      return head + " because no resource-based policy allows the " + access.action() + " action";
    }
    return head + " because no identity-based policy allows the " + access.action() + " action";
  }
}
