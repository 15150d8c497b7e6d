package dev.keyway.engine.server;

import dev.keyway.error.InvalidSignatureException;
import dev.keyway.error.MissingAuthenticationTokenException;
import dev.keyway.error.UnrecognizedClientException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code Authorization: AWS4-HMAC-SHA256 Credential=...,
 * SignedHeaders=..., Signature=...}) against a fixed set of access keys, failing with DynamoDB's
 * error types and messages.
 *
 * <p>The payload hash in the canonical request is always computed from the body received: as for
 * every AWS service but S3, {@code X-Amz-Content-Sha256} is only an ordinary header here, so
 * neither a hash nor {@code UNSIGNED-PAYLOAD} in it can make a replaced body verify. The credential
 * scope must name service {@code dynamodb}, the day of {@code X-Amz-Date} and, when the server has
 * one, its region. {@code X-Amz-Target} must be signed, since it chooses the operation. A key with a
 * session token needs that token in a signed {@code X-Amz-Security-Token} header.
 */
public final class SigV4Verifier {
  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final HexFormat HEX = HexFormat.of();

  static final String MISSING_TOKEN = "Request is missing Authentication Token";
  static final String UNKNOWN_KEY = "The security token included in the request is invalid.";
  static final String MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your AWS"
          + " Secret Access Key and signing method. Consult the service documentation for details.";

  private static final String SECURITY_TOKEN = "X-Amz-Security-Token";

  private final Map<String, AccessKey> keys;
  private final String region;

  /**
   * @param keys the accepted keys by id
   * @param region the only region credential scopes may name, or null to accept any
   */
  public SigV4Verifier(Map<String, AccessKey> keys, String region) {
    this.keys = Map.copyOf(keys);
    this.region = region;
  }

  /** Long-term keys (secret by key id), any region. */
  public static SigV4Verifier of(Map<String, String> secrets) {
    Map<String, AccessKey> keys = new LinkedHashMap<>();
    secrets.forEach((id, secret) -> keys.put(id, AccessKey.longTerm(id, secret)));
    return new SigV4Verifier(keys, null);
  }

