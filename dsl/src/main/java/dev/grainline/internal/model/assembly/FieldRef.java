package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;
import java.util.Objects;

/**
 * A reference to a metric field by its place, for the processor to stand in for a field whose initializer is still
 * being read when it is used again: a cycle between definitions. The assembler resolves it to the metric declared
 * there, and the cycle rule then reports the cycle with metric names.
 */
public record FieldRef(String className, String field) implements Node.Declaration {
  public FieldRef {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(field, "field");
  }
}
