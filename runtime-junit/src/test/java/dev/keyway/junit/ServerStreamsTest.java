package dev.keyway.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.aws.AwsStreamsBackend;
import org.junit.jupiter.api.Test;

@KeywayTest(tables = Events.class, target = TestTarget.SERVER)
class ServerStreamsTest extends StreamsContract {
  @Test
  void theSdksStreamsClientReachesTheServer() {
    assertThat(streams).isInstanceOf(AwsStreamsBackend.class);
    assertThat(((AwsStreamsBackend) streams).client().serviceClientConfiguration().endpointOverride())
        .hasValueSatisfying(uri -> assertThat(uri.getHost()).isEqualTo("127.0.0.1"));
  }
}
