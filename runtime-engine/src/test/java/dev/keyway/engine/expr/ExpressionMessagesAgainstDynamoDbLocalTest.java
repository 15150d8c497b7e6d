package dev.keyway.engine.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.keyway.engine.expr.ast.Condition;
import dev.keyway.engine.expr.ast.ExpressionKind;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.engine.expr.eval.ConditionEvaluator;
import dev.keyway.engine.expr.eval.UpdateApplier;
import dev.keyway.engine.expr.resolve.ExpressionResolver;
import dev.keyway.engine.expr.resolve.KeyConditionExtractor;
import dev.keyway.model.AttributeValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * Sends every case of {@code differential-cases.txt} to DynamoDB Local and to our parser, resolver
 * and evaluator, and asserts the same outcome: the same ValidationException message, or no
 * validation error (and then the same condition result for PutItem conditions).
 *
 * <p>Case format: {@code kind|expression|second expression|#n=name;..|:v=value;..}, kinds C
 * (PutItem ConditionExpression), U (UpdateItem UpdateExpression + ConditionExpression), Q (Query
 * KeyConditionExpression + FilterExpression), P (GetItem ProjectionExpression). The item is reset
 * to {@code {PK: p, SK: s}} before each case.
 */
class ExpressionMessagesAgainstDynamoDbLocalTest {
  private static final String TABLE = "Things";
  private static AmazonDynamoDBLocal local;
  private static DynamoDbClient client;

  @BeforeAll
  static void start() {
    local = DynamoDBEmbedded.create();
    client = local.dynamoDbClient();
    client.createTable(
        b ->
            b.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder().attributeName("PK").attributeType("S").build(),
                    AttributeDefinition.builder().attributeName("SK").attributeType("S").build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("PK").keyType(KeyType.HASH).build(),
                    KeySchemaElement.builder().attributeName("SK").keyType(KeyType.RANGE).build()));
  }

  @AfterAll
  static void stop() {
    client.close();
    local.shutdown();
  }

  @Test
  void sameOutcomeAsDynamoDbLocal() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (String line : cases()) {
      DifferentialCase c = DifferentialCase.parse(line);
      client.putItem(b -> b.tableName(TABLE).item(c.sdkKey()));
      String theirs = c.runOn(client, TABLE);
      if (theirs.contains("can only be specified when using expressions")
          || theirs.contains("Filter Expression can only contain")) {
        continue; // operation-level checks, not the expression engine's
      }
      // Known DynamoDB Local difference: real DynamoDB appends ": <key name>" to this message.
      String ours = ours(c).replaceFirst("(missed key schema element): .*", "$1");
      compared++;
      if (!theirs.equals(ours)) {
        mismatches.add(line + "\n    DynamoDB Local: " + theirs + "\n    Keyway:         " + ours);
      }
    }
    assertThat(mismatches).as("compared %d cases", compared).isEmpty();
  }

  @Test
  void everyReservedWordIsReservedInDynamoDbLocal() {
    List<String> notReserved = new ArrayList<>();
    for (String word : dev.keyway.engine.expr.resolve.ReservedWords.all()) {
      if (word.equals("CONVERT") || word.equals("SIZE")) {
        continue; // reserved in DynamoDB's documented list; DynamoDB Local 2.6.1 accepts them
      }
      String theirs =
          outcome(
              () ->
                  client.getItem(
                      b -> b.tableName(TABLE).key(DifferentialCase.parse("P|x").sdkKey())
                          .projectionExpression(word)));
      String ours = ours(DifferentialCase.parse("P|" + word));
      if (!theirs.equals(ours) || !(theirs.endsWith("keyword: " + word) || theirs.contains("Syntax error"))) {
        notReserved.add(word + " -> " + theirs);
      }
    }
    assertThat(notReserved).isEmpty();
  }

  /** Our outcome, in the order the operations check it. */
  private static String ours(DifferentialCase c) {
    try {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put("PK", AttributeValue.s("p"));
      item.put("SK", AttributeValue.s("s"));
      ExpressionResolver r = ExpressionResolver.of(c.names(), c.values());
      switch (c.kind()) {
        case "C" -> {
          Condition cond = r.condition(ExpressionKind.CONDITION, c.first());
          r.checkAllUsed();
          return ConditionEvaluator.test(cond, item) ? "OK" : "ConditionalCheckFailedException: The conditional request failed";
        }
        case "U" -> {
          UpdateExpression u = r.update(c.first());
          Condition cond = c.second().isEmpty() ? null : r.condition(ExpressionKind.CONDITION, c.second());
          r.checkAllUsed();
          for (String key : List.of("PK", "SK")) {
            if (u.topLevelNames().contains(key)) {
              return "ValidationException: One or more parameter values were invalid: Cannot update attribute "
                  + key + ". This attribute is part of the key";
            }
          }
          if (cond != null && !ConditionEvaluator.test(cond, item)) {
            return "ConditionalCheckFailedException: The conditional request failed";
          }
          UpdateApplier.apply(u, item);
          return "OK";
        }
        case "Q" -> {
          if (!c.second().isEmpty()) {
            r.condition(ExpressionKind.FILTER, c.second());
          }
          Condition key = r.condition(ExpressionKind.KEY_CONDITION, c.first());
          r.checkAllUsed();
          KeyConditionExtractor.extract(key, "PK", AttributeValue.Type.S, "SK", AttributeValue.Type.S);
          return "OK";
        }
        default -> {
          r.projection(c.first());
          r.checkAllUsed();
          return "OK";
        }
      }
    } catch (dev.keyway.error.DynamoDbException e) {
      return e.errorType() + ": " + e.getMessage();
    }
  }

  private static List<String> cases() throws IOException {
    try (InputStream in =
        ExpressionMessagesAgainstDynamoDbLocalTest.class.getResourceAsStream("differential-cases.txt")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("//")) {
          out.add(line);
        }
      }
      return out;
    }
  }

  static String outcome(Runnable r) {
    try {
      r.run();
      return "OK";
    } catch (DynamoDbException e) {
      return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }
  }
}
