package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.Metadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  /**
   * The source the class declares: its one Source field, or else its one Table field; empty when it declares neither
   * exactly once (which the naming phase reports).
   */
  public Optional<Declared.Source> source() {
    List<Declared.Source> sources = declared(Declared.Source.class);
    List<Declared.Table> tables = declared(Declared.Table.class);
    if (sources.size() == 1) {
      return Optional.of(sources.get(0));
    }
    return sources.isEmpty() && tables.size() == 1 ? Optional.of(Declared.Source.of(tables.get(0))) : Optional.empty();
  }

  /** What the fields declare, of one kind, in declaration order. */
  public <T extends Declared> List<T> declared(Class<T> kind) {
    return members.stream().map(MemberDeclaration::declared).filter(kind::isInstance).map(kind::cast).toList();
  }
}
