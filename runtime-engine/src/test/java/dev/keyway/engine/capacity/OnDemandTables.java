package dev.keyway.engine.capacity;

import static dev.keyway.engine.Fixtures.def;
import static dev.keyway.engine.Fixtures.keys;

import dev.keyway.engine.Fixtures;
import dev.keyway.ops.CreateTableRequest;
import dev.keyway.ops.GlobalSecondaryIndex;
import dev.keyway.ops.OnDemandThroughput;
import dev.keyway.ops.Projection;
import dev.keyway.ops.ProjectionType;
import dev.keyway.ops.ScalarAttributeType;
import java.util.List;

/** PAY_PER_REQUEST tables with maximum request units (OnDemandThroughput) for capacity tests. */
public final class OnDemandTables {
  private OnDemandTables() {}

  /** A PAY_PER_REQUEST PK (S) + SK (S) table with these maxima (null: none). */
  public static CreateTableRequest capped(String table, Long maxRead, Long maxWrite) {
    return Fixtures.pkSk(table).toBuilder()
        .onDemandThroughput(new OnDemandThroughput(maxRead, maxWrite)).build();
  }

  /** A PAY_PER_REQUEST table without a maximum, whose GSI1 on G (ALL) has these maxima. */
  public static CreateTableRequest cappedGsi(String table, Long maxRead, Long maxWrite) {
    return Fixtures.pkSk(table).toBuilder()
        .attributeDefinitions(List.of(def("PK", ScalarAttributeType.S),
            def("SK", ScalarAttributeType.S), def("G", ScalarAttributeType.S)))
        .globalSecondaryIndexes(List.of(new GlobalSecondaryIndex("GSI1", keys("G", null),
            new Projection(ProjectionType.ALL, null), null,
            new OnDemandThroughput(maxRead, maxWrite)))).build();
  }
}
