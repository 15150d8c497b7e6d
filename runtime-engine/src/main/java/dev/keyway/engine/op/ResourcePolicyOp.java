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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy on the ARNs of tables and of their
 * streams. A stream's policy may be put, read and deleted while the engine keeps the stream: while
 * it is enabled, and for the retention period after it is disabled, as DynamoDB lets the policy of
 * a disabled stream be changed; a stream policy may name only the stream read actions. Revision
 * ids are millisecond timestamps, as DynamoDB's are, strictly increasing so that a later revision
 * compares greater; putting the document already attached keeps its revision and changes nothing.
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
  private final Predicate<String> streamKept;
  private final AtomicLong lastRevision = new AtomicLong();

  /** @param streamKept whether the engine keeps the stream with a given ARN (open, or closed recently) */
  public ResourcePolicyOp(Catalog catalog, Committer committer, Clock clock, Predicate<String> streamKept) {
    this.catalog = catalog;
    this.committer = committer;
    this.clock = clock;
    this.streamKept = streamKept;
  }

  public PutResourcePolicyResponse put(PutResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").notNull(r.policy(), "policy").throwIfAny();
    String tableName = PolicyResourceArn.tableName(r.resourceArn());
    if (PolicyResourceArn.streamLabel(r.resourceArn()) == null) {
      ResourcePolicyCheck.check(r.policy());
    } else {
      ResourcePolicyCheck.checkForStream(r.policy());
    }
    PolicyTarget target = target(tableName, r.resourceArn());
    String[] revision = new String[1];
    committer.changeTable(target.table(), () -> {
      TablePolicy current = target.current();
      expect(r.expectedRevisionId(), current, target.table(), r.resourceArn());
      if (current != null && current.document().equals(r.policy())) {
        revision[0] = current.revisionId();
        return List.of();
      }
      TablePolicy next = new TablePolicy(r.policy(), nextRevision());
      revision[0] = next.revisionId();
      return withForgottenStreamsDetached(target.table(), target.attach(next));
    });
    return new PutResourcePolicyResponse(revision[0]);
  }

  public GetResourcePolicyResponse get(GetResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").throwIfAny();
    TablePolicy current = target(PolicyResourceArn.tableName(r.resourceArn()), r.resourceArn()).current();
    if (current == null) {
      throw new PolicyNotFoundException(NOT_FOUND + r.resourceArn());
    }
    return new GetResourcePolicyResponse(current.document(), current.revisionId());
  }

  public DeleteResourcePolicyResponse delete(DeleteResourcePolicyRequest r) {
    Errors.start().notNull(r.resourceArn(), "resourceArn").throwIfAny();
    PolicyTarget target = target(PolicyResourceArn.tableName(r.resourceArn()), r.resourceArn());
    String[] removed = new String[1];
    committer.changeTable(target.table(), () -> {
      TablePolicy current = target.current();
      if (current == null) {
        throw new PolicyNotFoundException(NOT_FOUND + r.resourceArn());
      }
      expect(r.expectedRevisionId(), current, target.table(), r.resourceArn());
      removed[0] = current.revisionId();
      return withForgottenStreamsDetached(target.table(), target.attach(null));
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

  /**
   * The change, after detaching the policies of the table's streams that the engine no longer
   * keeps (24 hours after they were disabled): unreachable, they would otherwise stay with the
   * table for good.
   */
  private List<SchemaChange> withForgottenStreamsDetached(Table table, SchemaChange change) {
    List<SchemaChange> changes = new ArrayList<>();
    for (String label : table.streamPolicies().keySet()) {
      if (!streamKept.test(streamArn(table, label))) {
        changes.add(new SchemaChange.StreamPolicy(table, label, null));
      }
    }
    changes.add(change);
    return changes;
  }

  private static String streamArn(Table table, String label) {
    return table.meta().arn() + "/stream/" + label;
  }

  /** The existing table the ARN names, or the stream of it that the engine keeps. */
  private PolicyTarget target(String tableName, String arn) {
    Table table = catalog.requireForControl(tableName);
    String label = PolicyResourceArn.streamLabel(arn);
    if (label != null && !streamKept.test(streamArn(table, label))) {
      throw PolicyResourceArn.streamNotFound(label, table);
    }
    return new PolicyTarget(table, label);
  }

  private String nextRevision() {
    long now = clock.millis();
    return Long.toString(lastRevision.updateAndGet(last -> Math.max(now, last + 1)));
  }
}
