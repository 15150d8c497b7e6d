package dev.keyway.samples.notes;

import dev.keyway.aws.AwsBackend;
import dev.keyway.engine.Engine;
import dev.keyway.spi.Backend;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** Where the notes are kept: the same generated code runs on each, only the {@link Backend} differs. */
public sealed interface Storage {
  Backend open();

  /** Keyway's engine, durable in a data directory: notes survive a restart. */
  record OnDisk(Path directory) implements Storage {
    @Override
    public Backend open() {
      return Engine.open(directory);
    }

    @Override
    public String toString() {
      return "the engine on disk in " + directory.toAbsolutePath().normalize();
    }
  }

  /** Keyway's engine in memory: notes are gone when the service stops. */
  record InMemory() implements Storage {
    @Override
    public Backend open() {
      return Engine.inMemory();
    }

    @Override
    public String toString() {
      return "the engine in memory";
    }
  }

  /**
   * Amazon DynamoDB through the AWS SDK, with the SDK's default credentials; region and endpoint from the
   * SDK's defaults (AWS_REGION, ~/.aws/config) unless given. An endpoint can be any server speaking
   * DynamoDB's protocol, such as {@code keyway-engine serve}.
   */
  record DynamoDb(String region, URI endpoint) implements Storage {
    @Override
    public Backend open() {
      DynamoDbClientBuilder client = DynamoDbClient.builder();
      if (region != null) {
        client.region(Region.of(region));
      }
      if (endpoint != null) {
        client.endpointOverride(endpoint);
      }
      return AwsBackend.owning(client.build());
    }

    @Override
    public String toString() {
      return "DynamoDB" + (endpoint == null ? "" : " at " + endpoint) + (region == null ? "" : " in " + region);
    }
  }
}
