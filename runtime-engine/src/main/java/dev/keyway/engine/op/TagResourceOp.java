package dev.keyway.engine.op;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.NestedRules;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.ListTagsOfResourceRequest;
import dev.keyway.ops.ListTagsOfResourceResponse;
import dev.keyway.ops.Tag;
import dev.keyway.ops.TagResourceRequest;
import dev.keyway.ops.UntagResourceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsOfResource on table ARNs. */
public final class TagResourceOp {
  private static final String PREFIX = "arn:aws:dynamodb:" + Catalog.REGION + ":" + Catalog.ACCOUNT
      + ":table/";
  private final Catalog catalog;
  private final Committer committer;

  public TagResourceOp(Catalog catalog, Committer committer) {
    this.catalog = catalog;
    this.committer = committer;
  }

  public void tag(TagResourceRequest r) {
    Errors errors = Errors.start().notNull(r.resourceArn(), "resourceArn").notNull(r.tags(), "tags");
    NestedRules.tags(errors, r.tags(), "tags");
    errors.throwIfAny();
    Table table = tableOf(r.resourceArn());
    if (r.tags().size() + table.tags().size() > 50) {
      throw new ValidationException("One or more parameter values were invalid: "
          + "The number of tags exceeds the limit of 50");
    }
    for (Tag tag : r.tags()) {
      if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "Tag key must have length between 1 and 128");
      }
      if (tag.value() == null || tag.value().length() > 256) {
        throw new ValidationException("One or more parameter values were invalid: "
            + "Tag value must have length between 0 and 256");
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    r.tags().forEach(t -> tags.put(t.key(), t.value()));
    committer.changeTable(table, () -> List.of(new SchemaChange.Tag(table, tags)));
  }

  public void untag(UntagResourceRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").notNull(r.tagKeys(), "tagKeys")
        .throwIfAny();
    Table table = tableOf(r.resourceArn());
    committer.changeTable(table, () -> List.of(new SchemaChange.Untag(table, r.tagKeys())));
  }

  public ListTagsOfResourceResponse list(ListTagsOfResourceRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").throwIfAny();
    Table table = tableOf(r.resourceArn());
    List<Tag> tags = new ArrayList<>();
    for (Map.Entry<String, String> e : table.tags()) {
      tags.add(new Tag(e.getKey(), e.getValue()));
    }
    return new ListTagsOfResourceResponse(tags, null);
  }

  private Table tableOf(String arn) {
    if (!arn.startsWith(PREFIX) || arn.length() == PREFIX.length()) {
      throw new ValidationException("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
    }
    Table table = catalog.find(arn.substring(PREFIX.length()));
    if (table == null) {
      throw new ResourceNotFoundException("Requested resource not found: ResourcArn: " + arn
          + " not found");
    }
    return table;
  }
}
