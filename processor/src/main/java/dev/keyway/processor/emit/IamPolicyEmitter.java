package dev.keyway.processor.emit;

import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.KeyTemplate;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Least-privilege IAM identity policies for the generated code, resources named
 * {@code arn:aws:dynamodb:*:*:table/<table>} and {@code .../index/<index>} (narrow region and account on use):
 * <ul>
 *   <li>{@code iam-policy.json}: one statement per repository (the item, batch and scan actions it calls), one per
 *       access-pattern interface (Query on the table or the indexes it uses), one for transactions' condition
 *       checks, one for {@code verifyTable()} and, for a table with a stream, its reads on
 *       {@code .../table/<table>/stream/*} and ListStreams (which IAM authorizes only on {@code "*"});
 *   <li>{@code iam-policy-leading-keys.json}: the per-tenant variant, where every item action and Query on the
 *       table requires {@code dynamodb:LeadingKeys} to match an entity's partition key template whose first
 *       {@code {field}} is the principal tag of that name (see {@link #leadingKey}); Scan, index queries and the
 *       stream, which can read other tenants' items, and entities whose partition key has no field are left out;
 *   <li>{@code iam-policy-create-table.json}: what {@code createTableIfAbsent()} needs, for a deploy role.
 * </ul>
 * Transactions need no action of their own: IAM checks each TransactWriteItems action as its item action.
 */
final class IamPolicyEmitter {
  static final List<String> REPOSITORY_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:PutItem",
      "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem",
      "dynamodb:Query", "dynamodb:Scan");
  static final List<String> TENANT_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:PutItem",
      "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem",
      "dynamodb:Query", "dynamodb:ConditionCheckItem");
  static final List<String> VERIFY_ACTIONS = List.of("dynamodb:DescribeTable", "dynamodb:DescribeTimeToLive");
  /** Reading the table's stream; ListStreams takes no resource-level permission, so it goes on "*". */
  static final List<String> STREAM_ACTIONS = List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
      "dynamodb:GetShardIterator");
  static final List<String> CREATE_ACTIONS = List.of("dynamodb:CreateTable", "dynamodb:DescribeTable",
      "dynamodb:UpdateTimeToLive", "dynamodb:DescribeTimeToLive");

  private IamPolicyEmitter() {}

  static String tableArn(TableModel t) {
    return "arn:aws:dynamodb:*:*:table/" + t.name();
  }

  static String policy(TableModel t, List<EntityModel> entities, List<QueryPlan> plans) {
    Json j = begin();
    Set<String> sids = new LinkedHashSet<>(List.of("TransactionConditionChecks", "VerifyTable", "ReadStream",
        "ListStreams"));
    for (EntityModel e : entities) {
      statement(j, sid(e.className().simpleName() + "Repository", sids), REPOSITORY_ACTIONS, List.of(tableArn(t)),
          null);
    }
    Map<String, Set<String>> patternResources = new LinkedHashMap<>();
    for (QueryPlan p : plans) {
      patternResources.computeIfAbsent(p.method().owner().canonicalName(), k -> new LinkedHashSet<>())
          .add(p.index() == null ? tableArn(t) : tableArn(t) + "/index/" + p.index());
    }
    patternResources.forEach((owner, resources) ->
        statement(j, sid(owner, sids), List.of("dynamodb:Query"), List.copyOf(resources), null));
    statement(j, "TransactionConditionChecks", List.of("dynamodb:ConditionCheckItem"), List.of(tableArn(t)), null);
    statement(j, "VerifyTable", VERIFY_ACTIONS, List.of(tableArn(t)), null);
    if (t.streamViewType() != null) {
      statement(j, "ReadStream", STREAM_ACTIONS, List.of(tableArn(t) + "/stream/*"), null);
      statement(j, "ListStreams", List.of("dynamodb:ListStreams"), List.of("*"), null);
    }
    return end(j);
  }

  static String leadingKeysPolicy(TableModel t, List<EntityModel> entities) {
    Set<String> leadingKeys = new LinkedHashSet<>();
    for (EntityModel e : entities) {
      String key = leadingKey(e.pk());
      if (key != null) {
        leadingKeys.add(key);
      }
    }
    Json j = begin();
    if (!leadingKeys.isEmpty()) {
      statement(j, "TenantItems", TENANT_ACTIONS, List.of(tableArn(t)), List.copyOf(leadingKeys));
    }
    statement(j, "VerifyTable", VERIFY_ACTIONS, List.of(tableArn(t)), null);
    return end(j);
  }

  static String createTablePolicy(TableModel t) {
    Json j = begin();
    statement(j, "CreateTableIfAbsent", CREATE_ACTIONS, List.of(tableArn(t)), null);
    return end(j);
  }

  /**
   * The leading-key pattern of a partition key template: its literal prefix, the first field taken from the
   * principal tag of that name, anything after it ({@code TENANT#{tenant}#ITEM#{sku}} ->
   * {@code TENANT#${aws:PrincipalTag/tenant}*}); null for a template without fields, whose one partition every
   * tenant would share.
   */
  static String leadingKey(KeyTemplate pk) {
    StringBuilder out = new StringBuilder();
    List<KeyTemplate.Part> parts = pk.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof KeyTemplate.FieldRef r) {
        out.append("${aws:PrincipalTag/").append(r.field()).append('}');
        return i == parts.size() - 1 ? out.toString() : out + "*";
      }
      out.append(((KeyTemplate.Literal) parts.get(i)).text().replace("$", "${$}").replace("*", "${*}")
          .replace("?", "${?}"));
    }
    return null;
  }

  private static Json begin() {
    Json j = new Json();
    j.open('{').field("Version", "2012-10-17");
    j.key("Statement").open('[');
    return j;
  }

  private static String end(Json j) {
    j.close(']').close('}');
    return j + "\n";
  }

  private static void statement(Json j, String sid, List<String> actions, List<String> resources,
      List<String> leadingKeys) {
    j.open('{').field("Sid", sid).field("Effect", "Allow");
    j.key("Action").open('[');
    actions.forEach(j::string);
    j.close(']');
    j.key("Resource").open('[');
    resources.forEach(j::string);
    j.close(']');
    if (leadingKeys != null) {
      j.key("Condition").open('{').key("ForAllValues:StringLike").open('{').key("dynamodb:LeadingKeys").open('[');
      leadingKeys.forEach(j::string);
      j.close(']').close('}').close('}');
    }
    j.close('}');
  }

  /**
   * A statement ID from a simple or qualified name: ASCII letters and digits of its last segment, unique within
   * the policy (a number is appended to a repeated one).
   */
  private static String sid(String name, Set<String> used) {
    String base = name.substring(name.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9]", "");
    String sid = base;
    for (int i = 2; !used.add(sid); i++) {
      sid = base + i;
    }
    return sid;
  }
}
