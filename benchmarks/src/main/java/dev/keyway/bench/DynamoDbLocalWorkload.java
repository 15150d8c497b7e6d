package dev.keyway.bench;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;

/** The workload on Amazon's DynamoDB Local, embedded in process, through its SDK v2 client. */
final class DynamoDbLocalWorkload extends SdkClientWorkload {
  DynamoDbLocalWorkload() {
    this(DynamoDBEmbedded.create(true));
  }

  private DynamoDbLocalWorkload(AmazonDynamoDBLocal local) {
    super("DynamoDB Local", local.dynamoDbClient(), local::shutdown);
  }
}
