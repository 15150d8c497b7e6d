package dev.keyway.engine.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy file is strict: every mistake is an error naming the file and the member. */
class PolicyFileTest {
  private static String principal(String body) {
    return "{\"Principals\":[" + body + "]}";
  }

  private static String statement(String s) {
    return principal("{\"Name\":\"u\",\"AccessKeys\":[\"K\"],\"Policies\":[{\"Statement\":" + s + "}]}");
  }

  private static String condition(String operator, String key, String valueJson) {
    return statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"" + operator + "\":{\""
        + key + "\":" + valueJson + "}}}");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("", "p.json: not valid JSON: the file is empty"),
        Arguments.of("[]", "p.json: the document must be a JSON object"),
        Arguments.of("{}", "p.json: the document lacks Principals"),
        Arguments.of("{\"Principals\":[],\"Users\":[]}", "p.json: the document has an unknown member \"Users\"; allowed: Principals"),
        Arguments.of(principal("{\"AccessKeys\":[\"K\"]}"), "p.json: Principals[0] lacks Name"),
        Arguments.of(principal("{\"Name\":\"a b\",\"AccessKeys\":[\"K\"]}"),
            "p.json: Principals[0].Name \"a b\" is not an IAM user name (1 to 64 of letters, digits and +=,.@_-)"),
        Arguments.of(principal("{\"Name\":\"u\",\"AccessKeys\":[]}"), "p.json: Principals[0].AccessKeys lists no access key"),
        Arguments.of(principal("{\"Name\":\"u\",\"Account\":\"123\",\"AccessKeys\":[\"K\"]}"),
            "p.json: Principals[0].Account \"123\" is not an AWS account id (12 digits)"),
        Arguments.of(principal("{\"Name\":\"u\",\"AccessKeys\":[\"K\"]},{\"Name\":\"v\",\"AccessKeys\":[\"K\"]}"),
            "p.json: Principals[1].AccessKeys access key K already belongs to u"),
        Arguments.of(statement("{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}"),
            "p.json: Principals[0].Policies[0].Statement.Effect must be \"Allow\" or \"Deny\", not \"allow\""),
        Arguments.of(statement("[{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"*\",\"Resource\":\"*\"}]"),
            "p.json: Principals[0].Policies[0].Statement[0] needs exactly one of Action and NotAction"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Action\":\"*\"}"),
            "p.json: Principals[0].Policies[0].Statement needs exactly one of Resource and NotResource"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}"),
            "p.json: Principals[0].Policies[0].Statement.Action must not be empty"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}"),
            "p.json: Principals[0].Policies[0].Statement has an unknown member \"Principal\"; allowed: Action, Condition, Effect, NotAction, NotResource, Resource, Sid"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"NumericEquals\":{\"dynamodb:Select\":\"1\"}}}"),
            "p.json: Principals[0].Policies[0].Statement.Condition.NumericEquals unsupported condition operator; use one of StringEquals,"
                + " StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, StringLike, StringNotLike, ArnEquals, ArnNotEquals,"
                + " ArnLike, ArnNotLike, IpAddress, NotIpAddress, Bool (each optionally with ForAllValues: or ForAnyValue: and"
                + " IfExists) or Null"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"v\"}}}"),
            "p.json: Principals[0].Policies[0].Statement.Condition.StringEquals.aws:SourceVpce unsupported condition key; use"
                + " dynamodb:LeadingKeys, dynamodb:Attributes, dynamodb:Select, dynamodb:ReturnValues, aws:PrincipalArn,"
                + " aws:PrincipalAccount, aws:username, aws:PrincipalType, aws:SourceIp or aws:SecureTransport"),
        // aws:SourceIp and aws:SecureTransport: operators of their type, values read at start
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"10.0.0.0/33\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"10.0.0.0/33\" has a prefix length outside 0..32"),
        Arguments.of(condition("NotIpAddress", "aws:SourceIp", "[\"10.0.0.0/8\",\"2001:db8::/129\"]"),
            "p.json: Principals[0].Policies[0].Statement.Condition.NotIpAddress.aws:SourceIp value \"2001:db8::/129\" has a prefix length outside 0..128"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"::ffff:10.0.0.0/64\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"::ffff:10.0.0.0/64\" has a prefix length outside 96..128"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"10.0.0.0/\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"10.0.0.0/\" has no valid prefix length after '/'"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"10.0.0/8\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"10.0.0/8\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"10.0.0.256\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"10.0.0.256\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"localhost\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"localhost\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"2001:db8::g\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"2001:db8::g\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"g::1\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"g::1\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"[::1]\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"[::1]\" is not an IP address"),
        Arguments.of(condition("IpAddress", "aws:SourceIp", "\"fe80::1%eth0\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.aws:SourceIp value \"fe80::1%eth0\" is not an IP address"),
        Arguments.of(condition("StringEquals", "aws:SourceIp", "\"10.0.0.1\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.StringEquals.aws:SourceIp aws:SourceIp holds an IP address:"
                + " test it with IpAddress, NotIpAddress or Null"),
        Arguments.of(condition("IpAddress", "dynamodb:Select", "\"10.0.0.1\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.IpAddress.dynamodb:Select dynamodb:Select holds a string:"
                + " test it with a String or Arn operator or Null"),
        Arguments.of(condition("StringEquals", "aws:SecureTransport", "\"true\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.StringEquals.aws:SecureTransport aws:SecureTransport holds a"
                + " boolean: test it with Bool or Null"),
        Arguments.of(condition("Bool", "aws:SecureTransport", "\"yes\""),
            "p.json: Principals[0].Policies[0].Statement.Condition.Bool.aws:SecureTransport value \"yes\" is not true or false"),
        Arguments.of(statement("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"dynamodb:LeadingKeys\":\"u\"}}}"),
            "p.json: Principals[0].Policies[0].Statement.Condition.StringEquals.dynamodb:LeadingKeys dynamodb:LeadingKeys has several"
                + " values: write ForAllValues:StringEquals or ForAnyValue:StringEquals"),
        Arguments.of(principal("{\"Name\":\"u\",\"AccessKeys\":[\"K\"],\"Policies\":[{\"Version\":\"2020-01-01\",\"Statement\":[]}]}"),
            "p.json: Principals[0].Policies[0].Version must be \"2012-10-17\""),
        Arguments.of("{\"Principals\":[],\"Principals\":[]}", "p.json: not valid JSON: Duplicate field 'Principals'"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("mistakes")
  void rejects(String json, String message) {
    assertThatThrownBy(() -> PolicyFile.parse(json, "p.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .startsWith(message);
  }

  @Test
  void namedPrincipalsOwnTheirKeysAndUnlistedKeysHaveNoPolicy() {
    IdentityPolicies policies =
        PolicyFile.parse(principal("{\"Name\":\"alice\",\"AccessKeys\":[\"K1\",\"K2\"],\"Policies\":[{\"Statement\":"
            + "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}},{\"Statement\":[]}]}"), "p.json");
    assertThat(policies.accessKeys()).containsExactlyInAnyOrder("K1", "K2");
    assertThat(policies.principalOf("K2").arn()).isEqualTo("arn:aws:iam::000000000000:user/alice");
    assertThat(policies.principalOf("K1").statements()).hasSize(1);
    assertThat(policies.principalOf("OTHER").arn()).isEqualTo("arn:aws:iam::000000000000:user/OTHER");
    assertThat(policies.principalOf("OTHER").statements()).isEmpty();
  }

  @Test
  void aPrincipalOfAnotherAccount() {
    Principal carol = PolicyFile.parse(principal("{\"Name\":\"carol\",\"Account\":\"111122223333\",\"AccessKeys\":[\"K\"]}"), "p.json")
        .principalOf("K");
    assertThat(carol.account()).isEqualTo("111122223333");
    assertThat(carol.arn()).isEqualTo("arn:aws:iam::111122223333:user/carol");
  }

  @Test
  void resourcePolicyExampleInTheDocsPassesTheEngineChecks() throws Exception {
    String json = policyExampleAfter("### Authorization: resource-based policies");
    dev.keyway.engine.op.check.ResourcePolicyCheck.check(json);
    assertThat(ResourcePolicies.decideWith(json, Principal.user("bob", "000000000000", java.util.List.of()),
        new AccessRequest("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:000000000000:table/Shop", RequestFacts.NONE)))
        .isEqualTo(ResourcePolicies.Decision.ALLOW);
  }

  @Test
  void streamPolicyExampleInTheDocsPassesTheStreamChecksAndDeniesBobsReads() throws Exception {
    String json = policyExampleAfter("A table's **stream** carries a policy of its own");
    dev.keyway.engine.op.check.ResourcePolicyCheck.checkForStream(json);
    String stream = "arn:aws:dynamodb:us-east-1:000000000000:table/Shop/stream/2026-01-01T00:00:00.000";
    assertThat(ResourcePolicies.decideWith(json, Principal.user("bob", "000000000000", java.util.List.of()),
        new AccessRequest("dynamodb:GetRecords", stream, RequestFacts.NONE)))
        .isEqualTo(ResourcePolicies.Decision.EXPLICIT_DENY);
    assertThat(ResourcePolicies.decideWith(json, Principal.user("alice", "000000000000", java.util.List.of()),
        new AccessRequest("dynamodb:GetRecords", stream, RequestFacts.NONE)))
        .isEqualTo(ResourcePolicies.Decision.NONE);
  }

  /** The document of the first {@code put-resource-policy} example after {@code marker} in docs/server.md. */
  private static String policyExampleAfter(String marker) throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/server.md"));
    int start = doc.indexOf("--policy '", doc.indexOf(marker)) + "--policy '".length();
    return doc.substring(start, doc.indexOf("'\n", start));
  }

  @Test
  void exampleInTheDocsIsAValidPolicyFile() throws Exception {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/server.md"));
    int section = doc.indexOf("### Authorization: identity policies");
    int start = doc.indexOf("```json", section) + "```json".length();
    String json = doc.substring(start, doc.indexOf("```", start));
    IdentityPolicies policies = PolicyFile.parse(json, "docs/server.md");
    assertThat(policies.accessKeys()).containsExactly("AKIDALICE");
    assertThat(policies.principalOf("AKIDALICE").statements()).hasSize(3);
  }
}
