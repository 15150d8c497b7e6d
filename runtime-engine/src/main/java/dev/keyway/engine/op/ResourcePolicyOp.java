package dev.keyway.engine.op;

import dev.keyway.engine.commit.Committer;
import dev.keyway.engine.commit.SchemaChange;
import dev.keyway.engine.op.check.Errors;
import dev.keyway.engine.op.check.ResourcePolicyCheck;
import dev.keyway.engine.storage.Catalog;
import dev.keyway.engine.storage.Table;
import dev.keyway.engine.storage.TablePolicy;
import dev.keyway.error.PolicyNotFoundException;
import dev.keyway.ops.DeleteResourcePolicyRequest;
import dev.keyway.ops.DeleteResourcePolicyResponse;
import dev.keyway.ops.GetResourcePolicyRequest;
import dev.keyway.ops.GetResourcePolicyResponse;
import dev.keyway.ops.PutResourcePolicyRequest;
import dev.keyway.ops.PutResourcePolicyResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy on table ARNs. Revision ids are
 * millisecond timestamps, as DynamoDB's are, strictly increasing so that a later revision compares
 * greater; putting the document already attached keeps its revision and changes nothing.
 * Who may change a policy ({@code ConfirmRemoveSelfResourceAccess}) is the server's concern: the
 * engine itself has no caller identity.
 */
public final class ResourcePolicyOp {
  /** The ExpectedRevisionId that asks for no policy to be attached yet. */
  static final String NO_POLICY = "NO_POLICY";
  private static final String NOT_FOUND = "Resource-based policy not found for the provided ResourceArn: ";

  private final Catalog catalog;
  private final Committer committer;
  private final Clock clock;
  private final AtomicLong lastRevision = new AtomicLong();

  public ResourcePolicyOp(Catalog catalog, Committer committer, Clock clock) {
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
  }

  public PutResourcePolicyResponse put(PutResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").notNull(r.policy(), "policy").throwIfAny();
    String tableName = PolicyResourceArn.tableName(r.resourceArn());
    ResourcePolicyCheck.check(r.policy());
    Table table = existing(tableName, r.resourceArn());
    String[] revision = new String[1];
    committer.changeTable(table, () -> {
      TablePolicy current = table.resourcePolicy();
      expect(r.expectedRevisionId(), current, table, r.resourceArn());
      if (current != null && current.document().equals(r.policy())) {
        revision[0] = current.revisionId();
        return List.of();
      }
      TablePolicy next = new TablePolicy(r.policy(), nextRevision());
      revision[0] = next.revisionId();
      return List.of(new SchemaChange.ResourcePolicy(table.name(), next));
    });
    return new PutResourcePolicyResponse(revision[0]);
  }

  public GetResourcePolicyResponse get(GetResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").throwIfAny();
    Table table = existing(PolicyResourceArn.tableName(r.resourceArn()), r.resourceArn());
    TablePolicy current = table.resourcePolicy();
    if (current == null) {
      throw new PolicyNotFoundException(NOT_FOUND + r.resourceArn());
    }
    return new GetResourcePolicyResponse(current.document(), current.revisionId());
  }

  public DeleteResourcePolicyResponse delete(DeleteResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").throwIfAny();
    Table table = existing(PolicyResourceArn.tableName(r.resourceArn()), r.resourceArn());
    String[] removed = new String[1];
    committer.changeTable(table, () -> {
      TablePolicy current = table.resourcePolicy();
      if (current == null) {
        throw new PolicyNotFoundException(NOT_FOUND + r.resourceArn());
      }
      expect(r.expectedRevisionId(), current, table, r.resourceArn());
      removed[0] = current.revisionId();
      return List.of(new SchemaChange.ResourcePolicy(table.name(), null));
    });
    return new DeleteResourcePolicyResponse(removed[0]);
  }

  /** The policy for a table CreateTable is about to make: checked, with a new revision. */
  public TablePolicy forNewTable(String document) {
    ResourcePolicyCheck.check(document);
    return new TablePolicy(document, nextRevision());
  }

  private static void expect(String expected, TablePolicy current, Table table, String arn) {
    if (expected == null) {
      return;
    }
    if (expected.equals(NO_POLICY)) {
      if (current != null) {
        throw new PolicyNotFoundException(NOT_FOUND + "Requested policy update expecting none to be"
            + " present for table " + table.name() + ", but a policy exists with revision id "
            + current.revisionId() + ".");
      }
      return;
    }
    if (current == null) {
      throw new PolicyNotFoundException(NOT_FOUND + arn);
    }
    if (!current.revisionId().equals(expected)) {
      throw new PolicyNotFoundException(NOT_FOUND + "Requested update for policy with revision id "
          + expected + ", but the policy associated to target table " + table.name()
          + " has revision id " + current.revisionId() + ".");
    }
  }

  private Table existing(String tableName, String arn) {
    Table table = catalog.requireForControl(tableName);
    PolicyResourceArn.requireNoStream(arn, table);
    return table;
  }

  private String nextRevision() {
    long now = clock.millis();
    return Long.toString(lastRevision.updateAndGet(last -> Math.max(now, last + 1)));
  }
}
