package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;

/**
 * A DSL value that declares nothing of its own but holds a model node that the values built from it share (a JSON
 * document column, whose column every typed path reads): where the value is mentioned, a diagnostic about that node
 * is shown.
 */
public interface NodeCarrier {
  /** The node the values built from this one share. */
  Node carried();
}
