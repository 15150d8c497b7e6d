package dev.keyway.engine.server.auth;

import static dev.keyway.engine.server.auth.PolicyEvaluator.Decision.ALLOW;
import static dev.keyway.engine.server.auth.PolicyEvaluator.Decision.EXPLICIT_DENY;
import static dev.keyway.engine.server.auth.PolicyEvaluator.Decision.IMPLICIT_DENY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IAM evaluation, table-driven: statements, one action on one resource with its facts, the decision. */
class PolicyEvaluatorTest {
  private static final String T = "arn:aws:dynamodb:us-east-1:000000000000:table/";

  private static Arguments row(String statements, String action, String resource, Map<ConditionKey, List<String>> facts, PolicyEvaluator.Decision expected) {
    return Arguments.of(statements, action, resource, facts, expected);
  }

  private static Arguments row(String statements, String action, String resource, PolicyEvaluator.Decision expected) {
    return row(statements, action, resource, Map.of(), expected);
  }

  /** Allows everything, but denies it all when the condition on the caller key holds. */
  private static String denyWhen(String operator, String key, String value) {
    return "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
        + "\"Condition\":{\"" + operator + "\":{\"" + key + "\":\"" + value + "\"}}}";
  }

  /** Allows everything when the condition holds (and nothing otherwise). */
  private static String allowWhen(String operator, String key, String valueJson) {
    return "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"" + operator + "\":{\"" + key + "\":"
        + valueJson + "}}}";
  }

  private static Map<ConditionKey, List<String>> from(String address) {
    return Map.of(ConditionKey.SOURCE_IP, List.of(address));
  }

  private static Map<ConditionKey, List<String>> secure(boolean tls) {
    return Map.of(ConditionKey.SECURE_TRANSPORT, List.of(Boolean.toString(tls)));
  }

