package dev.grainline.internal.model.aggregate;

/**
 * An aggregate that no single SQL aggregate computes: a plan node of its own computes it from rows, in steps (a
 * semi-additive snapshot: per entity and time, per entity, per group). Renderers of single aggregates and roll-ups
 * meet it once, as this kind, so that a new such aggregate touches neither.
 */
public sealed interface Stepwise extends AggFunction permits SemiAdditive {}
