package dev.grainline.internal.model.assembly;

/**
 * A value built by the Grainline DSL, as Grainline's own modules see it. The DSL's classes are package-private;
 * this is the one view they give of themselves, so that the model assembler, the processor and the runtime never
 * depend on how the DSL is implemented.
 */
public interface DslValue {
  /** What a static field holding this value declares, and the model nodes it is made of. */
  Declared declared();
}
