package dev.keyway.processor.emit;

import dev.keyway.processor.model.TableModel;

/**
 * {@code create-table.json}: the table as a DynamoDB CreateTable request, usable as is with
 * {@code aws dynamodb create-table --cli-input-json file://create-table.json}. Time to live is not part of
 * CreateTable; it is a separate UpdateTimeToLive call (see the report and the CloudFormation template).
 */
final class CreateTableEmitter {
  private CreateTableEmitter() {}

  static String json(TableModel t, java.util.Map<String, String> keyTypes) {
    Json j = new Json();
    j.open('{');
    j.field("TableName", t.name());
    TableJson.members(j, t, keyTypes);
    TableJson.streamSpecification(j, t);
    j.close('}');
    return j + "\n";
  }
}
