package dev.keyway.engine.server;

import dev.keyway.error.InvalidSignatureException;

/**
 * The {@code Credential=} part of a SigV4 Authorization header:
 * {@code keyId/yyyyMMdd/region/service/aws4_request}.
 */
record CredentialScope(String accessKeyId, String date, String region, String service, String terminator) {
  static final String SERVICE = "dynamodb";
  static final String TERMINATOR = "aws4_request";

  /** Splits the credential; null when it does not have exactly five parts. */
  static CredentialScope parse(String credential) {
    String[] parts = credential.split("/", -1);
    if (parts.length != 5) {
      return null;
    }
    return new CredentialScope(parts[0], parts[1], parts[2], parts[3], parts[4]);
  }

  /** The scope as it appears in the string to sign. */
  String scope() {
    return date + "/" + region + "/" + service + "/" + terminator;
  }

  /**
   * Rejects a scope the signature may not use: another region than the server's (when it has one),
   * another service than DynamoDB, an unknown terminator, or a date other than the request's. AWS
   * reports every problem found, in this order, in one InvalidSignatureException.
   *
   * @param requiredRegion the server's region, or null when any region is accepted
   * @param amzDate the request's {@code X-Amz-Date} ({@code yyyyMMdd'T'HHmmss'Z'}, already parsed)
   */
  void check(String requiredRegion, String amzDate) {
    StringBuilder problems = new StringBuilder();
    if (requiredRegion != null && !requiredRegion.equals(region)) {
      problems.append("Credential should be scoped to a valid region, not '").append(region).append("'. ");
    }
    if (!SERVICE.equals(service)) {
      problems.append("Credential should be scoped to correct service: '").append(SERVICE).append("'. ");
    }
    if (!TERMINATOR.equals(terminator)) {
      problems.append("Credential should be scoped with a valid terminator: '").append(TERMINATOR)
          .append("', not '").append(terminator).append("'. ");
    }
    String requestDay = amzDate.substring(0, 8);
    if (!requestDay.equals(date)) {
      problems.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
          .append(date).append("' != '").append(requestDay).append("', from '").append(amzDate).append("'.");
    }
    if (problems.length() > 0) {
      throw new InvalidSignatureException(problems.toString());
    }
  }
}
