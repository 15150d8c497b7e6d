package dev.keyway.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.aws.AwsBackend;
import dev.keyway.aws.SdkOperation;
import dev.keyway.engine.Engine;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.engine.sdk.KeywayDynamoDbClient;
import dev.keyway.ops.PutItemRequest;
import dev.keyway.spi.Backend;
import dev.keyway.spi.Operation;
import dev.keyway.spi.Operations;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkRequest;

/**
 * The guard behind the single list of operations: every entry of {@link Operations} is served by
 * every layer (Backend, Engine, AwsBackend, the wire protocol, KeywayDynamoDbClient), and no layer
 * serves an operation the list lacks. When this fails after adding an operation, the message names
 * the layer to finish; docs/operations.md lists the steps.
 */
class OperationCoverageTest {

  static Stream<Operation<?, ?>> operations() {
    return Operations.all().stream();
  }

  // --- the list itself -------------------------------------------------------------------------

  @Test
  void everyConstantIsListedOnceAndFoundByName() throws IllegalAccessException {
    List<Operation<?, ?>> constants = new ArrayList<>();
    for (Field field : Operations.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Operation.class) {
        constants.add((Operation<?, ?>) field.get(null));
      }
    }
    assertThat(Operations.all()).containsExactlyInAnyOrderElementsOf(constants);
    for (Operation<?, ?> operation : Operations.all()) {
      assertThat(Operations.named(operation.name())).containsSame(operation);
    }
    assertThat(Operations.named("NoSuchOperation")).isEmpty();
  }

  @Test
  void everyBackendMethodIsListed() {
    for (Method method : Backend.class.getMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && !method.getName().equals("close")) {
        assertThat(operationWithMethod(method.getName()))
            .as("Backend.%s has no entry in Operations", method.getName())
            .isNotNull();
      }
    }
  }

  @Test
  void adaptersServeNothingTheListLacks() {
    for (Method method : KeywayDynamoDbClient.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && method.getParameterCount() == 1
          && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
        assertThat(operationWithMethod(method.getName()))
            .as("KeywayDynamoDbClient.%s has no entry in Operations", method.getName())
            .isNotNull();
      }
    }
    for (Method method : AwsBackend.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && method.getParameterCount() == 1
          && method.getParameterTypes()[0].getPackage() == PutItemRequest.class.getPackage()) {
        assertThat(operationWithMethod(method.getName()))
            .as("AwsBackend.%s has no entry in Operations", method.getName())
            .isNotNull();
      }
    }
  }

  // --- each entry, layer by layer --------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void backendDeclaresTheTypedMethodAndTheEntryCallsIt(Operation<?, ?> operation) throws Exception {
    Method method = Backend.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getReturnType())
        .as("Backend.%s returns the entry's response type", operation.methodName())
        .isEqualTo(operation.hasResponse() ? operation.responseType() : void.class);

    Recorder recorder = new Recorder();
    Object response = invoke(operation, recorder.backend(), Recorder.emptyOf(operation.requestType()));
    assertThat(recorder.calls).containsExactly(operation.methodName());
    assertResponse(operation, response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void engineImplementsIt(Operation<?, ?> operation) throws Exception {
    Method method = Engine.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getDeclaringClass()).as("Engine overrides %s", method.getName()).isEqualTo(Engine.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void awsBackendCallsTheSdkClientMethod(Operation<?, ?> operation) throws Exception {
    Method method = AwsBackend.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getDeclaringClass()).as("AwsBackend overrides %s", method.getName()).isEqualTo(AwsBackend.class);

    Recorder recorder = new Recorder();
    Object response =
        invoke(operation, AwsBackend.of(recorder.sdkClient()), Recorder.emptyOf(operation.requestType()));
    assertThat(recorder.calls).containsExactly(operation.methodName());
    assertResponse(operation, response);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sdkClientAdapterRunsItOnTheBackend(Operation<?, ?> operation) throws Exception {
    SdkOperation<?, ?> sdk = SdkOperation.of(operation);
    Method method = KeywayDynamoDbClient.class.getMethod(operation.methodName(), sdk.requestClass());
    assertThat(method.getDeclaringClass())
        .as("KeywayDynamoDbClient overrides %s (the SDK's default throws UnsupportedOperationException)", method.getName())
        .isEqualTo(KeywayDynamoDbClient.class);

    Recorder recorder = new Recorder();
    Object response = method.invoke(KeywayDynamoDbClient.of(recorder.backend()), Recorder.emptyOf(sdk.requestClass()));
    assertThat(recorder.calls).containsExactly(operation.methodName());
    assertThat(response).isInstanceOf(sdk.responseClass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void wireProtocolNamesItAndRoundTripsItsRecords(Operation<?, ?> operation) {
    DynamoJsonProtocol protocol = new DynamoJsonProtocol();
    assertThat(protocol.operationFor(DynamoJsonProtocol.TARGET_PREFIX + operation.name())).isSameAs(operation);

    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(protocol.readRequest(operation, body, 0, body.length))
        .isEqualTo(Recorder.emptyOf(operation.requestType()));
    Record request = Recorder.emptyOf(operation.requestType());
    assertThat(roundTrip(protocol, request)).isEqualTo(request);
    if (operation.hasResponse()) {
      Record response = (Record) Recorder.emptyOf(operation.responseType());
      assertThat(roundTrip(protocol, response)).isEqualTo(response);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Operation<?, ?> operationWithMethod(String methodName) {
    return Operations.all().stream().filter(o -> o.methodName().equals(methodName)).findFirst().orElse(null);
  }

  private static <Q extends Record, R> R invoke(Operation<Q, R> operation, Backend backend, Object request) {
    return operation.invoke(backend, operation.requestType().cast(request));
  }

  private static void assertResponse(Operation<?, ?> operation, Object response) {
    if (operation.hasResponse()) {
      assertThat(response).isInstanceOf(operation.responseType());
    } else {
      assertThat(response).isNull();
    }
  }

  private static <T extends Record> T roundTrip(DynamoJsonProtocol protocol, T value) {
    byte[] json = protocol.toJson(value);
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) value.getClass();
    return protocol.read(type, json, 0, json.length);
  }
}