  /** aws:SourceIp with IpAddress and NotIpAddress: CIDR blocks of both families, their edges, mapped addresses. */
  static Stream<Arguments> sourceIp() {
    String in10 = allowWhen("IpAddress", "aws:SourceIp", "\"10.0.0.0/8\"");
    String in10Slash9 = allowWhen("IpAddress", "aws:SourceIp", "\"10.0.0.0/9\"");
    String anyV4 = allowWhen("IpAddress", "aws:SourceIp", "\"0.0.0.0/0\"");
    String anyV6 = allowWhen("IpAddress", "aws:SourceIp", "\"::/0\"");
    String one = allowWhen("IpAddress", "aws:SourceIp", "\"203.0.113.9/32\"");
    String bare = allowWhen("IpAddress", "aws:SourceIp", "\"203.0.113.9\"");
    String docV6 = allowWhen("IpAddress", "aws:SourceIp", "\"2001:DB8:1234::/48\"");
    String oneV6 = allowWhen("IpAddress", "aws:SourceIp", "\"2001:db8::1/128\"");
    String mappedBlock = allowWhen("IpAddress", "aws:SourceIp", "\"::ffff:10.0.0.0/104\"");
    String eitherOf = allowWhen("IpAddress", "aws:SourceIp", "[\"192.0.2.0/24\",\"2001:db8::/32\"]");
    String denyOutside10 = denyWhen("NotIpAddress", "aws:SourceIp", "10.0.0.0/8");
    String denyInside = denyWhen("IpAddress", "aws:SourceIp", "198.51.100.0/24");
    return Stream.of(
        row(in10, "dynamodb:GetItem", T + "A", from("10.1.2.3"), ALLOW),
        row(in10, "dynamodb:GetItem", T + "A", from("10.255.255.255"), ALLOW),
        row(in10, "dynamodb:GetItem", T + "A", from("11.0.0.0"), IMPLICIT_DENY),
        row(in10, "dynamodb:GetItem", T + "A", from("127.0.0.1"), IMPLICIT_DENY),
        // a prefix that ends inside a byte
        row(in10Slash9, "dynamodb:GetItem", T + "A", from("10.127.255.255"), ALLOW),
        row(in10Slash9, "dynamodb:GetItem", T + "A", from("10.128.0.0"), IMPLICIT_DENY),
        // /0 holds every address of its family, and only those
        row(anyV4, "dynamodb:GetItem", T + "A", from("203.0.113.200"), ALLOW),
        row(anyV4, "dynamodb:GetItem", T + "A", from("2001:db8::1"), IMPLICIT_DENY),
        row(anyV6, "dynamodb:GetItem", T + "A", from("2001:db8::1"), ALLOW),
        row(anyV6, "dynamodb:GetItem", T + "A", from("127.0.0.1"), IMPLICIT_DENY),
        // /32, /128 and a bare address hold one address
        row(one, "dynamodb:GetItem", T + "A", from("203.0.113.9"), ALLOW),
        row(one, "dynamodb:GetItem", T + "A", from("203.0.113.8"), IMPLICIT_DENY),
        row(bare, "dynamodb:GetItem", T + "A", from("203.0.113.9"), ALLOW),
        row(bare, "dynamodb:GetItem", T + "A", from("203.0.113.10"), IMPLICIT_DENY),
        row(oneV6, "dynamodb:GetItem", T + "A", from("2001:db8:0:0:0:0:0:1"), ALLOW),
        row(oneV6, "dynamodb:GetItem", T + "A", from("2001:db8::2"), IMPLICIT_DENY),
        // IPv6 blocks, upper case and compressed forms alike
        row(docV6, "dynamodb:GetItem", T + "A", from("2001:db8:1234:ffff::1"), ALLOW),
        row(docV6, "dynamodb:GetItem", T + "A", from("2001:db8:1235::1"), IMPLICIT_DENY),
        // an IPv4-mapped IPv6 address is its IPv4 address, in the request and in the policy
        row(in10, "dynamodb:GetItem", T + "A", from("::ffff:10.9.8.7"), ALLOW),
        row(mappedBlock, "dynamodb:GetItem", T + "A", from("10.9.8.7"), ALLOW),
        row(mappedBlock, "dynamodb:GetItem", T + "A", from("11.9.8.7"), IMPLICIT_DENY),
        // any one of several blocks
        row(eitherOf, "dynamodb:GetItem", T + "A", from("192.0.2.77"), ALLOW),
        row(eitherOf, "dynamodb:GetItem", T + "A", from("2001:db8:42::7"), ALLOW),
        row(eitherOf, "dynamodb:GetItem", T + "A", from("192.0.3.1"), IMPLICIT_DENY),
        // NotIpAddress: a Deny for everyone outside the block
        row(denyOutside10, "dynamodb:PutItem", T + "A", from("10.0.0.1"), ALLOW),
        row(denyOutside10, "dynamodb:PutItem", T + "A", from("127.0.0.1"), EXPLICIT_DENY),
        row(denyOutside10, "dynamodb:PutItem", T + "A", from("::1"), EXPLICIT_DENY),
        row(denyInside, "dynamodb:PutItem", T + "A", from("198.51.100.255"), EXPLICIT_DENY),
        row(denyInside, "dynamodb:PutItem", T + "A", from("198.51.101.0"), ALLOW),
        // absent key: IpAddress does not hold, IpAddressIfExists does
        row(in10, "dynamodb:GetItem", T + "A", Map.of(), IMPLICIT_DENY),
        row(allowWhen("IpAddressIfExists", "aws:SourceIp", "\"10.0.0.0/8\""), "dynamodb:GetItem", T + "A", Map.of(), ALLOW),
        row(allowWhen("IpAddressIfExists", "aws:SourceIp", "\"10.0.0.0/8\""), "dynamodb:GetItem", T + "A", from("9.0.0.1"), IMPLICIT_DENY),
        row(allowWhen("Null", "aws:SourceIp", "\"false\""), "dynamodb:GetItem", T + "A", from("9.0.0.1"), ALLOW));
  }

