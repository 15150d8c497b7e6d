package dev.keyway.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The member's name on the wire where it is not the component's name in upper camel case: the
 * DynamoDB Streams record spells {@code eventID}, {@code eventName} and {@code dynamodb} in lower
 * case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireName {
  String value();
}
