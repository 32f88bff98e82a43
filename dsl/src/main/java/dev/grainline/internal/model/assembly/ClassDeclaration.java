package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Metadata;
import java.util.List;
import java.util.Objects;

/**
 * An annotated class of a model: {@code @Fact("v3.order_details")}, {@code @Dimension("v3.product")} or
 * {@code @Metrics}, with its static fields in declaration order.
 */
public record ClassDeclaration(
    String className, ClassKind kind, String entityName, Metadata metadata, List<MemberDeclaration> members) {
  public ClassDeclaration {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entityName, "entityName");
    Objects.requireNonNull(metadata, "metadata");
    members = List.copyOf(members);
  }
}
