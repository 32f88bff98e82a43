package dev.grainline.dsl.impl;

import dev.grainline.model.expr.Expr;
import java.util.Objects;

/** The declaration behind an attribute: its row-level definition and whether it is part of the key. */
public final class AttributeDecl implements Expr.Declaration {
  private final Expr definition;
  private final boolean key;

  public AttributeDecl(Expr definition, boolean key) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.key = key;
  }

  public Expr definition() {
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
