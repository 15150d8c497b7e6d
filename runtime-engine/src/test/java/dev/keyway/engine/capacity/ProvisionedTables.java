package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.def;
import static dev.keyway.engine.Fixtures.keys;

import dev.keyway.engine.Fixtures;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ScalarAttributeType;
import java.util.List;

/** PROVISIONED tables for capacity tests. */
public final class ProvisionedTables {
  private ProvisionedTables() {}

  /** A PROVISIONED PK (S) + SK (S) table. */
  public static CreateTableRequest provisioned(String table, long read, long write) {
    return Fixtures.pkSk(table).toBuilder().billingMode(BillingMode.PROVISIONED)
        .provisionedThroughput(new ProvisionedThroughput(read, write)).build();
  }

  /** A PROVISIONED table (100 read units) with GSI1 on G (ALL) at its own capacity. */
  public static CreateTableRequest withGsi(String table, long tableWrite, long gsiRead,
      long gsiWrite) {
    return provisioned(table, 100, tableWrite).toBuilder()
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
            def("SK", ScalarAttributeType.S), def("G", ScalarAttributeType.S)))
        .globalSecondaryIndexes(List.of(new GlobalSecondaryIndex("GSI1", keys("G", null),
            new Projection(ProjectionType.ALL, null),
            new ProvisionedThroughput(gsiRead, gsiWrite)))).build();
  }
}