  /** aws:SecureTransport with Bool: text or JSON booleans, without regard to case; BoolIfExists. */
  static Stream<Arguments> secureTransport() {
    String denyPlain = denyWhen("Bool", "aws:SecureTransport", "false");
    return Stream.of(
        row(denyPlain, "dynamodb:GetItem", T + "A", secure(false), EXPLICIT_DENY),
        row(denyPlain, "dynamodb:GetItem", T + "A", secure(true), ALLOW),
        row(allowWhen("Bool", "aws:SecureTransport", "true"), "dynamodb:GetItem", T + "A", secure(true), ALLOW),
        row(allowWhen("Bool", "aws:SecureTransport", "true"), "dynamodb:GetItem", T + "A", secure(false), IMPLICIT_DENY),
        row(allowWhen("Bool", "aws:SecureTransport", "\"True\""), "dynamodb:GetItem", T + "A", secure(true), ALLOW),
        row(allowWhen("Bool", "aws:SecureTransport", "\"true\""), "dynamodb:GetItem", T + "A", Map.of(), IMPLICIT_DENY),
        row(allowWhen("BoolIfExists", "aws:SecureTransport", "true"), "dynamodb:GetItem", T + "A", Map.of(), ALLOW),
        row(allowWhen("BoolIfExists", "aws:SecureTransport", "true"), "dynamodb:GetItem", T + "A", secure(false), IMPLICIT_DENY));
  }

