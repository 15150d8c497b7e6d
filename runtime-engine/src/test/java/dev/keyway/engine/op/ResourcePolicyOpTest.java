package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.pkOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.PolicyNotFoundException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.GetResourcePolicyResponse;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.PutResourcePolicyRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PutResourcePolicy, GetResourcePolicy, DeleteResourcePolicy and CreateTable's ResourcePolicy. */
class ResourcePolicyOpTest {
  private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Shop";
  private static final String NOT_FOUND = "Resource-based policy not found for the provided ResourceArn: ";
  private final Engine engine = Engine.inMemory();

  ResourcePolicyOpTest() {
    engine.createTable(pkOnly("Shop"));
  }

  static String policy(String action) {
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"}, "Action": "%s", "Resource": "*"}]}"""
        .formatted(action);
  }

  private String put(String document, String expectedRevision) {
    return engine.putResourcePolicy(new PutResourcePolicyRequest(ARN, document, expectedRevision, null)).revisionId();
  }

  private GetResourcePolicyResponse get() {
    return engine.getResourcePolicy(new GetResourcePolicyRequest(ARN));
  }

  @Nested
  class Validation {
    @Test
    void membersMustBePresent() {
      assertThatThrownBy(() -> engine.putResourcePolicy(new PutResourcePolicyRequest(null, null, null, null)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("2 validation errors detected: Value null at 'resourceArn' failed to satisfy constraint:"
              + " Member must not be null; Value null at 'policy' failed to satisfy constraint: Member must not be null");
      assertThatThrownBy(() -> engine.getResourcePolicy(new GetResourcePolicyRequest(null)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value null at 'resourceArn' failed to satisfy constraint:"
              + " Member must not be null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "Shop|One or more parameter values were invalid: ARNs must start with 'arn:': Shop",
      "arn:aws:dynamodb:us-east-1:111122223333:table/Shop|This action is only supported by accounts that match the resource owner\u2019s account.",
      "arn:aws:dynamodb:eu-west-1:000000000000:table/Shop|One or more parameter values were invalid: Invalid resource Arn: arn:aws:dynamodb:eu-west-1:000000000000:table/Shop",
      "arn:aws-cn:dynamodb:us-east-1:000000000000:table/Shop|One or more parameter values were invalid: Invalid resource Arn: arn:aws-cn:dynamodb:us-east-1:000000000000:table/Shop",
      "arn:aws:dynamodb:us-east-1:000000000000:table/Shop/index/ByName|One or more parameter values were invalid: Invalid resource arn provided, only table or stream is accepted. Provided resource arn: arn:aws:dynamodb:us-east-1:000000000000:table/Shop/index/ByName",
      "arn:aws:dynamodb:us-east-1:000000000000:table/Shop/backup/0170|One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: arn:aws:dynamodb:us-east-1:000000000000:table/Shop/backup/0170",
      "arn:aws:s3:::bucket|One or more parameter values were invalid: Provided Arn is not a DynamoDB resource arn: arn:aws:s3:::bucket",
    })
    void arnsDynamoDbDoesNotAccept(String arn, String message) {
      assertThatThrownBy(() -> engine.getResourcePolicy(new GetResourcePolicyRequest(arn)))
          .isInstanceOf(ValidationException.class).hasMessage(message);
      assertThatThrownBy(() -> engine.putResourcePolicy(new PutResourcePolicyRequest(arn, policy("dynamodb:GetItem"), null, null)))
          .isInstanceOf(ValidationException.class).hasMessage(message);
      assertThatThrownBy(() -> engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(arn, null)))
          .isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void aMissingTableOrStream() {
      String missing = "arn:aws:dynamodb:us-east-1:000000000000:table/Nope";
      assertThatThrownBy(() -> engine.putResourcePolicy(new PutResourcePolicyRequest(missing, policy("dynamodb:GetItem"), null, null)))
          .isInstanceOf(ResourceNotFoundException.class).hasMessage("Requested resource not found: Table: Nope not found");
      assertThatThrownBy(() -> engine.getResourcePolicy(new GetResourcePolicyRequest(missing)))
          .isInstanceOf(ResourceNotFoundException.class).hasMessage("Requested resource not found: Table: Nope not found");
      assertThatThrownBy(() -> engine.getResourcePolicy(new GetResourcePolicyRequest(ARN + "/stream/2026-01-01T00:00:00.000")))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found: Stream: 2026-01-01T00:00:00.000 not found for Table: Shop");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "not json|One or more parameter values were invalid: Invalid policy document: This policy contains invalid Json",
      "[]|One or more parameter values were invalid: Invalid policy document: This policy contains invalid Json",
      "`{\"Version\": \"2012-10-17\"}`|One or more parameter values were invalid: Invalid policy document: Could not parse the policy: Statement is empty!",
      "`{\"Statement\": []}`|One or more parameter values were invalid: Invalid policy document: Could not parse the policy: Statement is empty!",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"dynamodb:GetItem\"}}`|One or more parameter values were invalid: Invalid policy document: Missing required field Resource",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\"}}`|One or more parameter values were invalid: Invalid policy document: Missing required field Principal",
      "`{\"Statement\": {\"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\"}}`|One or more parameter values were invalid: Invalid policy document: Missing required field Effect",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Resource\": \"*\"}}`|One or more parameter values were invalid: Invalid policy document: Missing required field Action",
      "`{\"Statement\": [{\"Sid\": \"A\", \"Effect\": \"Deny\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"dynamodb:*\", \"Resource\": \"*\"}, {\"Sid\": \"A\", \"Effect\": \"Deny\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\": \"dynamodb:*\", \"Resource\": \"*\"}]}`|One or more parameter values were invalid: Invalid policy document: The Statement Ids in the policy are not unique",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\"}}`|Resource-based policy grants unbounded access in one or more elements. Please revise the policy to ensure least-privilege form of access",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\"}}`|Resource-based policy grants unbounded access in one or more elements. Please revise the policy to ensure least-privilege form of access",
      "`{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"bob\"}, \"Action\": \"dynamodb:GetItem\", \"Resource\": \"*\"}}`|One or more parameter values were invalid: Invalid principal in policy document.",
    })
    void documentsDynamoDbRefuses(String document, String message) {
      assertThatThrownBy(() -> put(document, null)).isInstanceOf(ValidationException.class).hasMessage(message);
      assertThatThrownBy(ResourcePolicyOpTest.this::get).isInstanceOf(PolicyNotFoundException.class);
    }

    @Test
    void aDenyForEveryoneIsAccepted() {
      String denyAll = """
          {"Statement": {"Effect": "Deny", "Principal": "*", "Action": "dynamodb:DeleteTable", "Resource": "*"}}""";
      put(denyAll, null);
      assertThat(get().policy()).isEqualTo(denyAll);
    }

    @Test
    void policiesUpTo20KbWhitespaceIncluded() {
      String base = policy("dynamodb:GetItem");
      String exactly = base + " ".repeat(20 * 1024 - base.length());
      put(exactly, null);
      assertThat(get().policy()).hasSize(20 * 1024);
      assertThatThrownBy(() -> put(exactly + " ", null))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Maximum policy size of 20480 bytes exceeded");
    }

    @Test
    void createTableChecksItsPolicyAndCreatesNothingWhenItIsWrong() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("Other").toBuilder().resourcePolicy("{}").build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Invalid policy document: Could not parse the policy: Statement is empty!");
      assertThat(engine.listTables(ListTablesRequest.builder().build()).tableNames()).containsExactly("Shop");
    }
  }

