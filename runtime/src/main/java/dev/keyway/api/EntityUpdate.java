package dev.keyway.api;

import dev.keyway.expr.AttributePath;
import dev.keyway.expr.Condition;
import dev.keyway.expr.NumberPath;
import dev.keyway.expr.Paths;
import dev.keyway.expr.SetPath;
import dev.keyway.expr.TypedPath;
import dev.keyway.expr.Update;
import dev.keyway.expr.UpdateAction;
import dev.keyway.expr.UpdateValue;
import dev.keyway.model.AttributeValue;
import dev.keyway.model.ItemKey;
import dev.keyway.model.Key;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Base of the generated {@code <Entity>Update} builders: the changes of one UpdateItem on one item,
 * plus an optional condition. Generated setters exist only for fields that no key template uses;
 * fields of an index key template change only through one setter taking every field that template
 * needs, which also writes the recomputed index key attributes, so a single request (atomic, also
 * inside a transaction) keeps the index in step. Primary key fields have no setter.
 *
 * <p>The generic methods ({@link #set(TypedPath, Object)}, {@link #add(NumberPath, Number)}, ...)
 * take typed paths; the generated {@code <Entity>Fields} type key fields as condition-only {@code
 * KeyFieldPath}s, so they cannot be passed here. Hand-made paths naming a key attribute, a key
 * field, the type attribute or the version are rejected with {@link IllegalArgumentException}.
 *
 * @param <U> the generated subtype, returned by every method for chaining
 */
public abstract class EntityUpdate<U extends EntityUpdate<U>> {
  private final Key key;
  private final Set<String> protectedAttributes;
  private final String versionAttribute;
  private final List<UpdateAction> actions = new ArrayList<>();
  private Condition condition;

  /**
   * {@code protectedAttributes}: top-level attributes the generic methods may not touch;
   * {@code versionAttribute} (nullable) is incremented by every update.
   */
  protected EntityUpdate(ItemKey key, Set<String> protectedAttributes, String versionAttribute) {
    this.key = Objects.requireNonNull(key, "key").toKey();
    this.protectedAttributes = Set.copyOf(protectedAttributes);
    this.versionAttribute = versionAttribute;
  }

  /** This builder, typed as the generated subtype. */
  protected abstract U self();

  /** The primary key of the item to update. */
  public final Key key() {
    return key;
  }

  /** Applies the update only if {@code c} holds (combined with AND when called again). */
  public final U when(Condition c) {
    Objects.requireNonNull(c, "condition");
    condition = condition == null ? c : condition.and(c);
    return self();
  }

  /** The condition given with {@link #when}, or null. */
  public final Condition condition() {
    return condition;
  }

  /** The update expression: the changes in order, then the version increment (if versioned). */
  public final Update update() {
    Update u = new Update(actions);
    if (versionAttribute != null) {
      u = u.add(Paths.number(versionAttribute, Long.class), 1);
    }
    return u;
  }

  /** Whether no change was made (a versioned update still increments the version). */
  public final boolean isEmpty() {
    return actions.isEmpty();
  }

  // --- generic changes of fields no key template uses ------------------------------------------

  /** {@code SET path = value}; a null value removes the attribute. */
  public final <V> U set(TypedPath<V, ?> path, V value) {
    checked(path);
    return write(value == null ? path.remove() : path.set(value));
  }

  /** {@code SET path = expression} (arithmetic, if_not_exists, list_append). */
  public final <D> U set(TypedPath<?, D> path, UpdateValue<? extends D> value) {
    checked(path);
    return write(path.set(value));
  }

  /** {@code REMOVE path}. */
  public final U remove(TypedPath<?, ?> path) {
    checked(path);
    return write(path.remove());
  }

  /** {@code ADD path delta} on a number (a missing attribute counts as 0). */
  public final U add(NumberPath<?> path, Number delta) {
    checked(path);
    return write(path.add(delta));
  }

  /** {@code ADD path elements} on a set. */
  public final <E> U add(SetPath<E> path, Collection<? extends E> elements) {
    checked(path);
    return write(path.add(elements));
  }

  /** {@code DELETE path elements} on a set. */
  public final <E> U delete(SetPath<E> path, Collection<? extends E> elements) {
    checked(path);
    return write(path.delete(elements));
  }

  /** Any prepared actions (each checked like the typed methods). */
  public final U apply(UpdateAction... more) {
    for (UpdateAction a : more) {
      checkAttribute(a.path());
      write(a);
    }
    return self();
  }

  // --- for generated setters ---------------------------------------------------------------------

  /** Adds an action without the key check (generated setters only). */
  protected final U write(UpdateAction action) {
    actions.add(Objects.requireNonNull(action, "action"));
    return self();
  }

  /** {@code SET attribute = value}, or {@code REMOVE attribute} when value is null or an empty set. */
  protected final U put(String attribute, AttributeValue value) {
    dev.keyway.expr.Path path = Paths.path(attribute);
    boolean empty = value == null || value instanceof AttributeValue.SS ss && ss.values().isEmpty()
        || value instanceof AttributeValue.NS ns && ns.values().isEmpty()
        || value instanceof AttributeValue.BS bs && bs.values().isEmpty();
    return write(empty ? path.remove() : path.set(value));
  }

  private void checked(TypedPath<?, ?> path) {
    checkAttribute(path.attributePath());
  }

  private void checkAttribute(AttributePath path) {
    String top = path.segments().get(0).toString();
    if (protectedAttributes.contains(top)) {
      throw new IllegalArgumentException("Attribute '" + top + "' belongs to a key (or is the type or version"
          + " attribute) and cannot be changed by a generic update; use the generated setter that rewrites the"
          + " index key, or put the whole entity");
    }
  }
}