  static Stream<Arguments> cases() {
    String allowAll = "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}";
    String leadingAlice = "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\","
        + "\"Condition\":{\"ForAllValues:StringEquals\":{\"dynamodb:LeadingKeys\":[\"alice\"]}}}";
    return Stream.of(
        // default deny
        row("", "dynamodb:GetItem", T + "A", IMPLICIT_DENY),
        row(allowAll, "dynamodb:GetItem", T + "A", ALLOW),
        // actions: exact, wildcard, prefix wildcard, ?, case-insensitive, other service
        row("{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\"}", "dynamodb:PutItem", T + "A", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"dynamodb:Get*\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"dynamodb:Get*\",\"Resource\":\"*\"}", "dynamodb:BatchGetItem", T + "A", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"dynamodb:?etItem\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"DynamoDB:getitem\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":[\"dynamodb:Query\",\"dynamodb:Scan\"],\"Resource\":\"*\"}", "dynamodb:Scan", T + "A", ALLOW),
        // resources: exact ARN, wildcards, case-sensitive, index needs its own ARN, bare names
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "A\"}", "dynamodb:GetItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "A\"}", "dynamodb:GetItem", T + "AB", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "a\"}", "dynamodb:GetItem", T + "A", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "A\"}", "dynamodb:Query", T + "A/index/G", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "A/index/*\"}", "dynamodb:Query", T + "A/index/G", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:dynamodb:*:*:table/Order*\"}", "dynamodb:GetItem", T + "Orders", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"Order?\"}", "dynamodb:GetItem", T + "Orders", ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"Order?\"}", "dynamodb:GetItem", T + "Orders2", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"" + T + "*\"}", "dynamodb:ListTables", "*", IMPLICIT_DENY),
        // NotAction / NotResource
        row("{\"Effect\":\"Allow\",\"NotAction\":\"dynamodb:Delete*\",\"Resource\":\"*\"}", "dynamodb:PutItem", T + "A", ALLOW),
        row("{\"Effect\":\"Allow\",\"NotAction\":\"dynamodb:Delete*\",\"Resource\":\"*\"}", "dynamodb:DeleteItem", T + "A", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotResource\":\"" + T + "Secret\"}", "dynamodb:GetItem", T + "Secret", IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotResource\":\"" + T + "Secret\"}", "dynamodb:GetItem", T + "A", ALLOW),
        // explicit deny wins over any allow, in either order
        row(allowAll + ",{\"Effect\":\"Deny\",\"Action\":\"dynamodb:DeleteTable\",\"Resource\":\"*\"}", "dynamodb:DeleteTable", T + "A", EXPLICIT_DENY),
        row("{\"Effect\":\"Deny\",\"Action\":\"dynamodb:DeleteTable\",\"Resource\":\"*\"}," + allowAll, "dynamodb:DeleteTable", T + "A", EXPLICIT_DENY),
        row(allowAll + ",{\"Effect\":\"Deny\",\"Action\":\"dynamodb:DeleteTable\",\"Resource\":\"*\"}", "dynamodb:DeleteItem", T + "A", ALLOW),
        row("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}", "dynamodb:GetItem", T + "A", EXPLICIT_DENY),
        // LeadingKeys with ForAllValues: every value must match; absent key holds (as IAM)
        row(leadingAlice, "dynamodb:GetItem", T + "A", Map.of(ConditionKey.LEADING_KEYS, List.of("alice")), ALLOW),
        row(leadingAlice, "dynamodb:GetItem", T + "A", Map.of(ConditionKey.LEADING_KEYS, List.of("bob")), IMPLICIT_DENY),
        row(leadingAlice, "dynamodb:BatchGetItem", T + "A", Map.of(ConditionKey.LEADING_KEYS, List.of("alice", "bob")), IMPLICIT_DENY),
        row(leadingAlice, "dynamodb:Scan", T + "A", Map.of(), ALLOW),
        // ForAnyValue: one must match; absent key fails
        row("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringLike\":{\"dynamodb:Attributes\":\"secret*\"}}}," + allowAll,
            "dynamodb:GetItem", T + "A", Map.of(ConditionKey.ATTRIBUTES, List.of("PK", "secretCode")), EXPLICIT_DENY),
        row("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringLike\":{\"dynamodb:Attributes\":\"secret*\"}}}," + allowAll,
            "dynamodb:GetItem", T + "A", Map.of(ConditionKey.ATTRIBUTES, List.of("PK", "name")), ALLOW),
        row("{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringLike\":{\"dynamodb:Attributes\":\"secret*\"}}}," + allowAll,
            "dynamodb:Scan", T + "A", Map.of(), ALLOW),
        // single-valued keys: plain operators, IfExists, negation, ignore-case, Null
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"dynamodb:Select\":\"SPECIFIC_ATTRIBUTES\"}}}",
            "dynamodb:Query", T + "A", Map.of(ConditionKey.SELECT, List.of("ALL_ATTRIBUTES")), IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"dynamodb:Select\":\"SPECIFIC_ATTRIBUTES\"}}}",
            "dynamodb:PutItem", T + "A", Map.of(), IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEqualsIfExists\":{\"dynamodb:Select\":\"SPECIFIC_ATTRIBUTES\"}}}",
            "dynamodb:PutItem", T + "A", Map.of(), ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"dynamodb:ReturnValues\":[\"ALL_OLD\",\"ALL_NEW\"]}}}",
            "dynamodb:PutItem", T + "A", Map.of(ConditionKey.RETURN_VALUES, List.of("ALL_OLD")), IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"dynamodb:ReturnValues\":[\"ALL_OLD\",\"ALL_NEW\"]}}}",
            "dynamodb:PutItem", T + "A", Map.of(), ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEqualsIgnoreCase\":{\"dynamodb:ReturnValues\":\"all_old\"}}}",
            "dynamodb:PutItem", T + "A", Map.of(ConditionKey.RETURN_VALUES, List.of("ALL_OLD")), ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Null\":{\"dynamodb:LeadingKeys\":\"false\"}}}",
            "dynamodb:Scan", T + "A", Map.of(), IMPLICIT_DENY),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"Null\":{\"dynamodb:LeadingKeys\":\"false\"}}}",
            "dynamodb:GetItem", T + "A", Map.of(ConditionKey.LEADING_KEYS, List.of("x")), ALLOW),
        // caller keys; ARN operators match each colon-separated part on its own, case-sensitive
        row(denyWhen("ArnNotEquals", "aws:PrincipalArn", "arn:aws:iam::000000000000:user/admin"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::000000000000:user/admin")), ALLOW),
        row(denyWhen("ArnNotEquals", "aws:PrincipalArn", "arn:aws:iam::000000000000:user/admin"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::000000000000:user/Admin")), EXPLICIT_DENY),
        row(denyWhen("ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::*:user/ops-*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::111122223333:user/ops-eve")), ALLOW),
        row(denyWhen("ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::*:user/ops-*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::111122223333:user/dev-eve")), EXPLICIT_DENY),
        // a * stays within its part: "arn:aws:*" has three parts, so it matches no ARN
        row(denyWhen("ArnNotLike", "aws:PrincipalArn", "arn:aws:*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::000000000000:user/admin")), EXPLICIT_DENY),
        row(denyWhen("ArnNotLike", "aws:PrincipalArn", "arn:aws:*:*:*:*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("arn:aws:iam::000000000000:user/admin")), ALLOW),
        row(denyWhen("ArnLike", "aws:PrincipalArn", "arn:aws:iam::000000000000:*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ARN, List.of("not an arn")), ALLOW),
        row(denyWhen("StringNotEquals", "aws:PrincipalAccount", "000000000000"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_ACCOUNT, List.of("111122223333")), EXPLICIT_DENY),
        row(denyWhen("StringNotLike", "aws:username", "svc-*"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.USERNAME, List.of("svc-orders")), ALLOW),
        row(denyWhen("StringNotEquals", "aws:PrincipalType", "User"), "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.PRINCIPAL_TYPE, List.of("User")), ALLOW),
        // several clauses must all hold
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAllValues:StringEquals\":{\"dynamodb:LeadingKeys\":\"alice\","
                + "\"dynamodb:Attributes\":[\"PK\",\"SK\",\"name\"]},\"StringEqualsIfExists\":{\"dynamodb:Select\":\"SPECIFIC_ATTRIBUTES\"}}}",
            "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.LEADING_KEYS, List.of("alice"), ConditionKey.ATTRIBUTES, List.of("PK", "SK", "name"), ConditionKey.SELECT, List.of("SPECIFIC_ATTRIBUTES")),
            ALLOW),
        row("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAllValues:StringEquals\":{\"dynamodb:LeadingKeys\":\"alice\","
                + "\"dynamodb:Attributes\":[\"PK\",\"SK\",\"name\"]},\"StringEqualsIfExists\":{\"dynamodb:Select\":\"SPECIFIC_ATTRIBUTES\"}}}",
            "dynamodb:GetItem", T + "A",
            Map.of(ConditionKey.LEADING_KEYS, List.of("alice"), ConditionKey.ATTRIBUTES, List.of("PK", "SK", "salary"), ConditionKey.SELECT, List.of("SPECIFIC_ATTRIBUTES")),
            IMPLICIT_DENY));
  }

  @ParameterizedTest(name = "[{index}] {1} on {2} with {3} -> {4}")
  @MethodSource({"cases", "sourceIp", "secureTransport"})
  void decides(String statements, String action, String resource, Map<ConditionKey, List<String>> facts, PolicyEvaluator.Decision expected) {
    String json = "{\"Principals\":[{\"Name\":\"u\",\"AccessKeys\":[\"K\"],\"Policies\":[{\"Version\":\"2012-10-17\",\"Statement\":["
        + statements + "]}]}]}";
    Principal principal = PolicyFile.parse(json, "test.json").principalOf("K");
    assertThat(PolicyEvaluator.evaluate(principal.statements(), action, resource, facts::get)).isEqualTo(expected);
  }
}
