package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.keyway.engine.Engine;
import dev.keyway.engine.protocol.DynamoJsonProtocol;
import dev.keyway.ops.CreateTableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build puts the table's infrastructure files on the class path; the exported table is the model's. */
class ExportedInfrastructureTest {
  private static byte[] resource(String file) throws IOException {
    try (InputStream in = ExportedInfrastructureTest.class.getResourceAsStream("/META-INF/keyway/Shop/" + file)) {
      assertNotNull(in, file + " is on the class path");
      return in.readAllBytes();
    }
  }

  @Test
  void everyFileIsWritten() throws IOException {
    for (String file : List.of("create-table.json", "cloudformation.json", "cloudformation.yaml", "table.tf",
        "workbench-model.json", "access-patterns.md", "table-layout.mmd", "table-layout.md", "iam-policy.json",
        "iam-policy-leading-keys.json", "iam-policy-create-table.json")) {
      resource(file);
    }
  }

  @Test
  void aTableCreatedFromTheExportMatchesTheModel() throws IOException {
    Engine engine = Engine.inMemory();
    byte[] body = resource("create-table.json");
    engine.createTable(new DynamoJsonProtocol().read(CreateTableRequest.class, body, 0, body.length));
    Shop shop = Shop.connect(engine);
    shop.verifyTable();
    assertEquals(List.of(), Shop.DEFINITION.differences(engine));
    shop.customers().put(new Customer("ann", "ann@example.com", "Ann", Instant.parse("2023-01-01T00:00:00Z")));
    assertEquals("Ann", shop.customers().get("ann").orElseThrow().name());
  }
}
