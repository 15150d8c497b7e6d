package dev.keyway.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.aws.AwsStreamsBackend;
import dev.keyway.aws.SdkOperation;
import dev.keyway.engine.Engine;
import dev.keyway.ops.streams.ListStreamsRequest;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.spi.StreamsBackend;
import dev.keyway.spi.StreamsOperation;
import dev.keyway.spi.StreamsOperations;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The guard behind the second list, {@link StreamsOperations}: every entry is a typed method of
 * {@link StreamsBackend} (and nothing else is), the engine implements it, the AWS SDK's streams
 * client has an operation of that name, {@link AwsStreamsBackend} calls it, and the wire protocol
 * maps its target and round-trips its records.
 */
class StreamsOperationCoverageTest {

  static Stream<StreamsOperation<?, ?>> operations() {
    return StreamsOperations.all().stream();
  }

  @Test
  void everyConstantIsListedOnceAndEveryBackendMethodHasAnEntry() throws IllegalAccessException {
    List<StreamsOperation<?, ?>> constants = new ArrayList<>();
    for (Field field : StreamsOperations.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == StreamsOperation.class) {
        constants.add((StreamsOperation<?, ?>) field.get(null));
      }
    }
    assertThat(StreamsOperations.all()).containsExactlyInAnyOrderElementsOf(constants).doesNotHaveDuplicates();
    for (Method method : StreamsBackend.class.getMethods()) {
      assertThat(StreamsOperations.all()).as("StreamsBackend.%s has no entry", method.getName())
          .anyMatch(op -> op.methodName().equals(method.getName()));
    }
    for (StreamsOperation<?, ?> operation : StreamsOperations.all()) {
      assertThat(StreamsOperations.named(operation.name())).containsSame(operation);
    }
    assertThat(StreamsOperations.named("PutItem")).isEmpty();
    for (Method method : AwsStreamsBackend.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1
          && method.getParameterTypes()[0].getPackage() == ListStreamsRequest.class.getPackage()) {
        assertThat(StreamsOperations.all()).as("AwsStreamsBackend.%s has no entry", method.getName())
            .anyMatch(op -> op.methodName().equals(method.getName()));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theEntryCallsItsTypedMethod(StreamsOperation<?, ?> operation) throws Exception {
    Method method = StreamsBackend.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getReturnType()).isEqualTo(operation.responseType());
    List<String> calls = new ArrayList<>();
    StreamsBackend recorder = (StreamsBackend) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {StreamsBackend.class}, (proxy, m, args) -> {
          calls.add(m.getName());
          return Recorder.emptyOf(m.getReturnType());
        });
    assertThat(invoke(operation, recorder)).isInstanceOf(operation.responseType());
    assertThat(calls).containsExactly(operation.methodName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void engineImplementsItAndTheSdkClientNamesIt(StreamsOperation<?, ?> operation) throws Exception {
    Method method = Engine.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getDeclaringClass()).isEqualTo(Engine.class);
    Class<?> sdkRequest = Class.forName("software.amazon.awssdk.services.dynamodb.model." + operation.name() + "Request");
    assertThat(DynamoDbStreamsClient.class.getMethod(operation.methodName(), sdkRequest)).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void awsStreamsBackendCallsTheSdkClientMethod(StreamsOperation<?, ?> operation) throws Exception {
    Method method = AwsStreamsBackend.class.getMethod(operation.methodName(), operation.requestType());
    assertThat(method.getDeclaringClass()).as("AwsStreamsBackend overrides %s", method.getName())
        .isEqualTo(AwsStreamsBackend.class);
    assertThat(SdkOperation.of(operation).requestClass().getSimpleName()).isEqualTo(operation.name() + "Request");

    Recorder recorder = new Recorder();
    assertThat(invoke(operation, AwsStreamsBackend.of(recorder.streamsSdkClient()))).isInstanceOf(operation.responseType());
    assertThat(recorder.calls).containsExactly(operation.methodName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void wireProtocolNamesItAndRoundTripsItsRecords(StreamsOperation<?, ?> operation) {
    DynamoJsonProtocol protocol = new DynamoJsonProtocol();
    assertThat(protocol.streamsOperationFor(DynamoJsonProtocol.STREAMS_TARGET_PREFIX + operation.name())).isSameAs(operation);
    assertThat(protocol.operationFor(DynamoJsonProtocol.STREAMS_TARGET_PREFIX + operation.name())).isNull();
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(protocol.read(operation.requestType(), body, 0, body.length))
        .isEqualTo(Recorder.emptyOf(operation.requestType()));
    Record response = Recorder.emptyOf(operation.responseType());
    byte[] json = protocol.toJson(response);
    assertThat(protocol.read(operation.responseType(), json, 0, json.length)).isEqualTo(response);
  }

  private static <Q extends Record, R extends Record> R invoke(StreamsOperation<Q, R> operation, StreamsBackend backend) {
    return operation.invoke(backend, Recorder.emptyOf(operation.requestType()));
  }
}
