package dev.keyway.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * An update expression: a list of actions, kept in the order given. Rendering groups them into
 * clauses in the fixed order SET, REMOVE, ADD, DELETE. Immutable; every method returns a new
 * update, so the fluent form {@code u -> u.set(STATUS, "PAID").add(STOCK, -1)} works from {@link
 * #empty()}.
 */
public record Update(List<UpdateAction> actions) {
  private static final Update EMPTY = new Update(List.of());

  public Update {
    actions = List.copyOf(actions);
  }

  public static Update empty() {
    return EMPTY;
  }

  public static Update of(UpdateAction... actions) {
    return new Update(Arrays.asList(actions));
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /** This update followed by more actions. */
  public Update and(UpdateAction... more) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.addAll(Arrays.asList(more));
    return new Update(all);
  }

  /** This update followed by the actions of another. */
  public Update and(Update other) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.addAll(other.actions);
    return new Update(all);
  }

  public <V> Update set(TypedPath<V, ?> path, V value) {
    return and(path.set(value));
  }

  public <D> Update set(TypedPath<?, D> path, UpdateValue<? extends D> value) {
    return and(path.set(value));
  }

  public Update remove(TypedPath<?, ?> path) {
    return and(path.remove());
  }

  public Update add(NumberPath<?> path, Number delta) {
    return and(path.add(delta));
  }

  public <E> Update add(SetPath<E> path, Collection<? extends E> elements) {
    return and(path.add(elements));
  }

  public <E> Update delete(SetPath<E> path, Collection<? extends E> elements) {
    return and(path.delete(elements));
  }
}
