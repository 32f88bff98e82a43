package dev.grainline.processor.reading;

import com.sun.source.util.TreePath;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a static field's initializer does that makes the JVM initialise a class of the sources, in the order it does
 * it: reading a static field (that is not a constant) or calling a static helper method. Recorded by the
 * {@link DefinitionEvaluator} while it evaluates, checked by {@link InitializationOrder}.
 */
public sealed interface StaticAccess {
  /** The place in the initializer that shows the access: inside a helper method, the definition's call of it. */
  TreePath where();

  /** The class whose initialisation the access triggers. */
  TypeElement owner();

  /** A read of {@code field}, a static field of the sources that is not a compile-time constant. */
  record Read(VariableElement field, TreePath where) implements StaticAccess {
    public Read {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(where, "where");
    }

    @Override
    public TypeElement owner() {
      return (TypeElement) field.getEnclosingElement();
    }
  }

  /** A call of {@code method}, a static helper method of the sources; its body's accesses follow it. */
  record Call(ExecutableElement method, TreePath where) implements StaticAccess {
    public Call {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(where, "where");
    }

    @Override
    public TypeElement owner() {
      return (TypeElement) method.getEnclosingElement();
    }
  }
}
