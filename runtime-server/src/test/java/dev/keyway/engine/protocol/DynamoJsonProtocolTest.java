package dev.keyway.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.SerializationException;
import dev.keyway.error.ValidationException;
import dev.keyway.model.AttributeValue;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GetItemRequest;
import dev.keyway.ops.KeyType;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.ops.QueryRequest;
import dev.keyway.ops.ReturnValue;
import dev.keyway.ops.TableDescription;
import dev.keyway.spi.ApiOperation;
import dev.keyway.spi.Operations;
import dev.keyway.spi.StreamsOperations;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DynamoJsonProtocolTest {
  private final DynamoJsonProtocol protocol = new DynamoJsonProtocol();

  private <R extends Record> R read(Class<R> type, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return protocol.read(type, bytes, 0, bytes.length);
  }

  private String json(Object response) {
    return new String(protocol.toJson(response), StandardCharsets.UTF_8);
  }

  /** Shapes are built lazily, so this is where a record without a wire mapping shows up. */
  @Test
  void everyOperationsRequestAndResponseHaveAWireShape() {
    List<ApiOperation<?, ?, ?>> all = new ArrayList<>(Operations.all());
    all.addAll(StreamsOperations.all());
    for (ApiOperation<?, ?, ?> op : all) {
      assertThat(read(op.requestType(), "{}")).as(op.name()).isNotNull();
      if (op.responseType().isRecord()) {
        Record empty = read(op.responseType().asSubclass(Record.class), "{}");
        assertThat(json(empty)).as(op.name()).isEqualTo("{}");
      }
    }
  }

  @Nested
  class Serialization {
    @Test
    void everyAttributeTypeRoundTrips() {
      String item =
          "{\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"1.5\"},\"b\":{\"B\":\"AQI=\"},\"t\":{\"BOOL\":true},\"z\":{\"NULL\":true},"
              + "\"l\":{\"L\":[{\"S\":\"a\"},{\"N\":\"2\"}]},\"m\":{\"M\":{\"k\":{\"SS\":[\"a\",\"b\"]}}},"
              + "\"ns\":{\"NS\":[\"1\",\"2\"]},\"bs\":{\"BS\":[\"AQ==\"]}}";
      PutItemRequest request = read(PutItemRequest.class, "{\"TableName\":\"T\",\"Item\":" + item + ",\"Unknown\":[1,{}]}");
      assertThat(request.tableName()).isEqualTo("T");
      assertThat(request.item().get("l")).isEqualTo(AttributeValue.list(AttributeValue.s("a"), AttributeValue.n(2)));
      assertThat(json(request)).isEqualTo("{\"TableName\":\"T\",\"Item\":" + item + "}");
    }

    @Test
    void nullMembersAreAbsent() {
      PutItemRequest request = read(PutItemRequest.class, "{\"TableName\":null,\"ReturnValues\":null}");
      assertThat(request.tableName()).isNull();
      assertThat(request.returnValues()).isNull();
      assertThat(read(PutItemRequest.class, "null")).isEqualTo(PutItemRequest.builder().build());
    }

    @Test
    void timestampsAreEpochSeconds() {
      TableDescription d = TableDescription.builder().creationDateTime(Instant.ofEpochMilli(1_700_000_000_123L)).build();
      assertThat(json(d)).isEqualTo("{\"CreationDateTime\":1700000000.123}");
      assertThat(read(TableDescription.class, "{\"CreationDateTime\":1700000000.123}").creationDateTime())
          .isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
    }

    @Test
    void wrongTypesUseDynamoDbsMessages() {
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"TableName\":true}"))
          .isInstanceOf(SerializationException.class)
          .hasMessage("class java.lang.Boolean can not be converted to an String");
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":[]}"))
          .isInstanceOf(SerializationException.class)
          .hasMessage("Start of list found where not expected");
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":{\"a\":\"x\"}}"))
          .isInstanceOf(SerializationException.class)
          .hasMessage("Expected null");
      assertThatThrownBy(() -> read(CreateTableRequest.class, "{\"KeySchema\":{}}"))
          .isInstanceOf(SerializationException.class)
          .hasMessage("Start of structure or map found where not expected.");
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"TableName\":\"T\"} x"))
          .isInstanceOf(SerializationException.class)
          .hasMessage(null);
    }

    @Test
    void serializationErrorsComeBeforeValidationErrors() {
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"ReturnValues\":\"BAD\",\"TableName\":1}"))
          .isInstanceOf(SerializationException.class);
    }
  }

  @Nested
  class Validation {
    @Test
    void enumErrorsAreGatheredWithTheirPaths() {
      assertThatThrownBy(
              () -> read(
                  CreateTableRequest.class,
                  "{\"TableName\":\"Tab\",\"AttributeDefinitions\":[],"
                      + "\"KeySchema\":[{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"b\",\"KeyType\":\"SORT\"}],"
                      + "\"BillingMode\":\"FREE\"}"))
          .isInstanceOf(ValidationException.class)
          .hasMessage(
              "2 validation errors detected: Value 'SORT' at 'keySchema.2.member.keyType' failed to satisfy constraint:"
                  + " Member must satisfy enum value set: [HASH, RANGE]; Value 'FREE' at 'billingMode' failed to satisfy"
                  + " constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    }

    @Test
    void enumErrorsAreGatheredWithTheOperationsConstraints() {
      assertThatThrownBy(() -> read(GetItemRequest.class,
              "{\"TableName\":\"a;\",\"ReturnConsumedCapacity\":\"hi\"}"))
          .isInstanceOf(ValidationException.class)
          .hasMessage("4 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to"
              + " satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE];"
              + " Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' at 'tableName' failed to satisfy"
              + " constraint: Member must have length greater than or equal to 3; Value null at 'key'"
              + " failed to satisfy constraint: Member must not be null");
    }

    @Test
    void anEnumValueOutsideItsSetIsNotAlsoAMissingMember() {
      assertThatThrownBy(() -> read(QueryRequest.class, "{\"TableName\":\"T12\",\"KeyConditions\":"
              + "{\"PK\":{\"ComparisonOperator\":\"X\"},\"SK\":{}}}"))
          .isInstanceOf(ValidationException.class)
          .hasMessage("2 validation errors detected: Value 'X' at"
              + " 'keyConditions.PK.member.comparisonOperator' failed to satisfy constraint: Member"
              + " must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL,"
              + " NE, LE, BEGINS_WITH, GE, CONTAINS]; Value null at"
              + " 'keyConditions.SK.member.comparisonOperator' failed to satisfy constraint: Member"
              + " must not be null");
    }

    @Test
    void withoutEnumErrorsTheOperationChecksItsOwnConstraints() {
      // the engine reports them, for in-process callers too; the reader only reads
      assertThat(read(GetItemRequest.class, "{\"TableName\":\"ab\"}").tableName()).isEqualTo("ab");
    }

    @ParameterizedTest
    @EnumSource(ReturnValue.class)
    void everyEnumValueIsAccepted(ReturnValue value) {
      assertThat(read(PutItemRequest.class, "{\"ReturnValues\":\"" + value + "\"}").returnValues()).isEqualTo(value);
    }

    @Test
    void badNumbersAndSetsAreValidationErrors() {
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":{\"a\":{\"SS\":[]}}}")).isInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":{\"a\":{\"N\":\"x\"}}}")).isInstanceOf(ValidationException.class);
      // A bad number inside a number set (found by the wire expectations: it used to leave the parser
      // inside the array and surface as a SerializationException without a message).
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":{\"a\":{\"NS\":[\"1\",\"x\"]},\"b\":{\"S\":\"y\"}}}"))
          .isInstanceOf(ValidationException.class)
          .hasMessage("The parameter cannot be converted to a numeric value: x");
      assertThatThrownBy(() -> read(PutItemRequest.class, "{\"Item\":{\"a\":{\"NULL\":false}}}"))
          .hasMessage("One or more parameter values were invalid: Null attribute value types must have the value of true");
    }

    @Test
    void keyTypeRoundTrips() {
      assertThat(read(dev.keyway.ops.KeySchemaElement.class, "{\"KeyType\":\"RANGE\"}").keyType()).isEqualTo(KeyType.RANGE);
    }
  }
}
