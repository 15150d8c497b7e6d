package dev.keyway.engine.op;

import static dev.keyway.engine.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.error.ResourceInUseException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.LocalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ScalarAttributeType;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreateTableOpTest {
  private final Engine engine = Engine.inMemory();

  @Nested
  class Validation {
    @Test
    void missingNameAndKeySchemaAreGathered() {
      assertThatThrownBy(() -> engine.createTable(CreateTableRequest.builder()
              .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("2 validation errors detected: Value null at 'tableName' failed to satisfy "
              + "constraint: Member must not be null; Value null at 'keySchema' failed to satisfy "
              + "constraint: Member must not be null");
    }

    @Test
    void tableNamePatternAndLength() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("a!")))
          .isInstanceOf(ValidationException.class)
          .hasMessage("2 validation errors detected: Value 'a!' at 'tableName' failed to satisfy "
              + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
              + "Value 'a!' at 'tableName' failed to satisfy constraint: Member must have length "
              + "greater than or equal to 3");
    }

    @Test
    void keyAttributeMustBeDefined() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("Tab1").toBuilder()
              .attributeDefinitions(List.of(def("X", ScalarAttributeType.S))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Some index key attributes are "
              + "not defined in AttributeDefinitions. Keys: [PK], AttributeDefinitions: [X]");
    }

    @Test
    void unusedAttributeDefinitionRejected() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("Tab1").toBuilder()
              .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
                  def("X", ScalarAttributeType.S))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Number of attributes in "
              + "KeySchema does not exactly match number of attributes defined in "
              + "AttributeDefinitions");
    }

    @Test
    void payPerRequestRejectsThroughput() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("Tab1").toBuilder()
              .provisionedThroughput(new ProvisionedThroughput(1L, 1L)).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
              + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    }

    @Test
    void lsiNeedsTableRangeKey() {
      assertThatThrownBy(() -> engine.createTable(pkOnly("Tab1").toBuilder()
              .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
                  def("L", ScalarAttributeType.S)))
              .localSecondaryIndexes(List.of(new LocalSecondaryIndex("Lsi1", keys("PK", "L"),
                  new Projection(ProjectionType.ALL, null)))).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Table KeySchema does not have "
              + "a range key, which is required when specifying a LocalSecondaryIndex");
    }

    @Test
    void existingTableIsInUse() {
      engine.createTable(pkOnly("Tab1"));
      assertThatThrownBy(() -> engine.createTable(pkOnly("Tab1")))
          .isInstanceOf(ResourceInUseException.class)
          .hasMessage("Table already exists: Tab1");
    }
  }

  @Nested
  class Behaviour {
    @Test
    void describesActiveTableWithIndexes() {
      TableDescription d = engine.createTable(withIndexes("Shop")).tableDescription();
      assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
      assertThat(d.itemCount()).isZero();
      assertThat(d.globalSecondaryIndexes()).hasSize(1);
      assertThat(d.localSecondaryIndexes()).hasSize(1);
      assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
      assertThat(d.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/Shop");
    }

    @Test
    void provisionedTableKeepsThroughput() {
      TableDescription d = engine.createTable(pkOnly("Tab1").toBuilder()
          .billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(new ProvisionedThroughput(5L, 7L)).build()).tableDescription();
      assertThat(d.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
      assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
    }
  }
}