  /**
   * @param headers all values of a header, by case-insensitive name (empty list when absent)
   * @return the access key that signed the request
   */
  public AccessKeyPrincipal verify(
      String method, String uri, Function<String, List<String>> headers, byte[] body, Instant now) {
    List<String> auth = headers.apply("Authorization");
    String authorization = auth.isEmpty() ? null : auth.get(0).strip();
    if (authorization == null || !authorization.startsWith("AWS4-")) {
      throw new MissingAuthenticationTokenException(MISSING_TOKEN);
    }
    Map<String, String> params = parseAuthorization(authorization);
    List<String> dates = headers.apply("X-Amz-Date");
    if (dates.isEmpty()) {
      dates = headers.apply("Date");
    }
    StringBuilder missing = new StringBuilder();
    for (String part : List.of("Credential", "Signature", "SignedHeaders")) {
      if (params.get(part) == null || params.get(part).isEmpty()) {
        missing.append("Authorization header requires '").append(part).append("' parameter. ");
      }
    }
    if (dates.isEmpty()) {
      missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw new IncompleteSignatureException(missing + "Authorization=" + authorization);
    }
    String amzDate = dates.get(0).strip();
    Instant signedAt;
    try {
      signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IncompleteSignatureException(
          "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      throw new InvalidSignatureException(
          "Signature expired: " + amzDate + " is now earlier than " + format(now.minus(MAX_SKEW))
              + " (" + format(now) + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw new InvalidSignatureException(
          "Signature not yet current: " + amzDate + " is still later than " + format(now.plus(MAX_SKEW))
              + " (" + format(now) + " + 15 min.)");
    }
    if (!authorization.startsWith(ALGORITHM + " ")) {
      String algorithm = authorization.split("\\s+", 2)[0];
      throw new IncompleteSignatureException(
          "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). ");
    }
    CredentialScope scope = CredentialScope.parse(params.get("Credential"));
    if (scope == null) {
      throw new IncompleteSignatureException(
          "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
              + params.get("Credential") + "'");
    }
    String signedHeaders = params.get("SignedHeaders");
    // A set that tolerates a name listed twice: Set.of would throw on it.
    Set<String> signed = new HashSet<>(Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";")));
    if (!signed.contains("host")) {
      throw new InvalidSignatureException("'Host' must be a 'SignedHeader' in the AWS Authorization.");
    }
    // X-Amz-Target picks the operation: unsigned, a captured request could be replayed as another one.
    if (!signed.contains("x-amz-target")) {
      throw new InvalidSignatureException("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization.");
    }
    scope.check(region, amzDate);
    AccessKey accessKey = keys.get(scope.accessKeyId());
    if (accessKey == null) {
      throw new UnrecognizedClientException(UNKNOWN_KEY);
    }
    String canonical = canonicalRequest(method, uri, signedHeaders, headers, HEX.formatHex(sha256(body)));
    String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope.scope() + "\n" + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + accessKey.secret()).getBytes(StandardCharsets.UTF_8), scope.date());
    key = hmac(key, scope.region());
    key = hmac(key, scope.service());
    key = hmac(key, scope.terminator());
    String expected = HEX.formatHex(hmac(key, stringToSign));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        params.get("Signature").getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidSignatureException(
          MISMATCH + "\n\nThe Canonical String for this request should have been\n'" + canonical
              + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n");
    }
    // Checked only once the signature holds, so that the answer cannot be used to guess tokens.
    checkSessionToken(accessKey, signed, headers);
    return new AccessKeyPrincipal(accessKey.id());
  }

  /**
   * A key with a session token needs exactly that token, signed; a long-term key must not claim
   * one. An unsigned token header is ignored, like any other header outside the signature.
   */
  private static void checkSessionToken(AccessKey key, Set<String> signed, Function<String, List<String>> headers) {
    List<String> tokens = signed.contains("x-amz-security-token") ? headers.apply(SECURITY_TOKEN) : List.of();
    String presented = tokens.isEmpty() ? null : tokens.get(0).strip();
    boolean valid =
        key.sessionToken() == null
            ? presented == null
            : presented != null
                && MessageDigest.isEqual(
                    presented.getBytes(StandardCharsets.UTF_8), key.sessionToken().getBytes(StandardCharsets.UTF_8));
    if (!valid) {
      throw new UnrecognizedClientException(UNKNOWN_KEY);
    }
  }

  private static String format(Instant instant) {
    return AMZ_DATE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Map<String, String> parseAuthorization(String authorization) {
    Map<String, String> params = new HashMap<>();
    int space = authorization.indexOf(' ');
    String rest = space < 0 ? "" : authorization.substring(space + 1);
    for (String part : rest.split(",")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0) {
        params.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
      }
    }
    return params;
  }

  /** @param payloadHash hex SHA-256 of the body as received, never a value taken from a header */
  static String canonicalRequest(
      String method, String uri, String signedHeaders, Function<String, List<String>> headers, String payloadHash) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    String query = q < 0 ? "" : uri.substring(q + 1);
    StringBuilder sb = new StringBuilder(256);
    sb.append(method).append('\n');
    sb.append(path.isEmpty() ? "/" : path).append('\n');
    sb.append(canonicalQuery(query)).append('\n');
    for (String name : signedHeaders.split(";")) {
      List<String> values = new ArrayList<>();
      for (String v : headers.apply(name)) {
        values.add(v.strip().replaceAll("\\s+", " "));
      }
      sb.append(name.toLowerCase(Locale.ROOT)).append(':').append(String.join(",", values)).append('\n');
    }
    sb.append('\n').append(signedHeaders).append('\n');
    sb.append(payloadHash);
    return sb.toString();
  }

  private static String canonicalQuery(String query) {
    if (query.isEmpty()) {
      return "";
    }
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      sorted.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    StringBuilder sb = new StringBuilder();
    sorted.forEach((k, vs) -> vs.stream().sorted().forEach(v -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(k).append('=').append(v);
    }));
    return sb.toString();
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
