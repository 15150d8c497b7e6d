package dev.keyway.engine.server.auth;

import dev.keyway.ops.ConditionCheck;
import dev.keyway.ops.Delete;
import dev.keyway.ops.Put;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.Update;
import java.util.ArrayList;
import java.util.List;

/** The item actions one element of TransactWriteItems asks for. */
final class TransactItems {
  private TransactItems() {}

  static List<AccessRequest> of(TransactWriteItem t, RequestResources resources) {
    List<AccessRequest> out = new ArrayList<>();
    if (t.conditionCheck() != null) {
      ConditionCheck c = t.conditionCheck();
      Names n = new Names(c.expressionAttributeNames()).keys(c.key()).expression(c.conditionExpression());
      out.add(resources.item("dynamodb:ConditionCheckItem", c.tableName(), RequestResources.one(c.key()), n, null, null));
    }
    if (t.put() != null) {
      Put p = t.put();
      Names n = new Names(p.expressionAttributeNames()).keys(p.item()).expression(p.conditionExpression());
      out.add(resources.item("dynamodb:PutItem", p.tableName(), RequestResources.one(p.item()), n, null, null));
    }
    if (t.delete() != null) {
      Delete d = t.delete();
      Names n = new Names(d.expressionAttributeNames()).keys(d.key()).expression(d.conditionExpression());
      out.add(resources.item("dynamodb:DeleteItem", d.tableName(), RequestResources.one(d.key()), n, null, null));
    }
    if (t.update() != null) {
      Update u = t.update();
      Names n = new Names(u.expressionAttributeNames()).keys(u.key()).expression(u.updateExpression())
          .expression(u.conditionExpression());
      out.add(resources.item("dynamodb:UpdateItem", u.tableName(), RequestResources.one(u.key()), n, null, null));
    }
    return out;
  }
}
