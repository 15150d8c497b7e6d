package dev.keyway.engine.op;

import static dev.keyway.engine.capacity.OnDemandTables.capped;
import static dev.keyway.engine.capacity.OnDemandTables.cappedGsi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.GlobalSecondaryIndexUpdate;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.UpdateGlobalSecondaryIndexAction;
import dev.keyway.ops.UpdateTableRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** OnDemandThroughput on CreateTable, UpdateTable and DescribeTable (tables and GSIs). */
class OnDemandThroughputOpTest {
  final Engine engine = Engine.inMemory();

  TableDescription describe(String table) {
    return engine.describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
  }

  void update(String table, Long maxRead, Long maxWrite) {
    engine.updateTable(UpdateTableRequest.builder().tableName(table)
        .onDemandThroughput(new OnDemandThroughput(maxRead, maxWrite)).build());
  }

  static CreateTableRequest provisioned(CreateTableRequest r) {
    return r.toBuilder().billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(new ProvisionedThroughput(5L, 5L)).build();
  }

  @Nested
  class Validation {
    @Test
    void createTableRefusesAMaximumOnAProvisionedTableNamingTheReadMemberFirst() {
      assertThatThrownBy(() -> engine.createTable(provisioned(capped("Tbl", 10L, 10L))))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxReadRequestUnits for "
              + "OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.");
      assertThatThrownBy(() -> engine.createTable(provisioned(capped("Tbl", null, 10L))))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxWriteRequestUnits for "
              + "OnDemandThroughput cannot be specified when table BillingMode is PROVISIONED.");
    }

    @Test
    void updateTableRefusesAMaximumOnAProvisionedTable() {
      engine.createTable(provisioned(Fixtures.pkSk("Tbl")));
      assertThatThrownBy(() -> update("Tbl", 10L, null))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxReadRequestUnits for "
              + "OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED");
    }

    @Test
    void theBillingModeRuleComesBeforeTheRangeRule() {
      assertThatThrownBy(() -> engine.createTable(provisioned(capped("Tbl", 0L, null))))
          .hasMessageContaining("cannot be specified when table BillingMode is PROVISIONED.");
    }

    @Test
    void createTableTakesOnlyMaximaOfAtLeastOne() {
      assertThatThrownBy(() -> engine.createTable(capped("Tbl", 0L, null)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxReadRequestUnits for "
              + "OnDemandThroughput must be greater than or equal to 1. Requested value: 0");
      assertThatThrownBy(() -> engine.createTable(capped("Tbl", null, -1L)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxWriteRequestUnits for "
              + "OnDemandThroughput must be greater than or equal to 1. Requested value: -1");
      assertThatThrownBy(() -> engine.createTable(cappedGsi("Tbl", null, 0L)))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("MaxWriteRequestUnits for OnDemandThroughput must be");
    }

    @Test
    void updateTableAlsoTakesMinusOneButNoOtherValueBelowOne() {
      engine.createTable(Fixtures.pkSk("Tbl"));
      assertThatThrownBy(() -> update("Tbl", -2L, null))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: MaxReadRequestUnits for "
              + "OnDemandThroughput must be greater than or equal to 1, or -1 to remove the "
              + "maximum. Requested value: -2");
      update("Tbl", -1L, -1L);
      assertThat(describe("Tbl").onDemandThroughput()).isNull();
    }
  }

  @Nested
  class Behaviour {
    @Test
    void describeTableShowsTheMaximaOfTheTableAndItsGsis() {
      engine.createTable(capped("Tbl", 100L, 50L));
      assertThat(describe("Tbl").onDemandThroughput()).isEqualTo(new OnDemandThroughput(100L, 50L));
      engine.createTable(cappedGsi("Idx", 30L, null));
      TableDescription idx = describe("Idx");
      assertThat(idx.onDemandThroughput()).isNull();
      assertThat(idx.globalSecondaryIndexes().get(0).onDemandThroughput())
          .isEqualTo(new OnDemandThroughput(30L, null));
    }

    @Test
    void aTableWithoutMaximaDescribesNone() {
      engine.createTable(Fixtures.pkSk("Tbl"));
      assertThat(describe("Tbl").onDemandThroughput()).isNull();
    }

    @Test
    void anUpdateMergesMemberByMemberAndMinusOneRemovesAMember() {
      engine.createTable(capped("Tbl", 20L, 15L));
      update("Tbl", 40L, null);
      assertThat(describe("Tbl").onDemandThroughput()).isEqualTo(new OnDemandThroughput(40L, 15L));
      update("Tbl", null, -1L);
      assertThat(describe("Tbl").onDemandThroughput()).isEqualTo(new OnDemandThroughput(40L, null));
    }

    @Test
    void switchingToProvisionedClearsTheMaxima() {
      engine.createTable(capped("Tbl", 20L, 15L));
      engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
          .billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(new ProvisionedThroughput(5L, 5L)).build());
      assertThat(describe("Tbl").onDemandThroughput()).isNull();
      engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
          .billingMode(BillingMode.PAY_PER_REQUEST).build());
      assertThat(describe("Tbl").onDemandThroughput()).isNull();
    }

    @Test
    void aGsiUpdateChangesTheIndexMaximum() {
      engine.createTable(cappedGsi("Tbl", 30L, 10L));
      engine.updateTable(UpdateTableRequest.builder().tableName("Tbl")
          .globalSecondaryIndexUpdates(List.of(new GlobalSecondaryIndexUpdate(
              new UpdateGlobalSecondaryIndexAction("GSI1", null,
                  new OnDemandThroughput(-1L, 12L)), null, null))).build());
      assertThat(describe("Tbl").globalSecondaryIndexes().get(0).onDemandThroughput())
          .isEqualTo(new OnDemandThroughput(null, 12L));
    }
  }
}
