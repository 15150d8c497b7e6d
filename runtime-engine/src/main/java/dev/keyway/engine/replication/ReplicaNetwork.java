package dev.keyway.engine.replication;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Links engines of different regions in one process, so their tables can have replicas in each
 * other (global tables, version 2019.11.21). Changes travel asynchronously: {@link #create()}
 * delivers them on a background thread soon after each write; {@link #manual()} only when
 * {@link #deliver()} is called, so a test decides when replicas catch up. A region can be cut off
 * ({@link #disconnect}) as if it went away: changes to and from it wait until {@link #reconnect}.
 * Only data travels over a cut link's queue; adding or removing a replica reaches the region at
 * once.
 */
public final class ReplicaNetwork implements AutoCloseable {
  private final Map<String, GlobalTables> nodes = new ConcurrentHashMap<>();
  private final Set<String> disconnected = ConcurrentHashMap.newKeySet();
  private final Thread deliverer; // null: manual
  private final Object signal = new Object();
  private boolean waiting; // guarded by signal
  private volatile boolean closed;

  private ReplicaNetwork(boolean automatic) {
    if (automatic) {
      deliverer = new Thread(this::deliverLoop, "keyway-replication");
      deliverer.setDaemon(true);
      deliverer.start();
    } else {
      deliverer = null;
    }
  }

  /** A network that delivers changes in the background, soon after each write. */
  public static ReplicaNetwork create() {
    return new ReplicaNetwork(true);
  }

  /** A network that delivers changes only when {@link #deliver()} is called. */
  public static ReplicaNetwork manual() {
    return new ReplicaNetwork(false);
  }

  void join(GlobalTables node) {
    if (nodes.putIfAbsent(node.region(), node) != null) {
      throw new IllegalStateException("an engine of region " + node.region() + " is linked already");
    }
  }

  void leave(GlobalTables node) {
    nodes.remove(node.region(), node);
  }

  /** The engine of a region, or null when none is linked. */
  GlobalTables node(String region) {
    return nodes.get(region);
  }

  /** The regions of the engines linked now. */
  public Set<String> regions() {
    return new TreeSet<>(nodes.keySet());
  }

  /** Cuts a region off: nothing is delivered to or from it until {@link #reconnect}. */
  public void disconnect(String region) {
    disconnected.add(region);
  }

  /** Restores a region's links; what it missed and what it owes is delivered again. */
  public void reconnect(String region) {
    disconnected.remove(region);
    changesWaiting();
  }

  /**
   * Delivers every change waiting on a connected link, in the order each region made them, and
   * returns how many were delivered. Safe to call with background delivery too.
   */
  public synchronized int deliver() {
    int delivered = 0;
    for (GlobalTables from : nodes.values()) {
      for (GlobalTables to : nodes.values()) {
        if (from != to && !disconnected.contains(from.region()) && !disconnected.contains(to.region())) {
          delivered += from.deliverTo(to);
        }
      }
    }
    return delivered;
  }

  /** How many changes made in {@code from} wait to reach {@code to}. */
  public int pending(String from, String to) {
    GlobalTables node = nodes.get(from);
    return node == null ? 0 : node.pendingFor(to);
  }

  /**
   * How long the latest change from {@code from} delivered to {@code to} took from its commit
   * (DynamoDB's ReplicationLatency, by the sending engine's clock); null before the first.
   */
  public Duration replicationLatency(String from, String to) {
    GlobalTables node = nodes.get(from);
    return node == null ? null : node.latencyTo(to);
  }

  /** Wakes background delivery after a write was queued. */
  void changesWaiting() {
    if (deliverer != null) {
      synchronized (signal) {
        waiting = true;
        signal.notifyAll();
      }
    }
  }

  private void deliverLoop() {
    while (!closed) {
      synchronized (signal) {
        while (!waiting && !closed) {
          try {
            signal.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        waiting = false;
      }
      try {
        deliver();
      } catch (RuntimeException e) {
        // a replica's engine closed or refused a change mid-batch: what was not applied stays
        // queued and goes with the next delivery
      }
    }
  }

  /** Stops background delivery; changes still queued stay undelivered. */
  @Override
  public void close() {
    closed = true;
    if (deliverer != null) {
      synchronized (signal) {
        signal.notifyAll();
      }
    }
  }
}
