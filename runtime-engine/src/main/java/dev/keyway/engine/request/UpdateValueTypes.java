package dev.keyway.engine.request;

import dev.keyway.engine.expr.ast.Operand;
import dev.keyway.engine.expr.ast.UpdateAction;
import dev.keyway.engine.expr.ast.UpdateExpression;
import dev.keyway.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The types an update expression gives its top-level targets before any item is read. DynamoDB
 * checks them against index key types up front: {@code SET c = a + :n} and {@code ADD c :n} on a
 * string index key c are a "Type mismatch for Index Key c" whatever the item holds (dynalite's
 * updateItem validation tests, run against the service).
 */
final class UpdateValueTypes {
  private UpdateValueTypes() {}

  static Map<String, AttributeValue.Type> of(UpdateExpression update) {
    Map<String, AttributeValue.Type> types = new LinkedHashMap<>();
    for (UpdateAction a : update.actions()) {
      if (a.path().depth() != 1) {
        continue;
      }
      AttributeValue.Type type = null;
      if (a instanceof UpdateAction.Set set) {
        type = typeOf(set.value());
      } else if (a instanceof UpdateAction.Add add) {
        type = typeOf(add.value());
      }
      if (type != null) {
        types.put(a.path().topLevelName(), type);
      }
    }
    return types;
  }

  private static AttributeValue.Type typeOf(Operand o) {
    if (o instanceof Operand.Literal lit) {
      return lit.value().type();
    }
    if (o instanceof Operand.Arithmetic) {
      return AttributeValue.Type.N;
    }
    if (o instanceof Operand.Call call && call.function().equals("list_append")) {
      return AttributeValue.Type.L;
    }
    return null; // a path or if_not_exists: known only from the item
  }
}