  @Nested
  class Behaviour {
    @Test
    void putThenGetReturnsTheDocumentAsGivenAndItsRevision() {
      String document = policy("dynamodb:GetItem");
      String revision = put(document, null);
      assertThat(revision).matches("\\d{13}");
      assertThat(get()).isEqualTo(new GetResourcePolicyResponse(document, revision));
    }

    @Test
    void theSameDocumentKeepsItsRevisionAndAnotherGetsALaterOne() {
      String first = put(policy("dynamodb:GetItem"), null);
      assertThat(put(policy("dynamodb:GetItem"), null)).isEqualTo(first);
      String second = put(policy("dynamodb:PutItem"), null);
      assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
    }

    @Test
    void expectedRevisionIds() {
      assertThatThrownBy(() -> put(policy("dynamodb:GetItem"), "123"))
          .isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + ARN);
      String first = put(policy("dynamodb:GetItem"), "NO_POLICY");
      assertThatThrownBy(() -> put(policy("dynamodb:PutItem"), "NO_POLICY"))
          .isInstanceOf(PolicyNotFoundException.class)
          .hasMessage(NOT_FOUND + "Requested policy update expecting none to be present for table Shop,"
              + " but a policy exists with revision id " + first + ".");
      String second = put(policy("dynamodb:PutItem"), first);
      assertThatThrownBy(() -> put(policy("dynamodb:Query"), first))
          .isInstanceOf(PolicyNotFoundException.class)
          .hasMessage(NOT_FOUND + "Requested update for policy with revision id " + first
              + ", but the policy associated to target table Shop has revision id " + second + ".");
      assertThat(get().revisionId()).isEqualTo(second);
    }

    @Test
    void deleteReturnsTheRemovedRevision() {
      assertThatThrownBy(() -> engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(ARN, null)))
          .isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + ARN);
      String revision = put(policy("dynamodb:GetItem"), null);
      assertThatThrownBy(() -> engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(ARN, "unknown")))
          .isInstanceOf(PolicyNotFoundException.class)
          .hasMessage(NOT_FOUND + "Requested update for policy with revision id unknown, but the policy"
              + " associated to target table Shop has revision id " + revision + ".");
      assertThat(engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(ARN, revision)).revisionId()).isEqualTo(revision);
      assertThatThrownBy(ResourcePolicyOpTest.this::get).isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + ARN);
    }

    @Test
    void createTableAttachesItsPolicyAndDeleteTableRemovesIt() {
      String document = policy("dynamodb:Query");
      engine.createTable(pkOnly("Other").toBuilder().resourcePolicy(document).build());
      String other = "arn:aws:dynamodb:us-east-1:000000000000:table/Other";
      assertThat(engine.getResourcePolicy(new GetResourcePolicyRequest(other)).policy()).isEqualTo(document);

      engine.deleteTable(new DeleteTableRequest("Other"));
      engine.createTable(pkOnly("Other"));
      assertThatThrownBy(() -> engine.getResourcePolicy(new GetResourcePolicyRequest(other)))
          .isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + other);
    }
  }
}
