package dev.keyway.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.ops.ListTablesRequest;
import dev.keyway.ops.ListTablesResponse;
import dev.keyway.ops.TagResourceRequest;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InterceptorsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final List<String> log = new CopyOnWriteArrayList<>();

  /** Serves ListTables (one table per requested limit) and TagResource; logs each call. */
  private final Backend backend =
      (Backend)
          Proxy.newProxyInstance(
              Backend.class.getClassLoader(),
              new Class<?>[] {Backend.class},
              (proxy, method, args) -> {
                if (method.getName().equals("toString")) {
                  return "fake";
                }
                log.add("backend " + method.getName());
                return switch (method.getName()) {
                  case "listTables" -> new ListTablesResponse(
                      List.of("T" + ((ListTablesRequest) args[0]).limit()), null);
                  case "describeTable" -> throw new ResourceNotFoundException("Requested resource not found");
                  case "tagResource", "close" -> null;
                  case "clock" -> CLOCK;
                  default -> throw new UnsupportedOperationException(method.getName());
                };
              });

  /** Logs "name operation" around proceeding. */
  private Interceptor logging(String name) {
    return new Interceptor() {
      @Override
      public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
        log.add(name + " " + chain.operation().name());
        return chain.proceed(chain.request());
      }
    };
  }

  @Test
  void withoutInterceptorsNothingIsWrapped() {
    assertThat(Interceptors.of().isEmpty()).isTrue();
    assertThat(Interceptors.of(List.of())).isSameAs(Interceptors.none());
    assertThat(Interceptors.none().wrap(backend)).isSameAs(backend);
    ListTablesResponse response =
        Interceptors.none().call(backend, Operations.LIST_TABLES, new ListTablesRequest(null, 3), CallContext.anonymous());
    assertThat(response.tableNames()).containsExactly("T3");
    assertThat(log).containsExactly("backend listTables");
  }

  @Test
  void interceptorsRunInOrderAroundEveryTypedMethod() {
    Backend wrapped = Interceptors.of(logging("outer"), logging("inner")).wrap(backend);

    assertThat(wrapped.listTables(new ListTablesRequest(null, 1)).tableNames()).containsExactly("T1");
    wrapped.tagResource(new TagResourceRequest("arn", List.of()));

    assertThat(log)
        .containsExactly(
            "outer ListTables", "inner ListTables", "backend listTables",
            "outer TagResource", "inner TagResource", "backend tagResource");
  }

  @Test
  void anInterceptorMayChangeTheRequestOrAnswerItself() {
    Interceptor doubleTheLimit =
        new Interceptor() {
          @Override
          public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
            if (chain.request() instanceof ListTablesRequest r) {
              return chain.proceed(chain.operation().requestType().cast(new ListTablesRequest(null, 2 * r.limit())));
            }
            return chain.proceed(chain.request());
          }
        };
    Interceptor cache =
        new Interceptor() {
          @Override
          public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
            if (chain.operation() == Operations.LIST_TABLES) {
              return chain.operation().responseType().cast(new ListTablesResponse(List.of("cached"), null));
            }
            return chain.proceed(chain.request());
          }
        };

    assertThat(Interceptors.of(doubleTheLimit).wrap(backend).listTables(new ListTablesRequest(null, 4)).tableNames())
        .containsExactly("T8");
    assertThat(Interceptors.of(cache).wrap(backend).listTables(new ListTablesRequest(null, 4)).tableNames())
        .containsExactly("cached");
    assertThat(log).containsExactly("backend listTables");
  }

  @Test
  void interceptorsShareTheCallsContext() {
    Principal alice = () -> "alice";
    Instant start = Instant.parse("2026-01-02T03:04:05Z");
    Interceptor stamp =
        new Interceptor() {
          @Override
          public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
            chain.context().attributes().put("by", chain.context().principal().orElseThrow().getName());
            return chain.proceed(chain.request());
          }
        };
    Interceptor check =
        new Interceptor() {
          @Override
          public <Q extends Record, R> R intercept(Chain<Q, R> chain) {
            log.add(chain.context().attributes().get("by") + " at " + chain.context().startTime());
            return chain.proceed(chain.request());
          }
        };

    Interceptors.of(stamp, check)
        .call(backend, Operations.LIST_TABLES, new ListTablesRequest(null, 1), CallContext.of(alice, start));

    assertThat(log).containsExactly("alice at 2026-01-02T03:04:05Z", "backend listTables");
    assertThat(CallContext.anonymous().principal()).isEmpty();
  }

  @Test
  void aContextFromTheNetworkKeepsItsCallerAndStartAndAddsTheOrigin() throws Exception {
    Principal alice = () -> "alice";
    Instant start = Instant.parse("2026-01-02T03:04:05Z");
    ClientOrigin origin = new ClientOrigin(InetAddress.getByName("192.0.2.7"), true);

    CallContext context = CallContext.of(alice, start).from(origin);

    assertThat(context.principal()).containsSame(alice);
    assertThat(context.startTime()).isEqualTo(start);
    assertThat(context.origin()).contains(origin);
    assertThat(context).hasToString("CallContext[principal=alice, origin=192.0.2.7 (TLS), startTime=2026-01-02T03:04:05Z]");
    assertThat(CallContext.anonymous().origin()).isEmpty();
  }

  @Test
  void errorsPassThroughUnchanged() {
    Backend wrapped = Interceptors.of(logging("outer")).wrap(backend);
    assertThatThrownBy(() -> wrapped.describeTable(null))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Requested resource not found");
  }

  @Test
  void theWrapperClosesTheBackendAndIsItselfOnly() {
    Backend wrapped = Interceptors.of(logging("outer")).wrap(backend);
    assertThat(wrapped).isEqualTo(wrapped).isNotEqualTo(backend).hasSameHashCodeAs(wrapped);
    assertThat(wrapped).hasToString("Intercepted[fake]");
    wrapped.close();
    assertThat(log).containsExactly("backend close");
  }

  @Test
  void theWrapperKeepsTheBackendsClock() {
    assertThat(Interceptors.of(logging("outer")).wrap(backend).clock()).isSameAs(CLOCK);
    assertThat(log).containsExactly("backend clock");
  }
}
