package io.github.laa.core;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates this package's value types.
 *
 * <p>The generated classes are package-private ({@code overshadowImplementation}): users see only
 * the abstract type, its nested {@code Builder} and the {@code with*} methods. Null and
 * required-attribute checks are left to each type's {@code check()} ({@code validationMethod =
 * NONE}) so that a missing attribute is reported together with every other problem in one {@link
 * InvalidDataException}, not as a separate {@link IllegalStateException}.
 *
 * <p>Source retention: consumers never need Immutables on their class path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    depluralize = true,
    depluralizeDictionary = {"body:bodies", "index:indices"},
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = true),
    // Only annotations every consumer has: Immutables' own @Generated (class retention) would make
    // javac warn in consumers' builds, which do not have Immutables on their class path.
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class, Var.class})
@interface LaaStyle {}
