package dev.keyway.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.aws.SdkOperation;
import dev.keyway.engine.Engine;
import dev.keyway.engine.server.KeywayServer;
import dev.keyway.engine.server.ServerConfig;
import dev.keyway.engine.server.TestServers;
import dev.keyway.error.AccessDeniedException;
import dev.keyway.spi.Interceptor;
import dev.keyway.spi.Interceptors;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Every operation of the list, sent by the real AWS SDK over HTTP, reaches the backend through the
 * server's interceptors, which see the signer's access key. (The requests are empty: naming no
 * table, they make the server's authorization read no resource-based policy from the backend.)
 */
class ServerDispatchTest {
  private static final ServerConfig SIGNED =
      ServerConfig.defaults(0).withCredentials(Map.of("AKIDTEST", "secret"));

  /** Records each call as "Operation by principal", and where it came from. */
  private static final class Witness implements Interceptor {
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<String> origins = new CopyOnWriteArrayList<>();

    @Override
    public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
      String principal = chain.context().principal().map(Principal::getName).orElse("nobody");
      seen.add(chain.operation().name() + " by " + principal);
      origins.add(chain.context().origin()
          .map(o -> o.address().getHostAddress() + (o.secureTransport() ? " over TLS" : " over plain HTTP"))
          .orElse("in process"));
      return chain.proceed(chain.request());
    }
  }

  @Test
  void everyOperationReachesTheBackendThroughTheInterceptors() throws Exception {
    Recorder recorder = new Recorder();
    Witness witness = new Witness();
    try (KeywayServer server = KeywayServer.start(recorder.backend(), SIGNED, Interceptors.of(witness));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      for (Operation<?, ?> operation : Operations.all()) {
        SdkOperation<?, ?> sdk = SdkOperation.of(operation);
        Method method = DynamoDbClient.class.getMethod(operation.methodName(), sdk.requestClass());
        assertThat(method.invoke(client, Recorder.emptyOf(sdk.requestClass()))).isInstanceOf(sdk.responseClass());
      }
    }
    assertThat(recorder.calls)
        .containsExactlyElementsOf(Operations.all().stream().map(Operation::methodName).toList());
    assertThat(witness.seen)
        .containsExactlyElementsOf(Operations.all().stream().map(o -> o.name() + " by AKIDTEST").toList());
    assertThat(witness.origins).hasSize(Operations.all().size()).containsOnly("127.0.0.1 over plain HTTP");
  }

  @Test
  void anInterceptorCanRefuseACall() {
    Interceptor denyListTables =
        new Interceptor() {
          @Override
          public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
            if (chain.operation() == Operations.LIST_TABLES) {
              throw new AccessDeniedException("no ListTables for " + chain.context().principal().orElseThrow().getName());
            }
            return chain.proceed(chain.request());
          }
        };
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, SIGNED, Interceptors.of(denyListTables));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      assertThat(client.describeLimits().accountMaxReadCapacityUnits()).isEqualTo(80000L);
      assertThatThrownBy(client::listTables)
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("no ListTables for AKIDTEST");
              });
    }
  }

  @Test
  void withoutSignaturesTheCallerIsAnonymous() {
    Witness witness = new Witness();
    try (Engine engine = Engine.inMemory();
        KeywayServer server = KeywayServer.start(engine, ServerConfig.defaults(0), Interceptors.of(witness));
        DynamoDbClient client = TestServers.sdkClient(server)) {
      client.listTables();
    }
    assertThat(witness.seen).containsExactly("ListTables by nobody");
    assertThat(witness.origins).containsExactly("127.0.0.1 over plain HTTP");
  }
}
