package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;

/**
 * A metric object of the DSL as the target of a {@link Node.DeclRef}: compared by identity, it knows what it
 * computes, so that an anonymous metric used inside another can be inlined.
 */
public interface MetricDeclaration extends Node.Declaration {
  /** What the metric computes, before the assembler names what it uses. */
  Node definition();
}
