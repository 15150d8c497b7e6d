package dev.keyway.engine.capacity;

import dev.keyway.ops.OnDemandThroughput;

/**
 * The maximum request units of an on-demand table or GSI as the engine keeps them: a null member
 * means no maximum, and a setting with neither member is no setting (null). DynamoDB's -1
 * ("remove the maximum") never reaches storage.
 */
public final class OnDemandMaximum {
  /** The value that removes a maximum in UpdateTable. */
  public static final long NONE = -1;

  private OnDemandMaximum() {}

  /** The maximum a CreateTable request sets, validated. */
  public static OnDemandThroughput of(OnDemandThroughput requested) {
    return merge(null, requested);
  }

  /**
   * The maximum after an UpdateTable: a member the request leaves out keeps its current value,
   * -1 removes it, any other value replaces it.
   */
  public static OnDemandThroughput merge(OnDemandThroughput current, OnDemandThroughput requested) {
    Long read = current == null ? null : current.maxReadRequestUnits();
    Long write = current == null ? null : current.maxWriteRequestUnits();
    if (requested != null) {
      read = member(read, requested.maxReadRequestUnits());
      write = member(write, requested.maxWriteRequestUnits());
    }
    return read == null && write == null ? null : new OnDemandThroughput(read, write);
  }

  private static Long member(Long current, Long requested) {
    if (requested == null) {
      return current;
    }
    return requested == NONE ? null : requested;
  }
}
