package dev.keyway.engine.op.check;

import dev.keyway.ops.ConditionCheck;
import dev.keyway.ops.Delete;
import dev.keyway.ops.Get;
import dev.keyway.ops.Put;
import dev.keyway.ops.TransactGetItem;
import dev.keyway.ops.TransactGetItemsRequest;
import dev.keyway.ops.TransactWriteItem;
import dev.keyway.ops.TransactWriteItemsRequest;
import dev.keyway.ops.Update;
import java.util.List;

/**
 * The member constraints of TransactWriteItems and TransactGetItems (see {@link
 * RequestConstraints}): the list of actions and each action's own members, named by its position
 * and kind ({@code transactItems.2.member.put.tableName}), all checked before any table is looked
 * up.
 */
public final class TransactConstraints {
  private TransactConstraints() {}

  public static Errors transactWriteItems(Errors errors, TransactWriteItemsRequest r) {
    List<TransactWriteItem> items = r.transactItems();
    transactItems(errors, items).clientRequestToken(r.clientRequestToken());
    for (int i = 0; items != null && i < items.size(); i++) {
      TransactWriteItem t = items.get(i);
      if (t != null) {
        action(errors, t, NestedRules.element("transactItems", i));
      }
    }
    return errors;
  }

  public static Errors transactGetItems(Errors errors, TransactGetItemsRequest r) {
    List<TransactGetItem> items = r.transactItems();
    transactItems(errors, items);
    for (int i = 0; items != null && i < items.size(); i++) {
      TransactGetItem t = items.get(i);
      String path = NestedRules.element("transactItems", i) + ".get";
      Get get = t == null ? null : t.get();
      errors.notNull(get, path);
      if (get != null) {
        errors.tableName(get.tableName(), path + ".tableName").notNull(get.key(), path + ".key");
      }
    }
    return errors;
  }

  private static Errors transactItems(Errors errors, List<?> items) {
    return errors.notNull(items, "transactItems").maxLength(items, 100, "transactItems")
        .minLength(items, 1, "transactItems");
  }

  /** Every action the element holds (more than one is refused later, as DynamoDB does). */
  private static void action(Errors errors, TransactWriteItem t, String path) {
    Put put = t.put();
    if (put != null) {
      target(errors, path + ".put", put.tableName(), "item", put.item());
    }
    Update update = t.update();
    if (update != null) {
      target(errors, path + ".update", update.tableName(), "key", update.key())
          .notNull(update.updateExpression(), path + ".update.updateExpression");
    }
    Delete delete = t.delete();
    if (delete != null) {
      target(errors, path + ".delete", delete.tableName(), "key", delete.key());
    }
    ConditionCheck check = t.conditionCheck();
    if (check != null) {
      target(errors, path + ".conditionCheck", check.tableName(), "key", check.key())
          .notNull(check.conditionExpression(), path + ".conditionCheck.conditionExpression");
    }
  }

  /** The table an action names and its required item or key ({@code member}). */
  private static Errors target(Errors errors, String path, String tableName, String member,
      Object value) {
    return errors.tableName(tableName, path + ".tableName").notNull(value, path + "." + member);
  }
}
