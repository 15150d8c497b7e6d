package dev.keyway.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every message the processor reports: a stable ID, a kind and a {@link String#format} pattern. Each
 * says what is wrong and how to fix it. Catalogue: docs/diagnostics.md (one row per constant).
 */
public enum Msg {
  // --- tables ----------------------------------------------------------------------------------
  TABLE_NOT_INTERFACE("KW-TBL-001", "@Table belongs on an interface, but %s is a %s; declare it as 'interface %s {}'."),
  TABLE_NAME_INVALID("KW-TBL-002", "%s \"%s\" is not a valid DynamoDB name; use 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'."),
  KEY_ATTRIBUTE_EMPTY("KW-TBL-003", "%s must name an attribute; give it a name such as \"%s\"."),
  TOO_MANY_GSIS("KW-TBL-004", "Table \"%s\" declares %d global secondary indexes but DynamoDB allows at most 20; remove %d of them."),
  TOO_MANY_LSIS("KW-TBL-005", "Table \"%s\" declares %d local secondary indexes but DynamoDB allows at most 5; remove %d of them."),
  LSI_PARTITION_KEY("KW-TBL-006", "Local index \"%s\" declares partition key \"%s\", but a local index always shares the table partition key \"%s\"; remove partitionKey or set it to \"%s\"."),
  LSI_WITHOUT_TABLE_SORT_KEY("KW-TBL-007", "Local index \"%s\" needs a table sort key, but table \"%s\" has none; declare sortKey on @Table or make it a @GlobalIndex."),
  DUPLICATE_INDEX("KW-TBL-008", "Index name \"%s\" is declared twice on table \"%s\"; give each index its own name."),
  PROJECTION_ATTRIBUTES("KW-TBL-009", "Index \"%s\" has projection %s %s; %s."),
  TTL_ATTRIBUTE_IS_KEY("KW-TBL-010", "ttlAttribute \"%s\" is also a key attribute of table \"%s\"; TTL needs a separate number attribute such as \"expiresAt\"."),
  DUPLICATE_TABLE_NAME("KW-TBL-011", "Table name \"%s\" is already declared by %s; each @Table describes its own table, so give %s another name or map its entities to %s."),

  // --- entities --------------------------------------------------------------------------------
  ENTITY_KIND("KW-ENT-001", "@Entity belongs on a record or a class, but %s is %s; map a record or a bean class instead."),
  ENTITY_TABLE_NOT_TABLE("KW-ENT-002", "@Entity(table = %s.class) names a type without @Table; annotate %s with @Table or name the table interface%s."),
  NO_CONSTRUCTOR("KW-ENT-003", "Cannot create %s: it has neither a public no-argument constructor with setters for every field nor a public constructor whose parameters are named after its fields (%s); add one of them."),
  NO_ACCESSOR("KW-ENT-004", "Field '%s' of %s has no public accessor; add 'public %s %s()' or make the field public, or mark it @Ignore."),
  NO_SETTER("KW-ENT-005", "Field '%s' of %s has no public setter and no constructor parameter; add 'public void %s(%s)' or mark it @Ignore."),
  DUPLICATE_TYPE_NAME("KW-ENT-006", "Entity type name \"%s\" is already used by %s in table \"%s\"; set @Entity(type = \"...\") to a distinct name."),
  ENTITY_ABSTRACT("KW-ENT-007", "%s is abstract, so items cannot be read back into it; map a concrete record or class."),

  // --- key templates ---------------------------------------------------------------------------
  UNKNOWN_TEMPLATE_FIELD("KW-KEY-001", "Key template \"%s\" refers to unknown field '%s'; %suse one of: %s."),
  TEMPLATE_SYNTAX("KW-KEY-002", "Key template \"%s\" is malformed: %s; write literal text with {field} or {field:width} placeholders, e.g. \"USER#{userId}\"."),
  KEY_TYPE_UNSUPPORTED("KW-KEY-003", "Field '%s' of type %s cannot be part of key template \"%s\"; use a String, an integral number, BigDecimal, an enum, Instant, LocalDate, LocalDateTime, UUID, or add a @Converter that produces a string or a number."),
  SORT_KEY_NUMBER_ORDER("KW-KEY-004", "Field '%s' of type %s in sort key template \"%s\" has no order-preserving text encoding, so range queries would sort wrongly; %s."),
  ADJACENT_PLACEHOLDERS("KW-KEY-005", "Key template \"%s\" puts {%s} and {%s} next to each other, so their values cannot be told apart; separate them with '#', e.g. \"{%s}#{%s}\"."),
  SORT_KEY_MISMATCH("KW-KEY-006", "%s"),
  WIDTH_HINT("KW-KEY-007", "Key template \"%s\" gives width %s to field '%s' of type %s; %s."),
  EMPTY_TEMPLATE("KW-KEY-008", "Key template for %s is empty; a key needs at least one literal or {field}, e.g. \"%s\"."),

  // --- indexes of an entity --------------------------------------------------------------------
  UNKNOWN_INDEX("KW-IDX-001", "@IndexKey names index \"%s\", which table \"%s\" does not declare; %sdeclare it in @Table or use one of: %s."),
  INDEX_KEY_SHAPE("KW-IDX-002", "%s"),
  DUPLICATE_INDEX_KEY("KW-IDX-003", "Index \"%s\" has two @IndexKey annotations on %s; keep one."),

  // --- attributes ------------------------------------------------------------------------------
  UNSUPPORTED_TYPE("KW-ATTR-001", "Field '%s' has type %s, which Keyway cannot store%s; use a supported type (String, numbers, boolean, byte[], enums, Instant, LocalDate, LocalDateTime, UUID, List, Set, Map<String, ?>, Optional, records or beans) or add @Converter."),
  DUPLICATE_ATTRIBUTE("KW-ATTR-002", "Attribute name \"%s\" of field '%s' is already used by %s; rename it with @Attribute(name = \"...\")."),
  VERSION_TYPE("KW-ATTR-003", "@Version field '%s' has type %s; a version must be long, int, Long or Integer."),
  TTL_TYPE("KW-ATTR-004", "@Ttl field '%s' has type %s; TTL needs epoch seconds: use long, Long or Instant."),
  DUPLICATE_MARKER("KW-ATTR-005", "%s declares @%s on both '%s' and '%s'; keep it on one field."),
  CONVERTER_INVALID("KW-ATTR-006", "Converter %s cannot be used on field '%s': %s."),
  TTL_WITHOUT_TABLE_ATTRIBUTE("KW-ATTR-007", "@Ttl field '%s' needs a TTL attribute, but table \"%s\" declares no ttlAttribute; set @Table(ttlAttribute = \"expiresAt\")."),
  ATTRIBUTE_NAME_INVALID("KW-ATTR-008", "@Attribute name \"%s\" is not valid; an attribute name must have 1 to 255 characters."),

  // --- single-table safety ---------------------------------------------------------------------
  KEY_COLLISION("KW-COL-001", "Keys of %s (pk \"%s\", sk \"%s\") can be equal to keys of %s (pk \"%s\", sk \"%s\") on table \"%s\", so one entity could overwrite the other; start one of the templates with a distinct literal prefix, e.g. \"%s#...\"."),
  PARTITION_TYPES_INDISTINCT("KW-COL-003", "Items of %s and %s can share a partition of table \"%s\", and the sort key template \"%s\" of %s does not start with literal text, so a query for %s would also read items of %s without telling them apart; start that template with a literal prefix such as \"%s#\" or set @Table(typeAttribute = \"_type\")."),
  KEY_ENCODING_MISMATCH("KW-COL-004", "Field '%s' is written as %s in template \"%s\" of %s but as %s in template \"%s\" of %s, and both keys can share %s, so equal values give different keys and mixed results sort wrongly; give '%s' the same type (or the same {%s:width}) in both entities."),
  INDEX_TYPES_INDISTINCT("KW-COL-002", "On index \"%s\", keys of %s can be equal to keys of %s and table \"%s\" has no typeAttribute, so a query cannot tell the types apart; give the index templates distinct literal prefixes or set @Table(typeAttribute = \"_type\")."),

  // --- access patterns -------------------------------------------------------------------------
  PATTERNS_NOT_INTERFACE("KW-PAT-001", "@AccessPatterns belongs on an interface, but %s is a %s; declare it as an interface of query methods."),
  PATTERN_RETURN_TYPE("KW-PAT-002", "Method %s returns %s; an access pattern returns Page<E>, List<E>, Stream<E>, Optional<E> or long (count) of an @Entity E."),
  PATTERN_NOT_ENTITY("KW-PAT-003", "Method %s returns items of %s, which is not an @Entity; annotate it with @Entity or return an entity type."),
  PATTERN_UNKNOWN_PARAMETER("KW-PAT-004", "Parameter '%s' of %s is not a key field of %s, so serving it would need a scan or a filter; %sname parameters after key template fields: %s."),
  PATTERN_PARAMETER_TYPE("KW-PAT-005", "Parameter '%s' of %s has type %s but key field '%s' of %s has type %s; declare it as %s."),
  PATTERN_NO_KEY_CONDITION("KW-PAT-006", "No key condition serves %s: %s; add the missing parameters or an index whose partition key uses exactly these fields."),
  PATTERN_SORT_ORDER("KW-PAT-007", "Parameters of %s give sort key field '%s' but not '%s', which comes before it in template \"%s\"; a key condition can only fix sort key fields in template order; add '%s' or drop '%s'."),
  PATTERN_PROJECTION("KW-PAT-008", "%s is served by index \"%s\", whose %s projection lacks attributes %s needs (%s); project ALL or INCLUDE them."),
  PATTERN_PAGING("KW-PAT-009", "%s"),
  PATTERN_COUNT_ENTITY("KW-PAT-010", "Count method %s returns long, but the other methods of its interface return %s, so what it counts is unclear; put it in an interface whose methods all return one entity."),
  PATTERN_RANGE_BOUNDS("KW-PAT-011", "Method %s bounds the sort key with %s, but a key condition holds one sort key comparison; use 'from' and 'to' (BETWEEN, both inclusive) or a single bound: 'from' (>=), 'to' (<=), 'after' (>) or 'before' (<), optionally prefixed by the field name (e.g. 'orderDateAfter')."),
  PATTERN_PROJECT_RETURN("KW-PAT-012", "Method %s %s; a projection is declared with @Project(entity = E.class, fields = {...}) and returns Page<Item>, List<Item>, Stream<Item> or Optional<Item> (dev.keyway.model.Item)."),
  PATTERN_PROJECT_FIELDS("KW-PAT-013", "@Project on %s %s; name fields of %s: %s."),

  // --- general ---------------------------------------------------------------------------------
  INTERNAL_ERROR("KW-GEN-001", "Internal error while processing %s: %s. Please report it with this stack trace: %s"),
  TYPE_NOT_FOUND("KW-GEN-002", "Type %s used by %s could not be resolved after all annotation processing rounds; check its import and spelling."),

  // --- writes users expect: defaults, aliases, timestamps --------------------------------------
  DEFAULT_VALUE_INVALID("KW-ATTR-009", "@DefaultValue(\"%s\") on field '%s' is not %s."),
  STAMP_TYPE("KW-ATTR-010", "@%s field '%s' has type %s; a timestamp is an Instant, or a long or Long holding epoch milliseconds."),
  ALIAS_CONFLICT("KW-ATTR-011", "Alias \"%s\" of field '%s' is already the attribute of %s, so items would be read into the wrong field; remove the alias or rename one of the attributes."),
  STAMP_CONFLICT("KW-ATTR-012", "Field '%s' is both %s; a field holds one timestamp, so keep one annotation."),

  // --- full pages, filters and collections -----------------------------------------------------
  PATTERN_READS_OTHER_TYPES("KW-PAT-014", Diagnostic.Kind.WARNING, "The key condition of %s (%s) also matches items of %s, so each page reads past them to stay full; give %s a sort key that does not start like %s's (e.g. \"%s#...\"), or read the types together through an @ItemCollection."),
  FILTER_UNKNOWN_FIELD("KW-PAT-015", "@Filter parameter '%s' of %s names no field of %s; %sname one of: %s."),
  FILTER_TYPE("KW-PAT-016", "@Filter parameter '%s' of %s cannot filter field '%s' of %s: %s."),
  FILTER_ON_KEY("KW-PAT-017", "@Filter parameter '%s' of %s filters key field '%s' of %s, which a key condition serves without reading other items; drop @Filter and pass '%s' as a key parameter."),
  COLLECTION_NOT_SEALED("KW-CLT-001", "@ItemCollection belongs on a sealed interface that permits its member entities, but %s is %s; declare it as 'sealed interface %s permits A, B {}'."),
  COLLECTION_MEMBER("KW-CLT-002", "Collection %s permits %s, which %s; permit only @Entity types of one table."),
  COLLECTION_PARTITION("KW-CLT-003", "Members of collection %s must share one partition key on %s, but %s has \"%s\" and %s has \"%s\"; give them the same partition key template (same literal text, same fields)."),
  COLLECTION_SORT_KEYS("KW-CLT-004", "Collection %s cannot tell %s (sort key \"%s\") from %s (sort key \"%s\"): table \"%s\" has no typeAttribute and the sort keys do not start with distinct literal prefixes; set @Table(typeAttribute = \"_type\") or start each sort key with its own prefix."),
  COLLECTION_PROJECTION("KW-CLT-005", "Collection %s is read from index \"%s\", whose %s projection lacks attributes %s needs (%s); project ALL or INCLUDE them."),
  COLLECTION_PARAMETER("KW-CLT-006", "Parameter '%s' of %s is not a partition key field of collection %s (\"%s\"); %sa collection is read by its partition key fields: %s."),
  COLLECTION_NO_INDEX("KW-CLT-007", "@ItemCollection(index = \"%s\") on %s names an index that %s; %suse an index every member has an @IndexKey for, or leave index empty for the table key."),
  COLLECTION_MULTI_ATTRIBUTE_INDEX("KW-CLT-008", "@ItemCollection(index = \"%s\") on %s names an index with a multi-attribute key (%s), which an item collection cannot read: a collection groups members by one partition key template; read each member type with its own access pattern on index \"%s\", or give the collection an index keyed by partitionKey/sortKey templates, or the table key."),
  PATTERN_TYPES_INDISTINCT("KW-PAT-018", "The key condition of %s (%s) also matches items of %s, and table \"%s\" has no typeAttribute, so they would be read as %s; set @Table(typeAttribute = \"_type\") or give %s a sort key that does not start like %s's (e.g. \"%s#...\")."),
  // --- multi-attribute index keys --------------------------------------------------------------
  MAK_INDEX_SHAPE("KW-MAK-001", "@GlobalIndex \"%s\" %s; %s."),
  MAK_TOO_MANY_ATTRIBUTES("KW-MAK-002", "@GlobalIndex \"%s\" declares %d %s key attributes, but DynamoDB allows at most 4; remove %d of them."),
  MAK_INDEX_KEY_TEMPLATE("KW-MAK-003", "Index \"%s\" has a multi-attribute key (%s), so @IndexKey takes no templates; remove %s: the entity's fields stored as those attributes are the key."),
  MAK_UNMAPPED_ATTRIBUTE("KW-MAK-004", "%s joins index \"%s\" but no field is stored as its key attribute '%s', so its items would never be indexed; %sadd a field named '%s' or annotate one with @Attribute(name = \"%s\")."),
  MAK_ATTRIBUTE_TYPE("KW-MAK-005", "Field '%s' of %s is key attribute '%s' of index \"%s\" but has type %s; a key attribute holds a string, a number or a binary: use String, a number type, an enum, Instant, LocalDate, LocalDateTime, UUID or byte[]."),
  MAK_TYPE_CONFLICT("KW-MAK-006", "Field '%s' of %s stores key attribute '%s' of index \"%s\" as %s, but %s stores it as %s; a key attribute has one type, so give both fields the same kind of type."),
  MAK_PARTITION_EQUALITY("KW-MAK-007", "%s queries index \"%s\" without %s; a multi-attribute partition key needs equality on every attribute (%s); add %s."),
  MAK_SORT_GAP("KW-MAK-008", "%s gives %s but not %s, which comes before it in the sort key of index \"%s\" (%s); a query fixes sort key attributes left to right, so add '%s' or drop '%s'."),
  MAK_RANGE_NOT_LAST("KW-MAK-009", "%s bounds %s, but on index \"%s\" (sort key %s) only %s, the attribute after the equal ones, can take a range condition; bound '%s' instead, or give '%s' by equality first."),
  MAK_UNUSED_INDEX("KW-MAK-010", Diagnostic.Kind.WARNING, "Index \"%s\" has a multi-attribute key, but no entity joins it, so the types of %s are unknown and the exported table definitions declare them as S; add @IndexKey(index = \"%s\") to the entities stored in it."),
  MAK_READS_OTHER_TYPES("KW-MAK-011", Diagnostic.Kind.WARNING, "The key condition of %s on index \"%s\" also matches items of %s, which store every key attribute of that index (%s), so each page reads past them to stay full; give %s an index of its own, or a key attribute the other types do not store."),
  MAK_TYPES_INDISTINCT("KW-MAK-012", "The key condition of %s on index \"%s\" also matches items of %s, which store every key attribute of that index (%s), and table \"%s\" has no typeAttribute, so they would be read as %s; set @Table(typeAttribute = \"_type\") or give %s an index of its own.");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String format;

  Msg(String id, String format) {
    this(id, Diagnostic.Kind.ERROR, format);
  }

  Msg(String id, Diagnostic.Kind kind, String format) {
    this.id = id;
    this.kind = kind;
    this.format = format;
  }

  public String id() {
    return id;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  public String format() {
    return format;
  }

  /** The full text: {@code [ID] message}. */
  public String text(Object... args) {
    return "[" + id + "] " + String.format(format, args);
  }
}
