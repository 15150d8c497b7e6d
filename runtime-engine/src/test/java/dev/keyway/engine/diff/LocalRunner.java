package dev.keyway.engine.diff;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.keyway.aws.AwsBackend;

/** Runs requests on DynamoDB Local embedded, through Keyway's AWS SDK v2 backend. */
final class LocalRunner extends BackendRunner {
  private final AmazonDynamoDBLocal local;

  private LocalRunner(AmazonDynamoDBLocal local) {
    super(AwsBackend.owning(local.dynamoDbClient()));
    this.local = local;
  }

  static LocalRunner start() {
    return new LocalRunner(DynamoDBEmbedded.create());
  }

  @Override
  public void close() {
    super.close();
    local.shutdown();
  }
}
