package dev.keyway.docs.shop;

import dev.keyway.aws.AwsBackend;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** docs/production.md: compiled only (it needs AWS); ProductionExampleTest runs the concurrent reads. */
final class ProductionExample {
  static Shop connect() {
    // snippet:start client
    DynamoDbClient client = DynamoDbClient.builder()
        .region(Region.EU_WEST_1)                // or leave it to the default region chain
        .build();                                // credentials: the default provider chain
    Shop shop = Shop.connect(AwsBackend.owning(client));   // closing the backend closes the client
    // snippet:end client
    return shop;
  }

  static List<Future<Optional<Customer>>> readAll(Shop shop, List<String> customerIds) {
    // snippet:start threads
    ExecutorService executor = Executors.newFixedThreadPool(16);   // Java 21: newVirtualThreadPerTaskExecutor()
    List<Future<Optional<Customer>>> futures = customerIds.stream()
        .map(id -> executor.submit(() -> shop.customers().get(id)))   // one GetItem per thread
        .toList();
    executor.shutdown();                                               // the tasks still run
    // snippet:end threads
    return futures;
  }

  private ProductionExample() {}
}
