package dev.keyway.engine.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.InvalidSignatureException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the verifier makes before any signature is computed, called directly. */
class SigV4VerifierTest {
  private static final Instant NOW = Instant.parse("2026-01-02T10:15:00Z");
  private final SigV4Verifier verifier = new SigV4Verifier(Map.of("AKID", AccessKey.longTerm("AKID", "secret")), "eu-west-1");

  private void verify(String credential, String signedHeaders) {
    Map<String, String> headers =
        Map.of(
            "authorization", "AWS4-HMAC-SHA256 Credential=" + credential + ", SignedHeaders=" + signedHeaders + ", Signature=00",
            "x-amz-date", "20260102T101500Z",
            "x-amz-target", "DynamoDB_20120810.ListTables",
            "host", "localhost");
    verifier.verify("POST", "/", n -> headers.containsKey(n.toLowerCase()) ? List.of(headers.get(n.toLowerCase())) : List.of(), new byte[0], NOW);
  }

  @Test
  void targetMustBeSigned() {
    assertThatThrownBy(() -> verify("AKID/20260102/eu-west-1/dynamodb/aws4_request", "host;x-amz-date"))
        .isInstanceOf(InvalidSignatureException.class)
        .hasMessage("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
  }

  @Test
  void everyScopeProblemInAwsOrder() {
    assertThatThrownBy(() -> verify("AKID/20260101/us-east-1/s3/aws5_request", "host;x-amz-date;x-amz-target"))
        .isInstanceOf(InvalidSignatureException.class)
        .hasMessage("Credential should be scoped to a valid region, not 'us-east-1'. "
            + "Credential should be scoped to correct service: 'dynamodb'. "
            + "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
            + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20260101' != '20260102', from '20260102T101500Z'.");
  }

  @Test
  void scopeIsCheckedBeforeTheKeyIsLookedUp() {
    assertThatThrownBy(() -> verify("UNKNOWN/20260102/eu-west-1/s3/aws4_request", "host;x-amz-date;x-amz-target"))
        .isInstanceOf(InvalidSignatureException.class)
        .hasMessage("Credential should be scoped to correct service: 'dynamodb'. ");
  }

  @Test
  void headerSignedTwiceIsAnOrdinaryMismatchNotACrash() {
    assertThatThrownBy(() -> verify("AKID/20260102/eu-west-1/dynamodb/aws4_request", "host;host;x-amz-date;x-amz-target"))
        .isInstanceOf(InvalidSignatureException.class)
        .hasMessageStartingWith(SigV4Verifier.MISMATCH + "\n\nThe Canonical String for this request should have been\n'POST\n/\n\nhost:localhost\nhost:localhost\n");
  }
}
