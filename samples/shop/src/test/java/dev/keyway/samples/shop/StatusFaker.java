package dev.keyway.samples.shop;

import dev.keyway.ops.DescribeTableResponse;
import dev.keyway.ops.GlobalSecondaryIndexDescription;
import dev.keyway.ops.IndexStatus;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.TableStatus;
import dev.keyway.spi.Interceptor;
import java.util.ArrayList;
import java.util.List;

/**
 * An interceptor that makes the first {@code faked} DescribeTable answers report the table and its indexes
 * in {@code status} (as DynamoDB does while it creates them), and records the operations in call order.
 */
final class StatusFaker implements Interceptor {
  final List<String> calls = new ArrayList<>();
  private final TableStatus status;
  private int faked;

  StatusFaker(TableStatus status, int faked) {
    this.status = status;
    this.faked = faked;
  }

  @Override
  public synchronized <Q extends Record, R> R intercept(Chain<Q, R> chain) {
    calls.add(chain.operation().name());
    R response = chain.proceed(chain.request());
    if (!(response instanceof DescribeTableResponse d) || faked == 0) {
      return response;
    }
    faked--;
    calls.set(calls.size() - 1, "DescribeTable:" + status);
    TableDescription t = d.table();
    List<GlobalSecondaryIndexDescription> indexes = t.globalSecondaryIndexes() == null ? null
        : t.globalSecondaryIndexes().stream().map(i -> i.toBuilder().indexStatus(IndexStatus.CREATING).build())
            .toList();
    @SuppressWarnings("unchecked")
    R faked = (R) new DescribeTableResponse(t.toBuilder().tableStatus(status).globalSecondaryIndexes(indexes).build());
    return faked;
  }
}
