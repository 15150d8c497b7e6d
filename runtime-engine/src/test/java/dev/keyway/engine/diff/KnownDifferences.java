package dev.keyway.engine.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Differences between DynamoDB Local and DynamoDB that the differential suites tolerate because the
 * engine follows DynamoDB (the service) where Local answers differently. Each rule names the
 * difference; every one is listed in docs/engine-compatibility.md.
 */
final class KnownDifferences {
  private KnownDifferences() {}

  /** Local's message pattern, the engine's message pattern, and why they differ. */
  private record Rule(String id, Pattern local, Pattern engine) {}

  private static final List<Rule> RULES = List.of(
      rule("D1 missing table", "Cannot do operations on a non-existent table",
          "Requested resource not found.*"),
      rule("D2 gathered validation prefix", "Value null at '.*' failed to satisfy constraint: .*",
          "1 validation error detected: Value null at '.*' failed to satisfy constraint: .*"),
      rule("D3 table name constraints", "Invalid table/index name\\..*",
          "\\d validation errors? detected: Value '.*' at '.*' failed to satisfy constraint: .*"),
      rule("D4 missing key in item", "One of the required keys was not given a value",
          "One or more parameter values were invalid: Missing the key .* in the item"),
      rule("D5 type mismatch detail",
          "One or more parameter values were invalid: Type mismatch for (key|Index Key)",
          "One or more parameter values were invalid: Type mismatch for (key|Index Key) .*"),
      rule("D6 key size messages",
          "Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes",
          "One or more parameter values were invalid: (Size of hashkey|Aggregated size of all range keys) .*"),
      rule("D7 key shape in GetItem/DeleteItem/UpdateItem",
          "(The number of conditions on the keys is invalid|One or more parameter values were invalid: Type mismatch for key)",
          "The provided key element does not match the schema"),
      rule("D8 index key type on update", "OK \\{\\}",
          "One or more parameter values were invalid: Type mismatch for Index Key .*"),
      rule("D9 consistent read on a GSI",
          "Consistent read cannot be true when (querying|scanning) a GSI",
          "Consistent reads are not supported on global secondary indexes"),
      rule("D10 limit constraint", "Limit must be greater than or equal to 1",
          "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member "
              + "must have value greater than or equal to 1"),
      rule("D11 exclusive start key shape",
          "Exclusive Start Key must have same size as table's key schema|The provided starting key is invalid.*",
          "The provided starting key is invalid: The provided key element does not match the schema"),
      rule("D12 parallel scan parameters",
          "If segment is specified, total segment must also be specified|If total segments is "
              + "specified, a particular segment must also be specified for this request|1 validation "
              + "error detected: Value '\\d+' at 'segment' failed to satisfy constraint: Member must have "
              + "value less than or equal to \\d+",
          "The (TotalSegments|Segment) parameter is .*"),
      rule("D13 existing table", "Cannot create preexisting table", "Table already exists: .*"),
      rule("D14 CreateTable key schema and definitions wording",
          "Hash Key not specified in Attribute Definitions\\.  Type unknown\\.|The number of "
              + "attributes in key schema must match the number of attributes defined in attribute "
              + "definitions\\.|Invalid key order\\. .*|Two keys can not have the same name|Local "
              + "Secondary indices are not allowed on hash tables, only hash and range tables",
          "One or more parameter values were invalid: .*|Invalid KeySchema: .*|Both the Hash Key "
              + "and the Range Key element in the KeySchema have the same name"),
      rule("D15 throughput with PAY_PER_REQUEST", "OK \\{count=0, status=ACTIVE\\}",
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor "
              + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST"),
      rule("D20 missed key schema element names the element",
          "Query condition missed key schema element",
          "Query condition missed key schema element: .+"),
      rule("D22 UpdateTable without changes", "Nothing to update",
          "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
              + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required"),
      rule("D24 empty batch request",
          "BatchGetItem must have some requests set|BatchWriteItem cannot have a null or no "
              + "requests set",
          "1 validation error detected: Value '\\{\\}' at 'requestItems' failed to satisfy "
              + "constraint: Member must have length greater than or equal to 1"),
      rule("D16 unrequested capacity on deleting an absent item", "OK \\{units=1\\.0\\}",
          "OK \\{\\}"));

  /** Groups: 1 value, 2 path, 3 constraint. */
  private static final Pattern FRAMED = Pattern.compile(
      "1 validation error detected: Value (.*?) at '([^']*)' failed to satisfy constraint: (.*)");

  private static Rule rule(String id, String local, String engine) {
    return new Rule(id, Pattern.compile(local), Pattern.compile(engine));
  }

  static boolean tolerated(Outcome local, Outcome engine) {
    return explain(local, engine) != null;
  }

  /** The id of the documented difference that explains two different outcomes, or null. */
  static String explain(Outcome local, Outcome engine) {
    // D17: when a page ends exactly at Limit on the last item, DynamoDB still returns a
    // LastEvaluatedKey (the next page is empty); DynamoDB Local looks ahead and omits it.
    // D21: DynamoDB Local never returns ItemCollectionMetrics.
    if (!local.failed() && !engine.failed()) {
      java.util.Map<String, Object> without = new java.util.TreeMap<>(engine.fields());
      String id = null;
      for (String field : List.of("lek", "collection")) {
        if (!local.fields().containsKey(field) && without.remove(field) != null) {
          id = field.equals("lek") ? "D17" : "D21";
        }
      }
      if (Outcome.ok(without).toString().equals(local.toString())) {
        return id;
      }
    }
    // D2: DynamoDB Local leaves out the "N validation error(s) detected: Value ... at '...'
    // failed to satisfy constraint: " framing of some constraint messages.
    if (local.failed() && engine.failed() && local.errorType().equals(engine.errorType())) {
      java.util.regex.Matcher m = FRAMED.matcher(engine.errorMessage());
      if (m.matches() && (local.errorMessage().trim().equals(m.group(3))
          || local.errorMessage().trim().equals("Value " + m.group(1).replace("'", "") + " at '"
              + m.group(2) + "' failed to satisfy constraint: " + m.group(3)))) {
        return "D2";
      }
    }
    // D23: DynamoDB Local's IdempotentParameterMismatchException has no message.
    if (local.failed() && engine.failed() && local.errorType().equals(engine.errorType())
        && local.errorType().equals("IdempotentParameterMismatchException")
        && local.errorMessage().isBlank()) {
      return "D23";
    }
    String l = local.failed() ? local.errorMessage() : local.toString();
    String e = engine.failed() ? engine.errorMessage() : engine.toString();
    if (local.failed() && engine.failed() && !local.errorType().equals(engine.errorType())) {
      return null;
    }
    for (Rule r : RULES) {
      if (r.local().matcher(l).matches() && r.engine().matcher(e).matches()) {
        return r.id().substring(0, r.id().indexOf(' '));
      }
    }
    return null;
  }

  static final java.util.Map<String, String> NOTES = java.util.Map.ofEntries(
      java.util.Map.entry("D1", "DynamoDB answers an operation on a missing table with ResourceNotFoundException 'Requested resource not found' (DescribeTable and DeleteTable name the table)."),
      java.util.Map.entry("D2", "DynamoDB frames a constraint violation as 'N validation error(s) detected: Value ... at '<member>' failed to satisfy constraint: ...'."),
      java.util.Map.entry("D3", "DynamoDB reports an invalid table name as gathered constraint violations (length 3 to 255, pattern [a-zA-Z0-9_.-]+)."),
      java.util.Map.entry("D4", "DynamoDB names the key attribute an item lacks: 'Missing the key <name> in the item'."),
      java.util.Map.entry("D5", "DynamoDB's type-mismatch message names the key attribute and the expected and actual types (and the index for an index key)."),
      java.util.Map.entry("D6", "DynamoDB reports an oversized key per key part: 'Size of hashkey has exceeded the maximum size limit of2048 bytes' or 'Aggregated size of all range keys has exceeded the size limit of 1024 bytes'."),
      java.util.Map.entry("D7", "DynamoDB rejects a Key with missing, extra or mistyped attributes with 'The provided key element does not match the schema'."),
      java.util.Map.entry("D8", "DynamoDB rejects an update that gives an index key attribute a value of the wrong type."),
      java.util.Map.entry("D9", "DynamoDB: 'Consistent reads are not supported on global secondary indexes'."),
      java.util.Map.entry("D10", "DynamoDB reports Limit below 1 as a gathered constraint violation on 'limit'."),
      java.util.Map.entry("D11", "DynamoDB: 'The provided starting key is invalid: The provided key element does not match the schema'."),
      java.util.Map.entry("D12", "DynamoDB's parallel-scan checks name the Segment and TotalSegments parameters ('The TotalSegments parameter is required but was not present in the request when Segment parameter is present', ...)."),
      java.util.Map.entry("D13", "DynamoDB answers CreateTable of an existing table with ResourceInUseException 'Table already exists: <name>'."),
      java.util.Map.entry("D14", "DynamoDB words CreateTable key-schema errors as 'Invalid KeySchema: ...' or 'One or more parameter values were invalid: ...'."),
      java.util.Map.entry("D15", "DynamoDB rejects ProvisionedThroughput together with BillingMode PAY_PER_REQUEST."),
      java.util.Map.entry("D16", "DynamoDB returns ConsumedCapacity only when ReturnConsumedCapacity asks for it, also for DeleteItem of an absent item."),
      java.util.Map.entry("D17", "DynamoDB returns LastEvaluatedKey when a page stops at Limit, even at the last matching item (the next page is then empty)."),
      java.util.Map.entry("D20", "DynamoDB names the key schema element a query condition misses: 'Query condition missed key schema element: <name>'."),
      java.util.Map.entry("D21", "DynamoDB returns ItemCollectionMetrics for a table with local secondary indexes when ReturnItemCollectionMetrics is SIZE."),
      java.util.Map.entry("D22", "DynamoDB answers UpdateTable without changes with 'At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required'."),
      java.util.Map.entry("D23", "DynamoDB's IdempotentParameterMismatchException carries a message."),
      java.util.Map.entry("D24", "DynamoDB rejects empty RequestItems as a gathered constraint violation (length at least 1)."));

  static String note(String id) {
    return id + ": " + NOTES.get(id);
  }

  static Outcome normalise(Outcome o) {
    return o;
  }
}
