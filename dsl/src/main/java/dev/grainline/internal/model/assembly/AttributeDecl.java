package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;
import dev.grainline.dsl.TimeGrain;
import java.util.Objects;
import java.util.Optional;

/** The declaration behind an attribute: its row-level definition and whether it is part of the key. */
public final class AttributeDecl implements Node.Declaration {
  private final Node definition;
  private final boolean key;
  private final Optional<DeclaredPeriod> period;

  /** A declared {@code periodOf(grain, date)}, with the date as a DSL node. */
  public record DeclaredPeriod(TimeGrain grain, Node date) {}

  public AttributeDecl(Node definition, boolean key) {
    this(definition, key, Optional.empty());
  }

  private AttributeDecl(Node definition, boolean key, Optional<DeclaredPeriod> period) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.key = key;
    this.period = period;
  }

  /** A new declaration, the same attribute as a time attribute. */
  public AttributeDecl withPeriod(TimeGrain grain, Node date) {
    return new AttributeDecl(definition, key, Optional.of(new DeclaredPeriod(grain, date)));
  }

  public Optional<DeclaredPeriod> period() {
    return period;
  }

  public Node definition() {
    return definition;
  }

  public boolean key() {
    return key;
  }

  @Override
  public String toString() {
    return (key ? "key(" : "attribute(") + definition + ")";
  }
}
