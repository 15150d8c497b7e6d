package dev.keyway.engine.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test's own SigV4 signer for raw HTTP requests, written from AWS's published algorithm, with
 * every part under the test's control: scope date, region, service, the payload hash put in the
 * canonical request, and extra signed headers. Requests go out through java.net.http, which sets
 * Host itself (the signed host is the endpoint's {@code host:port}, as it sends).
 */
public record RawSigner(
    String accessKey,
    String secret,
    String scopeDate,
    String region,
    String service,
    String payloadHash,
    Map<String, String> signedExtras) {

  static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  public static RawSigner of(String accessKey, String secret) {
    return new RawSigner(accessKey, secret, null, "us-east-1", "dynamodb", null, Map.of());
  }

  RawSigner scopeDate(String date) {
    return new RawSigner(accessKey, secret, date, region, service, payloadHash, signedExtras);
  }

  RawSigner region(String region) {
    return new RawSigner(accessKey, secret, scopeDate, region, service, payloadHash, signedExtras);
  }

  RawSigner service(String service) {
    return new RawSigner(accessKey, secret, scopeDate, region, service, payloadHash, signedExtras);
  }

  /** The payload hash to sign instead of the body's, e.g. {@code UNSIGNED-PAYLOAD}. */
  RawSigner payloadHash(String hash) {
    return new RawSigner(accessKey, secret, scopeDate, region, service, hash, signedExtras);
  }

  RawSigner signing(String header, String value) {
    Map<String, String> extras = new LinkedHashMap<>(signedExtras);
    extras.put(header.toLowerCase(), value);
    return new RawSigner(accessKey, secret, scopeDate, region, service, payloadHash, extras);
  }

  /** The headers of a signed DynamoDB request (Host excepted), signed now. */
  Map<String, String> sign(String endpoint, String operation, String body) {
    return sign(endpoint, operation, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The same for a body of any bytes, UTF-8 or not. */
  public Map<String, String> sign(String endpoint, String operation, byte[] body) {
    String amzDate = AMZ_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
    String host = URI.create(endpoint).getAuthority();
    TreeMap<String, String> signed = new TreeMap<>(signedExtras);
    signed.put("host", host);
    signed.put("content-type", "application/x-amz-json-1.0");
    signed.put("x-amz-date", amzDate);
    signed.put("x-amz-target", "DynamoDB_20120810." + operation);
    String names = String.join(";", signed.keySet());
    StringBuilder canonical = new StringBuilder("POST\n/\n\n");
    signed.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    canonical.append('\n').append(names).append('\n');
    canonical.append(payloadHash != null ? payloadHash : hex(sha256(body)));
    String day = scopeDate != null ? scopeDate : amzDate.substring(0, 8);
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    Map<String, String> headers = new LinkedHashMap<>(signed);
    headers.remove("host");
    headers.put(
        "authorization",
        "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + names + ", Signature="
            + hex(hmac(key, toSign)));
    return headers;
  }

  /** Posts {@code body} with exactly these headers (plus any unsigned extras). */
  static HttpResponse<String> post(String endpoint, Map<String, String> headers, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + "/")).POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String sha256Hex(String body) {
    return hex(sha256(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
