package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.pkOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.ManualClock;
import dev.keyway.engine.storage.durable.DurableOptions;
import dev.keyway.engine.storage.memory.MemoryCatalog;
import dev.keyway.engine.stream.StreamLog;
import dev.keyway.error.PolicyNotFoundException;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.GetResourcePolicyResponse;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.UpdateTableRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy on the ARNs of a table's streams. */
class StreamResourcePolicyTest {
  private static final String TABLE_ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/Shop";
  private static final String NOT_FOUND = "Resource-based policy not found for the provided ResourceArn: ";
  private static final String INVALID_ACTIONS =
      "One or more parameter values were invalid: Invalid policy document: The following action names are invalid: ";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final MemoryCatalog storage = new MemoryCatalog();
  private final Engine engine = Engine.builder().clock(clock).storage(storage).build();

  StreamResourcePolicyTest() {
    engine.createTable(pkOnly("Shop"));
  }

  static String policy(String effect, String... actions) {
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "%s",
          "Principal": {"AWS": "arn:aws:iam::000000000000:user/bob"}, "Action": [%s], "Resource": "*"}]}"""
        .formatted(effect, String.join(", ", Arrays.stream(actions).map(a -> '"' + a + '"').toList()));
  }

  private String enableStream() {
    clock.advance(Duration.ofSeconds(1)); // each enabling is a new stream, labelled with its time
    engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
        .streamSpecification(new StreamSpecification(true, StreamViewType.KEYS_ONLY)).build());
    return engine.describeTable(new DescribeTableRequest("Shop")).table().latestStreamArn();
  }

  private void disableStream() {
    clock.advance(Duration.ofSeconds(1));
    engine.updateTable(UpdateTableRequest.builder().tableName("Shop")
        .streamSpecification(new StreamSpecification(false, null)).build());
  }

  private String put(String arn, String document, String expectedRevision) {
    return engine.putResourcePolicy(new PutResourcePolicyRequest(arn, document, expectedRevision, null)).revisionId();
  }

  private GetResourcePolicyResponse get(String arn) {
    return engine.getResourcePolicy(new GetResourcePolicyRequest(arn));
  }

  @Nested
  class Validation {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "dynamodb:ListStreams|'\"dynamodb:ListStreams\"'",
      "dynamodb:GetItem,dynamodb:GetRecords,dynamodb:ListStreams|'\"dynamodb:GetItem\", \"dynamodb:ListStreams\"'",
      "dynamodb:Put*|'\"dynamodb:Put*\"'",
      "s3:GetObject|'\"s3:GetObject\"'",
    })
    void aStreamPolicyNamesOnlyTheStreamReadActions(String actions, String invalid) {
      String stream = enableStream();
      assertThatThrownBy(() -> put(stream, policy("Allow", actions.split(",")), null))
          .isInstanceOf(ValidationException.class).hasMessage(INVALID_ACTIONS + invalid);
      assertThatThrownBy(() -> get(stream)).isInstanceOf(PolicyNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dynamodb:GetRecords", "dynamodb:describestream", "dynamodb:Get*", "dynamodb:*", "*",
        "dynamodb:GetShard?terator"})
    void actionsThatNameOrMatchAStreamReadActionAreAccepted(String action) {
      String stream = enableStream();
      put(stream, policy("Deny", action), null);
      assertThat(get(stream).policy()).contains(action);
    }

    @Test
    void theTablePolicyRulesApplyToo() {
      String stream = enableStream();
      assertThatThrownBy(() -> put(stream, "{\"Statement\": []}", null))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Invalid policy document: Could not parse the policy: Statement is empty!");
      String tooBig = policy("Allow", "dynamodb:GetRecords");
      String padded = tooBig + " ".repeat(20 * 1024 + 1 - tooBig.length());
      assertThatThrownBy(() -> put(stream, padded, null))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Maximum policy size of 20480 bytes exceeded");
    }

    @Test
    void aLabelTheTableNeverHadIsNotFound() {
      String never = TABLE_ARN + "/stream/2026-01-01T00:00:00.000";
      String message = "Requested resource not found: Stream: 2026-01-01T00:00:00.000 not found for Table: Shop";
      assertThatThrownBy(() -> get(never)).isInstanceOf(ResourceNotFoundException.class).hasMessage(message);
      enableStream();
      assertThatThrownBy(() -> put(never, policy("Allow", "dynamodb:GetRecords"), null))
          .isInstanceOf(ResourceNotFoundException.class).hasMessage(message);
      assertThatThrownBy(() -> engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(never, null)))
          .isInstanceOf(ResourceNotFoundException.class).hasMessage(message);
    }
  }

  @Nested
  class Behaviour {
    @Test
    void putGetAndDeleteOnTheCurrentStreamLeaveTheTablePolicyAlone() {
      String stream = enableStream();
      String document = policy("Deny", "dynamodb:GetRecords");
      String revision = put(stream, document, null);
      assertThat(get(stream)).isEqualTo(new GetResourcePolicyResponse(document, revision));
      assertThatThrownBy(() -> get(TABLE_ARN)).isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + TABLE_ARN);

      String tableRevision = put(TABLE_ARN, policy("Deny", "dynamodb:GetItem"), null);
      assertThat(engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(stream, revision)).revisionId()).isEqualTo(revision);
      assertThatThrownBy(() -> get(stream)).isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + stream);
      assertThat(get(TABLE_ARN).revisionId()).isEqualTo(tableRevision);
    }

    @Test
    void revisionsAndExpectedRevisionIds() {
      String stream = enableStream();
      assertThatThrownBy(() -> put(stream, policy("Allow", "dynamodb:GetRecords"), "123"))
          .isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + stream);
      String first = put(stream, policy("Allow", "dynamodb:GetRecords"), "NO_POLICY");
      assertThat(put(stream, policy("Allow", "dynamodb:GetRecords"), null)).isEqualTo(first);
      assertThatThrownBy(() -> put(stream, policy("Allow", "dynamodb:DescribeStream"), "NO_POLICY"))
          .isInstanceOf(PolicyNotFoundException.class)
          .hasMessage(NOT_FOUND + "Requested policy update expecting none to be present for table Shop,"
              + " but a policy exists with revision id " + first + ".");
      String second = put(stream, policy("Allow", "dynamodb:DescribeStream"), first);
      assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
      assertThatThrownBy(() -> engine.deleteResourcePolicy(new DeleteResourcePolicyRequest(stream, first)))
          .isInstanceOf(PolicyNotFoundException.class)
          .hasMessage(NOT_FOUND + "Requested update for policy with revision id " + first
              + ", but the policy associated to target table Shop has revision id " + second + ".");
      assertThat(get(stream).revisionId()).isEqualTo(second);
    }

    @Test
    void aDisabledStreamKeepsItsPolicyUntilTheEngineForgetsTheStream() {
      String old = enableStream();
      String revision = put(old, policy("Deny", "dynamodb:GetRecords"), null);
      disableStream();
      assertThat(get(old).revisionId()).isEqualTo(revision);
      String changed = put(old, policy("Deny", "dynamodb:DescribeStream"), revision);

      String current = enableStream();
      assertThat(current).isNotEqualTo(old);
      assertThatThrownBy(() -> get(current)).isInstanceOf(PolicyNotFoundException.class).hasMessage(NOT_FOUND + current);
      assertThat(get(old).revisionId()).isEqualTo(changed);

      clock.advance(StreamLog.RETENTION.plusSeconds(1));
      String label = old.substring(old.indexOf("/stream/") + "/stream/".length());
      assertThatThrownBy(() -> get(old)).isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found: Stream: " + label + " not found for Table: Shop");
      // The forgotten stream's policy is detached by the table's next policy change.
      assertThat(storage.find("Shop").streamPolicies()).containsOnlyKeys(label);
      put(current, policy("Deny", "dynamodb:GetRecords"), null);
      String currentLabel = current.substring(current.indexOf("/stream/") + "/stream/".length());
      assertThat(storage.find("Shop").streamPolicies()).containsOnlyKeys(currentLabel);
    }
  }

  @Nested
  class Durability {
    @TempDir Path dir;

    @Test
    void aStreamPolicySurvivesARestartFromTheLogAndFromACheckpoint() {
      Engine first = Engine.builder().clock(clock).durable(dir, DurableOptions.defaults()).build();
      first.createTable(pkOnly("Shop"));
      first.updateTable(UpdateTableRequest.builder().tableName("Shop")
          .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_IMAGE)).build());
      String stream = first.describeTable(new DescribeTableRequest("Shop")).table().latestStreamArn();
      String document = policy("Deny", "dynamodb:GetShardIterator");
      String revision = first.putResourcePolicy(new PutResourcePolicyRequest(stream, document, null, null)).revisionId();
      first.close(); // a closing checkpoint

      Engine second = Engine.builder().clock(clock).durable(dir, DurableOptions.defaults()).build();
      assertThat(second.getResourcePolicy(new GetResourcePolicyRequest(stream)))
          .isEqualTo(new GetResourcePolicyResponse(document, revision));
      second.deleteResourcePolicy(new DeleteResourcePolicyRequest(stream, null));
      second.close();

      Engine third = Engine.builder().clock(clock).durable(dir, DurableOptions.defaults()).build();
      assertThatThrownBy(() -> third.getResourcePolicy(new GetResourcePolicyRequest(stream)))
          .isInstanceOf(PolicyNotFoundException.class);
      third.close();
    }
  }
}
