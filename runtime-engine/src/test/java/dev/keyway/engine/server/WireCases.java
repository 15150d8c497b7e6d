package dev.keyway.engine.server;

import dev.keyway.engine.server.WireDifferentialTest.Case;
import java.util.ArrayList;
import java.util.List;

/** The requests {@link WireDifferentialTest} sends to both servers, in order (the valid ones build on each other). */
final class WireCases {
  private WireCases() {}

  private static final String KEY = "\"Key\":{\"PK\":{\"S\":\"p\"},\"SK\":{\"S\":\"1\"}}";
  private static final String GET = "{\"TableName\":\"Wire\"," + KEY + "}";

  private static String put(String attributeValue) {
    return "{\"TableName\":\"Junk\",\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"av\"},\"a\":" + attributeValue + "}}";
  }

  private static String createTable(String name, String attributeType, String keyType, String extra) {
    return "{\"TableName\":\"" + name + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"" + attributeType + "\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"" + keyType + "\"}]" + extra + "}";
  }

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    // --- malformed JSON
    cases.add(Case.post("json/truncated", "GetItem", "{\"TableName\":\"Wire\""));
    cases.add(Case.post("json/truncated-string", "GetItem", "{\"TableName\":\"Wi"));
    cases.add(Case.post("json/array", "ListTables", "[]"));
    cases.add(Case.post("json/string", "ListTables", "\"x\""));
    cases.add(Case.post("json/number", "ListTables", "1"));
    cases.add(Case.post("json/true", "ListTables", "true"));
    cases.add(Case.post("json/null", "ListTables", "null"));
    cases.add(Case.post("json/trailing-garbage", "GetItem", GET + " x"));
    cases.add(Case.post("json/two-objects", "ListTables", "{}{}"));
    cases.add(Case.post("json/trailing-comma", "ListTables", "{\"Limit\":1,}"));
    cases.add(Case.post("json/single-quotes", "ListTables", "{'Limit':1}"));
    cases.add(Case.post("json/unquoted-name", "ListTables", "{Limit:1}"));
    cases.add(Case.post("json/empty-body", "ListTables", ""));
    cases.add(Case.post("json/empty-body-getitem", "GetItem", ""));
    cases.add(Case.post("json/whitespace-body", "ListTables", "  \n"));
    cases.add(Case.post("json/empty-object-listtables", "ListTables", "{}"));
    cases.add(Case.post("json/empty-object-getitem", "GetItem", "{}"));
    cases.add(Case.post("json/duplicate-member", "ListTables", "{\"Limit\":1,\"Limit\":2}"));
    // --- wrong JSON types for members
    for (String v : new String[] {"\"x\"", "\"5\"", "true", "[]", "{}", "1.5", "-1"}) {
      cases.add(Case.post("type/ListTables.Limit=" + v, "ListTables", "{\"Limit\":" + v + "}"));
    }
    for (String v : new String[] {"1", "true", "[]", "{}"}) {
      cases.add(Case.post("type/GetItem.TableName=" + v, "GetItem", "{\"TableName\":" + v + "," + KEY + "}"));
      cases.add(Case.post("type/ListTables.ExclusiveStartTableName=" + v, "ListTables", "{\"ExclusiveStartTableName\":" + v + "}"));
    }
    for (String v : new String[] {"[]", "\"x\"", "1", "true"}) {
      cases.add(Case.post("type/PutItem.Item=" + v, "PutItem", "{\"TableName\":\"Wire\",\"Item\":" + v + "}"));
      cases.add(Case.post("type/GetItem.Key=" + v, "GetItem", "{\"TableName\":\"Wire\",\"Key\":" + v + "}"));
    }
    for (String v : new String[] {"\"s\"", "1", "[]", "true"}) {
      cases.add(Case.post("type/GetItem.Key.PK=" + v, "GetItem", "{\"TableName\":\"Wire\",\"Key\":{\"PK\":" + v + "}}"));
    }
    for (String v : new String[] {"\"yes\"", "\"true\"", "\"TRUE\"", "1", "[]", "{}"}) {
      cases.add(Case.post("type/GetItem.ConsistentRead=" + v, "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"ConsistentRead\":" + v + "}"));
    }
    for (String v : new String[] {"\"1\"", "true", "[]"}) {
      cases.add(Case.post("type/Scan.Segment=" + v, "Scan", "{\"TableName\":\"Wire\",\"Segment\":" + v + ",\"TotalSegments\":2}"));
    }
    cases.add(Case.post("type/Query.ScanIndexForward=\"x\"", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}},\"ScanIndexForward\":\"x\"}"));
    cases.add(Case.post("type/Query.KeyConditions=[]", "Query", "{\"TableName\":\"Wire\",\"KeyConditions\":[]}"));
    cases.add(Case.post("type/Query.ExpressionAttributeNames=[]", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeNames\":[]}"));
    cases.add(Case.post("type/Query.ExpressionAttributeNames.value=1", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"#p = :p\",\"ExpressionAttributeNames\":{\"#p\":1}}"));
    cases.add(Case.post("type/Query.ExpressionAttributeValues.value=\"x\"", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":\"x\"}}"));
    cases.add(Case.post("type/GetItem.AttributesToGet=\"a\"", "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"AttributesToGet\":\"a\"}"));
    cases.add(Case.post("type/GetItem.AttributesToGet=[1]", "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"AttributesToGet\":[1]}"));
    cases.add(Case.post("type/GetItem.AttributesToGet=[{}]", "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"AttributesToGet\":[{}]}"));
    cases.add(Case.post("type/CreateTable.KeySchema={}", "CreateTable", "{\"TableName\":\"T1\",\"KeySchema\":{}}"));
    cases.add(Case.post("type/CreateTable.AttributeDefinitions=\"x\"", "CreateTable", "{\"TableName\":\"T1\",\"AttributeDefinitions\":\"x\"}"));
    cases.add(Case.post("type/CreateTable.ProvisionedThroughput=[]", "CreateTable", "{\"TableName\":\"T1\",\"ProvisionedThroughput\":[]}"));
    cases.add(Case.post("type/CreateTable.ProvisionedThroughput.ReadCapacityUnits=\"5\"", "CreateTable", "{\"TableName\":\"T1\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":\"5\",\"WriteCapacityUnits\":5}}"));
    cases.add(Case.post("type/CreateTable.KeySchema.element=\"x\"", "CreateTable", "{\"TableName\":\"T1\",\"KeySchema\":[\"x\"]}"));
    cases.add(Case.post("type/BatchGetItem.RequestItems=[]", "BatchGetItem", "{\"RequestItems\":[]}"));
    cases.add(Case.post("type/BatchGetItem.RequestItems.Wire=[]", "BatchGetItem", "{\"RequestItems\":{\"Wire\":[]}}"));
    cases.add(Case.post("type/BatchWriteItem.RequestItems.Wire={}", "BatchWriteItem", "{\"RequestItems\":{\"Wire\":{}}}"));
    cases.add(Case.post("type/TransactWriteItems.TransactItems={}", "TransactWriteItems", "{\"TransactItems\":{}}"));
    cases.add(Case.post("type/UpdateTimeToLive.Enabled=\"x\"", "UpdateTimeToLive", "{\"TableName\":\"Wire\",\"TimeToLiveSpecification\":{\"Enabled\":\"x\",\"AttributeName\":\"ttl\"}}"));
    cases.add(Case.post("type/UpdateItem.Expected.Exists=\"no\"", "UpdateItem", "{\"TableName\":\"Wire\"," + KEY + ",\"Expected\":{\"a\":{\"Exists\":\"no\"}}}"));
    // --- attribute values
    String[] values = {
      "{\"S\":1}", "{\"S\":true}", "{\"S\":[]}", "{\"S\":{}}", "{\"N\":1}", "{\"N\":\"x\"}", "{\"N\":true}",
      "{\"B\":\"not base64\"}", "{\"B\":\"AAA\"}", "{\"B\":\"AA=A\"}", "{\"B\":\"AB==\"}", "{\"B\":1}", "{\"B\":true}",
      "{\"BOOL\":\"true\"}", "{\"BOOL\":\"yes\"}", "{\"BOOL\":1}", "{\"BOOL\":[]}",
      "{\"NULL\":false}", "{\"NULL\":\"true\"}", "{\"NULL\":1}",
      "{\"SS\":\"a\"}", "{\"SS\":[]}", "{\"SS\":[\"a\",\"a\"]}", "{\"SS\":[1]}", "{\"SS\":{}}",
      "{\"NS\":[\"x\"]}", "{\"NS\":[1]}", "{\"BS\":[\"!\"]}",
      "{\"L\":{}}", "{\"L\":\"x\"}", "{\"L\":[1]}", "{\"M\":[]}", "{\"M\":\"x\"}", "{\"M\":{\"x\":1}}",
      "{}", "{\"S\":\"a\",\"N\":\"1\"}", "{\"X\":\"a\"}", "{\"S\":null}", "{\"s\":\"a\"}", "\"a\"", "1", "[]", "null"
    };
    for (String v : values) {
      cases.add(Case.post("av/" + v, "PutItem", put(v)));
    }
    // --- unknown members
    cases.add(Case.post("unknown/member", "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"Foo\":1}"));
    cases.add(Case.post("unknown/nested-member", "GetItem", "{\"TableName\":\"Wire\"," + KEY + ",\"foo\":{\"bar\":[1,{\"x\":null}]}}"));
    cases.add(Case.post("unknown/lowercase-tablename", "GetItem", "{\"tableName\":\"Wire\"," + KEY + "}"));
    cases.add(Case.post("unknown/in-structure", "CreateTable", "{\"TableName\":\"T1\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1,\"X\":1}}"));
    // --- enum values
    cases.add(Case.post("enum/PutItem.ReturnValues=BOGUS", "PutItem", "{\"TableName\":\"Junk\",\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"e\"}},\"ReturnValues\":\"BOGUS\"}"));
    cases.add(Case.post("enum/PutItem.ReturnValues=all_old", "PutItem", "{\"TableName\":\"Junk\",\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"e\"}},\"ReturnValues\":\"all_old\"}"));
    cases.add(Case.post("enum/Scan.Select=X", "Scan", "{\"TableName\":\"Wire\",\"Select\":\"X\"}"));
    cases.add(Case.post("enum/Scan.ReturnConsumedCapacity=X", "Scan", "{\"TableName\":\"Wire\",\"ReturnConsumedCapacity\":\"X\"}"));
    cases.add(Case.post("enum/Scan.ConditionalOperator=X", "Scan", "{\"TableName\":\"Wire\",\"ConditionalOperator\":\"X\"}"));
    cases.add(Case.post("enum/Scan.Select+ReturnConsumedCapacity", "Scan", "{\"TableName\":\"Wire\",\"Select\":\"X\",\"ReturnConsumedCapacity\":\"Y\"}"));
    cases.add(Case.post("enum/Scan.Select+missing-TableName", "Scan", "{\"Select\":\"X\"}"));
    cases.add(Case.post("enum/PutItem.ReturnItemCollectionMetrics=X", "PutItem", "{\"TableName\":\"Junk\",\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"e\"}},\"ReturnItemCollectionMetrics\":\"X\"}"));
    cases.add(Case.post("enum/CreateTable.KeyType=FOO", "CreateTable", createTable("T1", "S", "FOO", ",\"BillingMode\":\"PAY_PER_REQUEST\"")));
    cases.add(Case.post("enum/CreateTable.AttributeType=X", "CreateTable", createTable("T1", "X", "HASH", ",\"BillingMode\":\"PAY_PER_REQUEST\"")));
    cases.add(Case.post("enum/CreateTable.BillingMode=X", "CreateTable", createTable("T1", "S", "HASH", ",\"BillingMode\":\"X\"")));
    cases.add(Case.post("enum/CreateTable.three", "CreateTable", createTable("T1", "X", "Y", ",\"BillingMode\":\"Z\"")));
    cases.add(Case.post("enum/CreateTable.ProjectionType=X", "CreateTable",
        createTable("T1", "S", "HASH", ",\"BillingMode\":\"PAY_PER_REQUEST\",\"GlobalSecondaryIndexes\":[{\"IndexName\":\"G\",\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"X\"}}]")));
    cases.add(Case.post("enum/Query.KeyConditions.ComparisonOperator=X", "Query", "{\"TableName\":\"Wire\",\"KeyConditions\":{\"PK\":{\"ComparisonOperator\":\"X\",\"AttributeValueList\":[{\"S\":\"p\"}]}}}"));
    cases.add(Case.post("enum/UpdateItem.AttributeUpdates.Action=X", "UpdateItem", "{\"TableName\":\"Wire\"," + KEY + ",\"AttributeUpdates\":{\"a\":{\"Action\":\"X\"}}}"));
    cases.add(Case.post("enum/enum-and-wrong-type", "Scan", "{\"TableName\":\"Wire\",\"Select\":\"X\",\"Limit\":\"y\"}"));
    cases.add(Case.post("enum/enum-and-bad-av", "PutItem", "{\"TableName\":\"Junk\",\"Item\":{\"PK\":{\"S\":\"x\"},\"SK\":{\"S\":\"e\"},\"a\":{}},\"ReturnValues\":\"X\"}"));
    // --- targets, methods, headers
    cases.add(Case.post("target/missing", null, "{}"));
    cases.add(Case.post("target/unknown-operation", "Foo", "{}"));
    cases.add(Case.post("target/lowercase-operation", "listTables", "{}"));
    cases.add(new Case("target/wrong-version", "POST", "/", "DynamoDB_20111205.ListTables", "application/x-amz-json-1.0", "{}"));
    cases.add(new Case("target/wrong-prefix", "POST", "/", "Foo.ListTables", "application/x-amz-json-1.0", "{}"));
    cases.add(new Case("target/no-dot", "POST", "/", "ListTables", "application/x-amz-json-1.0", "{}"));
    cases.add(new Case("target/streams", "POST", "/", "DynamoDBStreams_20120810.ListStreams", "application/x-amz-json-1.0", "{}"));
    cases.add(Case.post("target/unknown-operation-malformed-body", "Foo", "{"));
    cases.add(Case.post("target/missing-empty-body", null, ""));
    cases.add(new Case("http/get-root", "GET", "/", null, null, null));
    cases.add(new Case("http/get-root-with-target", "GET", "/", "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", null));
    cases.add(new Case("http/post-other-path", "POST", "/foo", "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", "{}"));
    cases.add(new Case("http/put-root", "PUT", "/", "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", "{}"));
    cases.add(new Case("http/content-type-json", "POST", "/", "DynamoDB_20120810.ListTables", "application/json", "{}"));
    cases.add(new Case("http/content-type-text", "POST", "/", "DynamoDB_20120810.ListTables", "text/plain", "{}"));
    cases.add(new Case("http/no-content-type", "POST", "/", "DynamoDB_20120810.ListTables", null, "{}"));
    cases.add(new Case("http/content-type-charset", "POST", "/", "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0; charset=utf-8", "{}"));
    // --- valid requests of each operation, in order
    cases.add(Case.post("ok/CreateTable", "CreateTable", "{\"TableName\":\"Wire2\",\"AttributeDefinitions\":[{\"AttributeName\":\"PK\",\"AttributeType\":\"S\"},{\"AttributeName\":\"G\",\"AttributeType\":\"N\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"}],\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5},"
        + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"GSI\",\"KeySchema\":[{\"AttributeName\":\"G\",\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},\"ProvisionedThroughput\":{\"ReadCapacityUnits\":1,\"WriteCapacityUnits\":1}}]}"));
    cases.add(Case.post("ok/CreateTable-ondemand", "CreateTable", createTable("Wire3", "S", "HASH", ",\"BillingMode\":\"PAY_PER_REQUEST\"")));
    cases.add(Case.post("ok/DescribeTable", "DescribeTable", "{\"TableName\":\"Wire2\"}"));
    cases.add(Case.post("ok/DescribeTable-ondemand", "DescribeTable", "{\"TableName\":\"Wire3\"}"));
    cases.add(Case.post("ok/ListTables", "ListTables", "{}"));
    cases.add(Case.post("ok/ListTables-limit", "ListTables", "{\"Limit\":1}"));
    cases.add(Case.post("ok/PutItem", "PutItem", "{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"p\"},\"SK\":{\"S\":\"2\"},\"b\":{\"B\":\"AAE=\"},\"l\":{\"L\":[{\"N\":\"1.50\"},{\"NULL\":true},{\"BOOL\":false}]},\"m\":{\"M\":{\"ss\":{\"SS\":[\"x\",\"y\"]},\"ns\":{\"NS\":[\"2\"]},\"bs\":{\"BS\":[\"AQ==\"]}}}}}"));
    cases.add(Case.post("ok/PutItem-ALL_OLD", "PutItem", "{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"p\"},\"SK\":{\"S\":\"1\"},\"n\":{\"N\":\"2\"}},\"ReturnValues\":\"ALL_OLD\",\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    cases.add(Case.post("ok/GetItem", "GetItem", "{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"p\"},\"SK\":{\"S\":\"2\"}}}"));
    cases.add(Case.post("ok/GetItem-absent", "GetItem", "{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"none\"},\"SK\":{\"S\":\"1\"}}}"));
    cases.add(Case.post("ok/GetItem-capacity", "GetItem", GET.replace("}}}", "}},\"ReturnConsumedCapacity\":\"TOTAL\"}")));
    cases.add(Case.post("ok/UpdateItem-ALL_NEW", "UpdateItem", "{\"TableName\":\"Wire\"," + KEY + ",\"UpdateExpression\":\"SET #n = #n + :one\",\"ExpressionAttributeNames\":{\"#n\":\"n\"},\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\"}"));
    cases.add(Case.post("ok/UpdateItem-UPDATED_OLD", "UpdateItem", "{\"TableName\":\"Wire\"," + KEY + ",\"UpdateExpression\":\"SET n = :v\",\"ExpressionAttributeValues\":{\":v\":{\"N\":\"7\"}},\"ReturnValues\":\"UPDATED_OLD\"}"));
    cases.add(Case.post("ok/Query", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}},\"ReturnConsumedCapacity\":\"TOTAL\"}"));
    cases.add(Case.post("ok/Query-limit", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}},\"Limit\":1}"));
    cases.add(Case.post("ok/Query-count", "Query", "{\"TableName\":\"Wire\",\"KeyConditionExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}},\"Select\":\"COUNT\"}"));
    cases.add(Case.post("ok/Scan", "Scan", "{\"TableName\":\"Wire\",\"ProjectionExpression\":\"PK, SK\",\"FilterExpression\":\"PK = :p\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"p\"}}}"));
    cases.add(Case.post("ok/BatchWriteItem", "BatchWriteItem", "{\"RequestItems\":{\"Wire\":[{\"PutRequest\":{\"Item\":{\"PK\":{\"S\":\"b\"},\"SK\":{\"S\":\"1\"}}}},{\"DeleteRequest\":{\"Key\":{\"PK\":{\"S\":\"zz\"},\"SK\":{\"S\":\"1\"}}}}]}}"));
    cases.add(Case.post("ok/BatchGetItem", "BatchGetItem", "{\"RequestItems\":{\"Wire\":{\"Keys\":[{\"PK\":{\"S\":\"b\"},\"SK\":{\"S\":\"1\"}}]}}}"));
    cases.add(Case.post("ok/TransactWriteItems", "TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"1\"}}}},{\"Update\":{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"2\"}},\"UpdateExpression\":\"SET v = :v\",\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}}}}]}"));
    cases.add(Case.post("ok/TransactGetItems", "TransactGetItems", "{\"TransactItems\":[{\"Get\":{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"2\"}}}},{\"Get\":{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"9\"}}}}]}"));
    cases.add(Case.post("ok/ConditionalCheckFailed-ALL_OLD", "PutItem", "{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"1\"}},\"ConditionExpression\":\"attribute_not_exists(PK)\",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}"));
    cases.add(Case.post("ok/ConditionalCheckFailed", "DeleteItem", "{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"1\"}},\"ConditionExpression\":\"attribute_not_exists(PK)\"}"));
    cases.add(Case.post("ok/TransactionCanceled", "TransactWriteItems", "{\"TransactItems\":[{\"ConditionCheck\":{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"1\"}},\"ConditionExpression\":\"attribute_not_exists(PK)\",\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}},{\"Put\":{\"TableName\":\"Wire\",\"Item\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"3\"}}}}]}"));
    cases.add(Case.post("ok/DeleteItem-ALL_OLD", "DeleteItem", "{\"TableName\":\"Wire\",\"Key\":{\"PK\":{\"S\":\"t\"},\"SK\":{\"S\":\"2\"}},\"ReturnValues\":\"ALL_OLD\"}"));
    cases.add(Case.post("ok/UpdateTimeToLive", "UpdateTimeToLive", "{\"TableName\":\"Wire3\",\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"ttl\"}}"));
    cases.add(Case.post("ok/DescribeTimeToLive", "DescribeTimeToLive", "{\"TableName\":\"Wire3\"}"));
    cases.add(Case.post("ok/DescribeLimits", "DescribeLimits", "{}"));
    cases.add(Case.post("ok/UpdateTable", "UpdateTable", "{\"TableName\":\"Wire2\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":6,\"WriteCapacityUnits\":6}}"));
    cases.add(Case.post("ok/ResourceNotFound", "GetItem", "{\"TableName\":\"Nope\"," + KEY + "}"));
    cases.add(Case.post("ok/DeleteTable", "DeleteTable", "{\"TableName\":\"Wire3\"}"));
    cases.add(Case.post("ok/DeleteTable-2", "DeleteTable", "{\"TableName\":\"Wire2\"}"));
    return cases;
  }
}
