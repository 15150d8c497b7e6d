package dev.keyway.engine.server.fuzz;

import java.util.List;

/**
 * One or more valid requests for every operation the server speaks, against the table that
 * {@link #TABLE_SETUP} creates: each uses as many members as the operation has, so that the fuzzer
 * removes, nulls and mistypes all of them.
 */
final class SeedRequests {
  record Seed(String operation, String json) {}

  /** A provisioned table with an LSI and a GSI, created before fuzzing. */
  static final String TABLE_SETUP =
      """
      {"TableName":"Fuzz","BillingMode":"PROVISIONED",
       "ProvisionedThroughput":{"ReadCapacityUnits":1000,"WriteCapacityUnits":1000},
       "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"},
         {"AttributeName":"SK","AttributeType":"S"},{"AttributeName":"GPK","AttributeType":"S"},
         {"AttributeName":"GSK","AttributeType":"N"},{"AttributeName":"LSK","AttributeType":"N"}],
       "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"SK","KeyType":"RANGE"}],
       "LocalSecondaryIndexes":[{"IndexName":"LSI1",
         "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"LSK","KeyType":"RANGE"}],
         "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["n"]}}],
       "GlobalSecondaryIndexes":[{"IndexName":"GSI1",
         "KeySchema":[{"AttributeName":"GPK","KeyType":"HASH"},{"AttributeName":"GSK","KeyType":"RANGE"}],
         "Projection":{"ProjectionType":"ALL"},
         "ProvisionedThroughput":{"ReadCapacityUnits":1000,"WriteCapacityUnits":1000}}]}
      """;

  private static final String ITEM =
      """
      {"PK":{"S":"a"},"SK":{"S":"b"},"GPK":{"S":"g"},"GSK":{"N":"1"},"LSK":{"N":"2"},
       "n":{"N":"5"},"bin":{"B":"AAEC"},"flag":{"BOOL":true},"nil":{"NULL":true},
       "l":{"L":[{"S":"x"},{"N":"2"}]},"m":{"M":{"ss":{"SS":["p","q"]},"ns":{"NS":["1","2"]},
       "bs":{"BS":["AA=="]}}}}
      """;

  private static final String KEY = """
      {"PK":{"S":"a"},"SK":{"S":"b"}}""";

