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
import java.time.Clock;
import java.time.Instant;
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
 * <p>Versions: an update of a {@code @Version} entity always increments the stored version; it also
 * checks it when the builder carries the expected version (generated {@code <Entity>Update.from(entity)}
 * or {@code of(<key fields>, expectedVersion)}); {@code <Entity>Update.unversioned(..)} does not check.
 *
 * <p>Upserts: {@link #upsertUpdate()} adds what creating the item needs (key fields, type attribute,
 * index keys made of primary key fields: values fixed by the key) to the same changes, so an
 * UpdateItem without the existence condition creates a complete item, as DynamoDB's UpdateItem does.
 *
 * @param <U> the generated subtype, returned by every method for chaining
 */
public abstract class EntityUpdate<U extends EntityUpdate<U>> {
  private final Key key;
  private final Set<String> protectedAttributes;
  private final String versionAttribute;
  private final List<UpdateAction> actions = new ArrayList<>();
  private Condition condition;
  private Long expectedVersion;
  private Clock clock; // null: the clock the update is sent with (the backend's, through a repository)

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

  /**
   * The condition given with {@link #when}, and the version check when the builder carries an
   * expected version; null when neither.
   */
  public final Condition condition() {
    if (expectedVersion == null) {
      return condition;
    }
    Condition versionOk = Paths.number(versionAttribute, Long.class).eq(expectedVersion);
    return condition == null ? versionOk : condition.and(versionOk);
  }

  /** The version the stored item must have, if this update checks it. */
  public final java.util.OptionalLong expectedVersion() {
    return expectedVersion == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(expectedVersion);
  }

  /**
   * Takes timestamps ({@code @CreatedAt}, {@code @UpdatedAt}) from {@code clock} instead of the
   * backend's ({@link dev.keyway.spi.Backend#clock()}), which repositories and transactions use otherwise.
   */
  public final U clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The update expression of an update of an existing item: the changes in order, the timestamps
   * (by the system clock unless {@link #clock(Clock)} set one), then the version increment (if versioned).
   */
  public final Update update() {
    return update(Clock.systemUTC());
  }

  /** {@link #update()}, its timestamps from {@code unlessSet} unless {@link #clock(Clock)} set one. */
  final Update update(Clock unlessSet) {
    return render(List.of(), unlessSet);
  }

  /**
   * The update expression of an upsert: {@link #update()}'s actions plus the attributes a new item
   * needs (key fields, type attribute, index keys fixed by the primary key). An upsert cannot check
   * a version (IllegalStateException when the builder carries one).
   */
  public final Update upsertUpdate() {
    return upsertUpdate(Clock.systemUTC());
  }

  /** {@link #upsertUpdate()}, its timestamps from {@code unlessSet} unless {@link #clock(Clock)} set one. */
  final Update upsertUpdate(Clock unlessSet) {
    if (expectedVersion != null) {
      throw new IllegalStateException("An upsert may create the item, so it cannot check version "
          + expectedVersion + "; use update(..) to check it, or start from unversioned(..)");
    }
    return render(creation(), unlessSet);
  }

  private Update render(List<UpdateAction> first, Clock unlessSet) {
    List<UpdateAction> all = new ArrayList<>(first);
    all.addAll(actions);
    all.addAll(lifecycle((clock != null ? clock : unlessSet).instant()));
    Update u = new Update(all);
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

  /** Makes this update check that the stored version is {@code version} (generated factories only). */
  protected final U expectVersion(long version) {
    if (versionAttribute == null) {
      throw new IllegalStateException("This entity has no @Version attribute");
    }
    this.expectedVersion = version;
    return self();
  }

  /**
   * The actions an upsert adds for a new item: SET of attributes whose values the primary key fixes
   * (generated; none by default).
   */
  protected List<UpdateAction> creation() {
    return List.of();
  }

  /**
   * The actions every update adds at time {@code now}: {@code SET updatedAt = now} and {@code SET
   * createdAt = if_not_exists(createdAt, now)} (generated for {@code @UpdatedAt}/{@code @CreatedAt};
   * none by default).
   */
  protected List<UpdateAction> lifecycle(Instant now) {
    return List.of();
  }

  /** {@code SET attribute = value} (for {@link #creation} and {@link #lifecycle}). */
  protected static UpdateAction setting(String attribute, AttributeValue value) {
    return Paths.path(attribute).set(value);
  }

  /** {@code SET attribute = if_not_exists(attribute, value)} (for {@link #lifecycle}). */
  protected static UpdateAction settingIfAbsent(String attribute, AttributeValue value) {
    dev.keyway.expr.Path path = Paths.path(attribute);
    return path.set(path.ifNotExists(value));
  }

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
