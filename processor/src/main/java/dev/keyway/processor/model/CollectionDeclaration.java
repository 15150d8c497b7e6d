package dev.keyway.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An {@code @ItemCollection} as written: the annotated type, whether it is a sealed interface ({@code kind}
 * describes it otherwise), the permitted types and the index named (null for the table key).
 */
public record CollectionDeclaration(
    ClassName className, boolean sealedInterface, String kind, List<ClassName> permitted, String index,
    Place place, Place indexPlace) {}
