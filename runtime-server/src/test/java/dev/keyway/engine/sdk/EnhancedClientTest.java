package dev.keyway.engine.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.TestServers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The Enhanced Client with a bean table, over HTTP and in process. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnhancedClientTest {
  private Engine httpEngine;
  private KeywayServer server;
  private DynamoDbClient overHttp;
  private DynamoDbClient inProcess;

  @DynamoDbBean
  public static class Order {
    private String customer;
    private String orderId;
    private BigDecimal total;
    private List<String> lines;
    private Instant placed;
    private Long version;

    @DynamoDbPartitionKey
    public String getCustomer() {
      return customer;
    }

    public void setCustomer(String customer) {
      this.customer = customer;
    }

    @DynamoDbSortKey
    public String getOrderId() {
      return orderId;
    }

    public void setOrderId(String orderId) {
      this.orderId = orderId;
    }

    public BigDecimal getTotal() {
      return total;
    }

    public void setTotal(BigDecimal total) {
      this.total = total;
    }

    public List<String> getLines() {
      return lines;
    }

    public void setLines(List<String> lines) {
      this.lines = lines;
    }

    public Instant getPlaced() {
      return placed;
    }

    public void setPlaced(Instant placed) {
      this.placed = placed;
    }

    @DynamoDbVersionAttribute
    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  @BeforeAll
  void start() {
    httpEngine = Engine.inMemory();
    server = KeywayServer.start(httpEngine, ServerConfig.defaults(0));
    overHttp = TestServers.sdkClient(server);
    inProcess = KeywayDynamoDbClient.owning(Engine.inMemory());
  }

  @AfterAll
  void stop() {
    overHttp.close();
    inProcess.close();
    server.close();
    httpEngine.close();
  }

  Stream<Arguments> clients() {
    return Stream.of(Arguments.of("http", overHttp), Arguments.of("in-process", inProcess));
  }

  private static Order order(String customer, String id, String total) {
    Order o = new Order();
    o.setCustomer(customer);
    o.setOrderId(id);
    o.setTotal(new BigDecimal(total));
    o.setLines(List.of("apple", "pear"));
    o.setPlaced(Instant.parse("2024-05-01T10:15:30Z"));
    return o;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void beanTableLifecycle(String name, DynamoDbClient client) {
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    DynamoDbTable<Order> orders = enhanced.table("Orders", TableSchema.fromBean(Order.class));
    orders.createTable();

    for (int i = 0; i < 5; i++) {
      orders.putItem(order("c1", "o" + i, i + ".50"));
    }
    orders.putItem(order("c2", "o9", "1"));

    Order got = orders.getItem(Key.builder().partitionValue("c1").sortValue("o3").build());
    assertThat(got.getTotal()).isEqualByComparingTo("3.50");
    assertThat(got.getLines()).containsExactly("apple", "pear");
    assertThat(got.getPlaced()).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
    assertThat(got.getVersion()).isEqualTo(1L);

    got.setTotal(new BigDecimal("9"));
    Order updated = orders.updateItem(got);
    assertThat(updated.getVersion()).isEqualTo(2L);

    Order stale = order("c1", "o3", "1");
    stale.setVersion(1L);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> orders.putItem(stale))
        .isInstanceOf(ConditionalCheckFailedException.class);

    List<String> ids =
        orders.query(r -> r.queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue("c1"))).limit(2))
            .items().stream().map(Order::getOrderId).collect(Collectors.toList());
    assertThat(ids).containsExactly("o0", "o1", "o2", "o3", "o4");

    List<String> expensive =
        orders.scan(r -> r.filterExpression(
                Expression.builder().expression("#t > :min").putExpressionName("#t", "total")
                    .putExpressionValue(":min", AttributeValue.fromN("3")).build()))
            .items().stream().map(Order::getOrderId).sorted().collect(Collectors.toList());
    assertThat(expensive).containsExactly("o3", "o4");

    orders.deleteItem(Key.builder().partitionValue("c2").sortValue("o9").build());
    assertThat(orders.getItem(Key.builder().partitionValue("c2").sortValue("o9").build())).isNull();
    orders.deleteTable();
  }
}
