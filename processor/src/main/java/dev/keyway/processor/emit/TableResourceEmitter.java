package dev.keyway.processor.emit;

import dev.keyway.processor.model.EntityModel;
import dev.keyway.processor.model.QueryPlan;
import dev.keyway.processor.model.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * Writes a table's resources to the class output. {@code META-INF/keyway/<table>.json} (always): the table
 * definition shaped like a DynamoDB CreateTable request under {@code "table"}, the entities, and the access
 * patterns. Unless exports are turned off ({@code -Akeyway.exports=false}), the infrastructure files under
 * {@code META-INF/keyway/<table>/}: {@value #CREATE_TABLE}, {@value #CLOUDFORMATION}, {@value #CLOUDFORMATION_YAML}, {@value #TERRAFORM},
 * {@value #WORKBENCH}, {@value #REPORT}, {@value #LAYOUT}, {@value #LAYOUT_PAGE}, {@value #POLICY}, {@value #TENANT_POLICY}
 * and {@value #CREATE_POLICY}.
 */
final class TableResourceEmitter {
  static final String CREATE_TABLE = "create-table.json";
  static final String CLOUDFORMATION = "cloudformation.json";
  static final String CLOUDFORMATION_YAML = "cloudformation.yaml";
  static final String TERRAFORM = "table.tf";
  static final String WORKBENCH = "workbench-model.json";
  static final String REPORT = "access-patterns.md";
  static final String LAYOUT = "table-layout.mmd";
  static final String LAYOUT_PAGE = "table-layout.md";
  static final String POLICY = "iam-policy.json";
  static final String TENANT_POLICY = "iam-policy-leading-keys.json";
  static final String CREATE_POLICY = "iam-policy-create-table.json";

  private final Filer filer;
  private final boolean exports;

  TableResourceEmitter(Filer filer, boolean exports) {
    this.filer = filer;
    this.exports = exports;
  }

  void emit(TableModel t, List<EntityModel> entities, List<QueryPlan> plans) {
    write("META-INF/keyway/" + t.name() + ".json", json(t, entities, plans));
    if (!exports) {
      return;
    }
    String dir = "META-INF/keyway/" + t.name() + "/";
    Map<String, String> keyTypes = KeyAttributes.of(t, entities);
    write(dir + CREATE_TABLE, CreateTableEmitter.json(t, keyTypes));
    write(dir + CLOUDFORMATION, CloudFormationEmitter.json(t, keyTypes));
    write(dir + CLOUDFORMATION_YAML, CloudFormationEmitter.yaml(t, keyTypes));
    write(dir + TERRAFORM, TerraformEmitter.hcl(t, keyTypes));
    write(dir + WORKBENCH, WorkbenchEmitter.json(t, entities));
    write(dir + REPORT, AccessPatternReportEmitter.markdown(t, entities, plans));
    write(dir + LAYOUT, TableLayoutEmitter.mermaid(t, entities, plans));
    write(dir + LAYOUT_PAGE, TableLayoutEmitter.markdown(t, entities, plans));
    write(dir + POLICY, IamPolicyEmitter.policy(t, entities, plans));
    write(dir + TENANT_POLICY, IamPolicyEmitter.leadingKeysPolicy(t, entities));
    write(dir + CREATE_POLICY, IamPolicyEmitter.createTablePolicy(t));
  }

  private void write(String path, String content) {
    try {
      var file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (Writer w = file.openWriter()) {
        w.write(content);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String json(TableModel t, List<EntityModel> entities, List<QueryPlan> plans) {
    Json j = new Json();
    j.open('{');
    j.key("table").open('{');
    j.field("TableName", t.name());
    TableJson.members(j, t, KeyAttributes.of(t, entities));
    TableJson.streamSpecification(j, t);
    j.close('}');
    if (t.ttlAttribute() != null) {
      j.key("timeToLive").open('{').field("AttributeName", t.ttlAttribute()).bool("Enabled", true).close('}');
    }
    if (t.typeAttribute() != null) {
      j.field("typeAttribute", t.typeAttribute());
    }
    j.key("entities").open('[');
    for (EntityModel e : entities) {
      j.open('{').field("type", e.typeName()).field("class", e.className().canonicalName())
          .field("pk", e.pk().raw());
      if (e.sk() != null) {
        j.field("sk", e.sk().raw());
      }
      j.close('}');
    }
    j.close(']');
    j.key("accessPatterns").open('[');
    for (QueryPlan p : plans) {
      j.open('{').field("method", p.method().owner().canonicalName() + "." + p.method().name())
          .field("entity", p.entity().typeName())
          .field("index", p.index() == null ? "(table)" : p.index())
          .field("keyCondition", AccessPatternReportEmitter.condition(t, p))
          .close('}');
    }
    j.close(']');
    j.close('}');
    return j.toString() + "\n";
  }
}