  static final List<Seed> ALL =
      List.of(
          new Seed("PutItem", """
              {"TableName":"Fuzz","Item":%s,
               "ConditionExpression":"attribute_not_exists(#x) OR (n < :v AND size(l) > :z)",
               "ExpressionAttributeNames":{"#x":"x"},
               "ExpressionAttributeValues":{":v":{"N":"10"},":z":{"N":"0"}},
               "ReturnValues":"ALL_OLD","ReturnConsumedCapacity":"INDEXES",
               "ReturnItemCollectionMetrics":"SIZE",
               "ReturnValuesOnConditionCheckFailure":"ALL_OLD"}""".formatted(ITEM)),
          new Seed("PutItem", """
              {"TableName":"Fuzz","Item":%s,"ConditionalOperator":"OR",
               "Expected":{"n":{"ComparisonOperator":"GT","AttributeValueList":[{"N":"1"}]},
                 "x":{"Exists":false},"l":{"Value":{"S":"v"},"Exists":true}}}""".formatted(ITEM)),
          new Seed("GetItem", """
              {"TableName":"Fuzz","Key":%s,"ProjectionExpression":"#n, l[0], m.ss",
               "ExpressionAttributeNames":{"#n":"n"},"ConsistentRead":true,
               "ReturnConsumedCapacity":"TOTAL"}""".formatted(KEY)),
          new Seed("GetItem", """
              {"TableName":"Fuzz","Key":%s,"AttributesToGet":["n","l"]}""".formatted(KEY)),
          new Seed("UpdateItem", """
              {"TableName":"Fuzz","Key":%s,
               "UpdateExpression":"SET n = if_not_exists(n, :z) + :one, l = list_append(l, :lst) REMOVE nil ADD c :one, m.ss :ss DELETE m.ns :ns",
               "ConditionExpression":"size(l) > :z AND begins_with(PK, :p) AND attribute_type(n, :t)",
               "ExpressionAttributeValues":{":z":{"N":"0"},":one":{"N":"1"},":lst":{"L":[{"S":"y"}]},
                 ":ss":{"SS":["r"]},":ns":{"NS":["1"]},":p":{"S":"a"},":t":{"S":"N"}},
               "ReturnValues":"UPDATED_NEW","ReturnConsumedCapacity":"INDEXES",
               "ReturnItemCollectionMetrics":"SIZE"}""".formatted(KEY)),
          new Seed("UpdateItem", """
              {"TableName":"Fuzz","Key":%s,
               "AttributeUpdates":{"n":{"Action":"ADD","Value":{"N":"1"}},"old":{"Action":"DELETE"},
                 "s":{"Action":"PUT","Value":{"SS":["a"]}}},
               "Expected":{"n":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"N":"0"},{"N":"99"}]}},
               "ReturnValues":"ALL_NEW"}""".formatted(KEY)),
          new Seed("DeleteItem", """
              {"TableName":"Fuzz","Key":{"PK":{"S":"gone"},"SK":{"S":"b"}},
               "ConditionExpression":"attribute_exists(PK) OR contains(l, :x)",
               "ExpressionAttributeValues":{":x":{"S":"x"}},"ReturnValues":"ALL_OLD",
               "ReturnConsumedCapacity":"TOTAL","ReturnItemCollectionMetrics":"SIZE"}"""),
          new Seed("Query", """
              {"TableName":"Fuzz","KeyConditionExpression":"PK = :p AND begins_with(SK, :s)",
               "FilterExpression":"n BETWEEN :lo AND :hi OR attribute_not_exists(n)",
               "ProjectionExpression":"PK, SK, n, #l[1]","ExpressionAttributeNames":{"#l":"l"},
               "ExpressionAttributeValues":{":p":{"S":"a"},":s":{"S":"b"},":lo":{"N":"1"},":hi":{"N":"9"}},
               "Limit":5,"ScanIndexForward":false,"ConsistentRead":true,
               "ExclusiveStartKey":%s,"Select":"SPECIFIC_ATTRIBUTES","ReturnConsumedCapacity":"INDEXES"}"""
              .formatted(KEY)),
          new Seed("Query", """
              {"TableName":"Fuzz","IndexName":"GSI1",
               "KeyConditionExpression":"GPK = :g AND GSK BETWEEN :a AND :b",
               "ExpressionAttributeValues":{":g":{"S":"g"},":a":{"N":"0"},":b":{"N":"9"}},
               "Select":"COUNT"}"""),
          new Seed("Query", """
              {"TableName":"Fuzz","IndexName":"LSI1",
               "KeyConditions":{"PK":{"ComparisonOperator":"EQ","AttributeValueList":[{"S":"a"}]},
                 "LSK":{"ComparisonOperator":"GE","AttributeValueList":[{"N":"1"}]}},
               "QueryFilter":{"n":{"ComparisonOperator":"IN","AttributeValueList":[{"N":"5"},{"N":"6"}]}},
               "ConditionalOperator":"AND","AttributesToGet":["PK","n"],"Limit":10}"""),
          new Seed("Scan", """
              {"TableName":"Fuzz","FilterExpression":"contains(m.ss, :p) AND NOT n = :z",
               "ExpressionAttributeValues":{":p":{"S":"p"},":z":{"N":"0"}},
               "ProjectionExpression":"PK, m","Segment":0,"TotalSegments":2,"Limit":3,
               "ExclusiveStartKey":%s,"ConsistentRead":false,"Select":"SPECIFIC_ATTRIBUTES"}"""
              .formatted(KEY)),
          new Seed("Scan", """
              {"TableName":"Fuzz","IndexName":"GSI1",
               "ScanFilter":{"n":{"ComparisonOperator":"BETWEEN","AttributeValueList":[{"N":"1"},{"N":"9"}]},
                 "PK":{"ComparisonOperator":"NOT_NULL"}},
               "ConditionalOperator":"OR","AttributesToGet":["PK"],"Select":"SPECIFIC_ATTRIBUTES"}"""),
          new Seed("BatchGetItem", """
              {"RequestItems":{"Fuzz":{"Keys":[%s,{"PK":{"S":"z"},"SK":{"S":"z"}}],
                 "ProjectionExpression":"PK, #n","ExpressionAttributeNames":{"#n":"n"},
                 "ConsistentRead":true}},"ReturnConsumedCapacity":"TOTAL"}""".formatted(KEY)),
          new Seed("BatchWriteItem", """
              {"RequestItems":{"Fuzz":[{"PutRequest":{"Item":%s}},
                 {"DeleteRequest":{"Key":{"PK":{"S":"z"},"SK":{"S":"z"}}}}]},
               "ReturnConsumedCapacity":"INDEXES","ReturnItemCollectionMetrics":"SIZE"}"""
              .formatted(ITEM)),
          new Seed("TransactGetItems", """
              {"TransactItems":[{"Get":{"TableName":"Fuzz","Key":%s,"ProjectionExpression":"#n",
                 "ExpressionAttributeNames":{"#n":"n"}}}],"ReturnConsumedCapacity":"TOTAL"}"""
              .formatted(KEY)),
          new Seed("TransactWriteItems", """
              {"TransactItems":[
                 {"Put":{"TableName":"Fuzz","Item":{"PK":{"S":"t"},"SK":{"S":"1"},"v":{"N":"1"}},
                   "ConditionExpression":"attribute_not_exists(PK)",
                   "ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},
                 {"Update":{"TableName":"Fuzz","Key":{"PK":{"S":"t"},"SK":{"S":"2"}},
                   "UpdateExpression":"SET v = :v","ExpressionAttributeValues":{":v":{"N":"2"}}}},
                 {"Delete":{"TableName":"Fuzz","Key":{"PK":{"S":"t"},"SK":{"S":"3"}}}},
                 {"ConditionCheck":{"TableName":"Fuzz","Key":%s,
                   "ConditionExpression":"attribute_exists(#k)","ExpressionAttributeNames":{"#k":"PK"}}}],
               "ClientRequestToken":"token-1","ReturnConsumedCapacity":"INDEXES",
               "ReturnItemCollectionMetrics":"SIZE"}""".formatted(KEY)),
          new Seed("CreateTable", """
              {"TableName":"FuzzNew","BillingMode":"PAY_PER_REQUEST",
               "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"},
                 {"AttributeName":"SK","AttributeType":"N"},{"AttributeName":"G","AttributeType":"B"},
                 {"AttributeName":"L","AttributeType":"S"}],
               "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"SK","KeyType":"RANGE"}],
               "LocalSecondaryIndexes":[{"IndexName":"L1",
                 "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"},{"AttributeName":"L","KeyType":"RANGE"}],
                 "Projection":{"ProjectionType":"KEYS_ONLY"}}],
               "GlobalSecondaryIndexes":[{"IndexName":"G1","KeySchema":[{"AttributeName":"G","KeyType":"HASH"}],
                 "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["a","b"]}}],
               "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_AND_OLD_IMAGES"},
               "Tags":[{"Key":"k","Value":"v"}],"DeletionProtectionEnabled":false,
               "TableClass":"STANDARD"}"""),
          new Seed("CreateTable", """
              {"TableName":"FuzzProv","ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},
               "AttributeDefinitions":[{"AttributeName":"PK","AttributeType":"S"}],
               "KeySchema":[{"AttributeName":"PK","KeyType":"HASH"}]}"""),
          new Seed("DescribeTable", """
              {"TableName":"Fuzz"}"""),
          new Seed("UpdateTable", """
              {"TableName":"Fuzz","ProvisionedThroughput":{"ReadCapacityUnits":900,"WriteCapacityUnits":900},
               "BillingMode":"PROVISIONED"}"""),
          new Seed("UpdateTable", """
              {"TableName":"Fuzz","AttributeDefinitions":[{"AttributeName":"X","AttributeType":"S"}],
               "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"GSI2",
                 "KeySchema":[{"AttributeName":"X","KeyType":"HASH"},{"AttributeName":"GSK","KeyType":"RANGE"}],
                 "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["n"]},
                 "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5}}}]}"""),
          new Seed("UpdateTable", """
              {"TableName":"Fuzz","GlobalSecondaryIndexUpdates":[{"Update":{"IndexName":"GSI1",
                 "ProvisionedThroughput":{"ReadCapacityUnits":800,"WriteCapacityUnits":800}}}]}"""),
          new Seed("UpdateTable", """
              {"TableName":"Fuzz","GlobalSecondaryIndexUpdates":[{"Delete":{"IndexName":"NoSuchIndex"}}],
               "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"KEYS_ONLY"},
               "DeletionProtectionEnabled":false}"""),
          new Seed("DeleteTable", """
              {"TableName":"FuzzGone"}"""),
          new Seed("ListTables", """
              {"ExclusiveStartTableName":"A","Limit":10}"""),
          new Seed("UpdateTimeToLive", """
              {"TableName":"Fuzz","TimeToLiveSpecification":{"Enabled":true,"AttributeName":"ttl"}}"""),
          new Seed("DescribeTimeToLive", """
              {"TableName":"Fuzz"}"""),
          new Seed("TagResource", """
              {"ResourceArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Fuzz",
               "Tags":[{"Key":"k","Value":"v"},{"Key":"k2","Value":""}]}"""),
          new Seed("UntagResource", """
              {"ResourceArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Fuzz","TagKeys":["k2"]}"""),
          new Seed("ListTagsOfResource", """
              {"ResourceArn":"arn:aws:dynamodb:us-east-1:000000000000:table/Fuzz","NextToken":"x"}"""),
          new Seed("DescribeLimits", "{}"),
          new Seed("DescribeEndpoints", "{}"));

  private SeedRequests() {}
}
