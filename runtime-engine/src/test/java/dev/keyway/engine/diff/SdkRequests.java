package dev.keyway.engine.diff;

import static dev.keyway.engine.diff.SdkValues.toSdk;
import static dev.keyway.engine.diff.SdkValues.toSdkList;

import dev.keyway.ops.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts Keyway's request records to AWS SDK v2 requests (null fields stay absent). */
final class SdkRequests {
  private SdkRequests() {}

  private static String e(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static software.amazon.awssdk.services.dynamodb.model.CreateTableRequest create(CreateTableRequest r) {
    var b = software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
        .tableName(r.tableName()).billingMode(e(r.billingMode()));
    if (r.attributeDefinitions() != null) {
      b.attributeDefinitions(r.attributeDefinitions().stream().map(d ->
          software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
              .attributeName(d.attributeName()).attributeType(e(d.attributeType())).build()).toList());
    }
    if (r.keySchema() != null) {
      b.keySchema(keys(r.keySchema()));
    }
    if (r.provisionedThroughput() != null) {
      b.provisionedThroughput(throughput(r.provisionedThroughput()));
    }
    if (r.globalSecondaryIndexes() != null) {
      b.globalSecondaryIndexes(r.globalSecondaryIndexes().stream().map(g ->
          software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex.builder()
              .indexName(g.indexName()).keySchema(keys(g.keySchema()))
              .projection(projection(g.projection()))
              .provisionedThroughput(g.provisionedThroughput() == null ? null
                  : throughput(g.provisionedThroughput())).build()).toList());
    }
    if (r.localSecondaryIndexes() != null) {
      b.localSecondaryIndexes(r.localSecondaryIndexes().stream().map(l ->
          software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex.builder()
              .indexName(l.indexName()).keySchema(keys(l.keySchema()))
              .projection(projection(l.projection())).build()).toList());
    }
    return b.build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest updateTable(
      UpdateTableRequest r) {
    var b = software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest.builder()
        .tableName(r.tableName()).billingMode(e(r.billingMode()));
    if (r.attributeDefinitions() != null) {
      b.attributeDefinitions(r.attributeDefinitions().stream().map(d ->
          software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
              .attributeName(d.attributeName()).attributeType(e(d.attributeType())).build()).toList());
    }
    if (r.provisionedThroughput() != null) {
      b.provisionedThroughput(throughput(r.provisionedThroughput()));
    }
    if (r.globalSecondaryIndexUpdates() != null) {
      b.globalSecondaryIndexUpdates(r.globalSecondaryIndexUpdates().stream().map(u -> {
        var ub = software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate.builder();
        if (u.create() != null) {
          ub.create(c -> c.indexName(u.create().indexName()).keySchema(keys(u.create().keySchema()))
              .projection(projection(u.create().projection()))
              .provisionedThroughput(u.create().provisionedThroughput() == null ? null
                  : throughput(u.create().provisionedThroughput())));
        }
        if (u.delete() != null) {
          ub.delete(d -> d.indexName(u.delete().indexName()));
        }
        return ub.build();
      }).toList());
    }
    return b.build();
  }

  private static List<software.amazon.awssdk.services.dynamodb.model.KeySchemaElement> keys(
      List<KeySchemaElement> keys) {
    return keys.stream().map(k -> software.amazon.awssdk.services.dynamodb.model.KeySchemaElement
        .builder().attributeName(k.attributeName()).keyType(e(k.keyType())).build()).toList();
  }

  private static software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput throughput(
      ProvisionedThroughput t) {
    return software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput.builder()
        .readCapacityUnits(t.readCapacityUnits()).writeCapacityUnits(t.writeCapacityUnits()).build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.Projection projection(Projection p) {
    return software.amazon.awssdk.services.dynamodb.model.Projection.builder()
        .projectionType(e(p.projectionType())).nonKeyAttributes(p.nonKeyAttributes()).build();
  }

  static Map<String, software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue> expected(
      Map<String, ExpectedAttributeValue> expected) {
    if (expected == null) {
      return null;
    }
    Map<String, software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue> out =
        new LinkedHashMap<>();
    expected.forEach((k, v) -> out.put(k,
        software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue.builder()
            .value(v.value() == null ? null : toSdk(v.value())).exists(v.exists())
            .comparisonOperator(e(v.comparisonOperator()))
            .attributeValueList(toSdkList(v.attributeValueList())).build()));
    return out;
  }

  static Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> conditions(
      Map<String, Condition> conditions) {
    if (conditions == null) {
      return null;
    }
    Map<String, software.amazon.awssdk.services.dynamodb.model.Condition> out = new LinkedHashMap<>();
    conditions.forEach((k, v) -> out.put(k,
        software.amazon.awssdk.services.dynamodb.model.Condition.builder()
            .comparisonOperator(e(v.comparisonOperator()))
            .attributeValueList(toSdkList(v.attributeValueList())).build()));
    return out;
  }

  static software.amazon.awssdk.services.dynamodb.model.PutItemRequest put(PutItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
        .tableName(r.tableName()).item(toSdk(r.item())).expected(expected(r.expected()))
        .returnValues(e(r.returnValues())).returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .returnItemCollectionMetrics(e(r.returnItemCollectionMetrics()))
        .conditionalOperator(e(r.conditionalOperator()))
        .conditionExpression(r.conditionExpression())
        .expressionAttributeNames(r.expressionAttributeNames())
        .expressionAttributeValues(toSdk(r.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(e(r.returnValuesOnConditionCheckFailure())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.GetItemRequest get(GetItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.GetItemRequest.builder()
        .tableName(r.tableName()).key(toSdk(r.key())).attributesToGet(r.attributesToGet())
        .consistentRead(r.consistentRead()).returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .projectionExpression(r.projectionExpression())
        .expressionAttributeNames(r.expressionAttributeNames()).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest update(UpdateItemRequest r) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate> updates = null;
    if (r.attributeUpdates() != null) {
      updates = new LinkedHashMap<>();
      for (var en : r.attributeUpdates().entrySet()) {
        updates.put(en.getKey(),
            software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate.builder()
                .value(en.getValue().value() == null ? null : toSdk(en.getValue().value()))
                .action(e(en.getValue().action())).build());
      }
    }
    return software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.builder()
        .tableName(r.tableName()).key(toSdk(r.key())).attributeUpdates(updates)
        .expected(expected(r.expected())).conditionalOperator(e(r.conditionalOperator()))
        .returnValues(e(r.returnValues())).returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .updateExpression(r.updateExpression()).conditionExpression(r.conditionExpression())
        .expressionAttributeNames(r.expressionAttributeNames())
        .expressionAttributeValues(toSdk(r.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(e(r.returnValuesOnConditionCheckFailure())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest delete(DeleteItemRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest.builder()
        .tableName(r.tableName()).key(toSdk(r.key())).expected(expected(r.expected()))
        .conditionalOperator(e(r.conditionalOperator())).returnValues(e(r.returnValues()))
        .returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .conditionExpression(r.conditionExpression())
        .expressionAttributeNames(r.expressionAttributeNames())
        .expressionAttributeValues(toSdk(r.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(e(r.returnValuesOnConditionCheckFailure())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.QueryRequest query(QueryRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
        .tableName(r.tableName()).indexName(r.indexName()).select(e(r.select()))
        .attributesToGet(r.attributesToGet()).limit(r.limit()).consistentRead(r.consistentRead())
        .keyConditions(conditions(r.keyConditions())).queryFilter(conditions(r.queryFilter()))
        .conditionalOperator(e(r.conditionalOperator())).scanIndexForward(r.scanIndexForward())
        .exclusiveStartKey(toSdk(r.exclusiveStartKey()))
        .returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .projectionExpression(r.projectionExpression()).filterExpression(r.filterExpression())
        .keyConditionExpression(r.keyConditionExpression())
        .expressionAttributeNames(r.expressionAttributeNames())
        .expressionAttributeValues(toSdk(r.expressionAttributeValues())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.ScanRequest scan(ScanRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
        .tableName(r.tableName()).indexName(r.indexName()).attributesToGet(r.attributesToGet())
        .limit(r.limit()).select(e(r.select())).scanFilter(conditions(r.scanFilter()))
        .conditionalOperator(e(r.conditionalOperator()))
        .exclusiveStartKey(toSdk(r.exclusiveStartKey()))
        .returnConsumedCapacity(e(r.returnConsumedCapacity())).totalSegments(r.totalSegments())
        .segment(r.segment()).projectionExpression(r.projectionExpression())
        .filterExpression(r.filterExpression())
        .expressionAttributeNames(r.expressionAttributeNames())
        .expressionAttributeValues(toSdk(r.expressionAttributeValues()))
        .consistentRead(r.consistentRead()).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest batchGet(
      BatchGetItemRequest r) {
    Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> items = null;
    if (r.requestItems() != null) {
      items = new LinkedHashMap<>();
      for (var en : r.requestItems().entrySet()) {
        KeysAndAttributes ka = en.getValue();
        items.put(en.getKey(), software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes
            .builder().keys(ka.keys() == null ? null : ka.keys().stream()
                .map(SdkValues::toSdk).toList())
            .attributesToGet(ka.attributesToGet()).consistentRead(ka.consistentRead())
            .projectionExpression(ka.projectionExpression())
            .expressionAttributeNames(ka.expressionAttributeNames()).build());
      }
    }
    return software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest.builder()
        .requestItems(items).returnConsumedCapacity(e(r.returnConsumedCapacity())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest batchWrite(
      BatchWriteItemRequest r) {
    Map<String, List<software.amazon.awssdk.services.dynamodb.model.WriteRequest>> items = null;
    if (r.requestItems() != null) {
      items = new LinkedHashMap<>();
      for (var en : r.requestItems().entrySet()) {
        items.put(en.getKey(), en.getValue().stream().map(w ->
            software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                .putRequest(w.putRequest() == null ? null
                    : software.amazon.awssdk.services.dynamodb.model.PutRequest.builder()
                        .item(toSdk(w.putRequest().item())).build())
                .deleteRequest(w.deleteRequest() == null ? null
                    : software.amazon.awssdk.services.dynamodb.model.DeleteRequest.builder()
                        .key(toSdk(w.deleteRequest().key())).build()).build()).toList());
      }
    }
    return software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest.builder()
        .requestItems(items).returnConsumedCapacity(e(r.returnConsumedCapacity())).build();
  }

  static software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest transactWrite(
      TransactWriteItemsRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest.builder()
        .clientRequestToken(r.clientRequestToken())
        .returnConsumedCapacity(e(r.returnConsumedCapacity()))
        .transactItems(r.transactItems() == null ? null
            : r.transactItems().stream().map(SdkRequests::writeItem).toList()).build();
  }

  private static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem writeItem(
      TransactWriteItem t) {
    var b = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder();
    if (t.put() != null) {
      Put p = t.put();
      b.put(x -> x.tableName(p.tableName()).item(toSdk(p.item()))
          .conditionExpression(p.conditionExpression())
          .expressionAttributeNames(p.expressionAttributeNames())
          .expressionAttributeValues(toSdk(p.expressionAttributeValues()))
          .returnValuesOnConditionCheckFailure(e(p.returnValuesOnConditionCheckFailure())));
    }
    if (t.update() != null) {
      Update u = t.update();
      b.update(x -> x.tableName(u.tableName()).key(toSdk(u.key()))
          .updateExpression(u.updateExpression()).conditionExpression(u.conditionExpression())
          .expressionAttributeNames(u.expressionAttributeNames())
          .expressionAttributeValues(toSdk(u.expressionAttributeValues()))
          .returnValuesOnConditionCheckFailure(e(u.returnValuesOnConditionCheckFailure())));
    }
    if (t.delete() != null) {
      Delete d = t.delete();
      b.delete(x -> x.tableName(d.tableName()).key(toSdk(d.key()))
          .conditionExpression(d.conditionExpression())
          .expressionAttributeNames(d.expressionAttributeNames())
          .expressionAttributeValues(toSdk(d.expressionAttributeValues()))
          .returnValuesOnConditionCheckFailure(e(d.returnValuesOnConditionCheckFailure())));
    }
    if (t.conditionCheck() != null) {
      ConditionCheck c = t.conditionCheck();
      b.conditionCheck(x -> x.tableName(c.tableName()).key(toSdk(c.key()))
          .conditionExpression(c.conditionExpression())
          .expressionAttributeNames(c.expressionAttributeNames())
          .expressionAttributeValues(toSdk(c.expressionAttributeValues()))
          .returnValuesOnConditionCheckFailure(e(c.returnValuesOnConditionCheckFailure())));
    }
    return b.build();
  }

  static software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest transactGet(
      TransactGetItemsRequest r) {
    return software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest.builder()
        .transactItems(r.transactItems().stream().map(t ->
            software.amazon.awssdk.services.dynamodb.model.TransactGetItem.builder().get(x -> x
                .tableName(t.get().tableName()).key(toSdk(t.get().key()))
                .projectionExpression(t.get().projectionExpression())
                .expressionAttributeNames(t.get().expressionAttributeNames())).build()).toList())
        .build();
  }
}
