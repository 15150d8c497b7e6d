package dev.keyway.engine.server.auth;

import dev.keyway.error.AccessDeniedException;
import dev.keyway.spi.Backend;

/**
 * Decides whether an authenticated caller may run a request, by the identity policies of its
 * access key. Every action and resource the request needs must be allowed; the first refusal is
 * reported with IAM's sentence for an implicit or an explicit deny.
 */
public final class Authorizer {
  private final IdentityPolicies policies;
  private final RequestResources resources;

  public Authorizer(IdentityPolicies policies, Backend backend) {
    this.policies = policies;
    this.resources = new RequestResources(new KeySchemas(backend));
  }

  /**
   * @param accessKeyId the key that signed the request
   * @param operation the API name, e.g. {@code PutItem}
   * @param request the decoded request record
   * @throws AccessDeniedException when a needed permission is missing or denied
   */
  public void authorize(String accessKeyId, String operation, Object request) {
    Principal principal = policies.principalOf(accessKeyId);
    for (AccessRequest access : resources.of(operation, request)) {
      PolicyEvaluator.Decision decision =
          PolicyEvaluator.evaluate(principal.statements(), access.action(), access.resource(), access.facts());
      if (decision != PolicyEvaluator.Decision.ALLOW) {
        throw new AccessDeniedException(refusal(principal, access, decision));
      }
    }
  }

  static String refusal(Principal principal, AccessRequest access, PolicyEvaluator.Decision decision) {
    String head = "User: " + principal.arn() + " is not authorized to perform: " + access.action()
        + " on resource: " + access.resource();
    return decision == PolicyEvaluator.Decision.EXPLICIT_DENY
        ? head + " with an explicit deny in an identity-based policy"
        : head + " because no identity-based policy allows the " + access.action() + " action";
  }
}
