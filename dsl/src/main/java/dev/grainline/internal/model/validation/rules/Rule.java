package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.validation.Report;

/**
 * One rule of a model's definitions: it looks at one kind of subject (a row expression, a metric's formula, a named
 * query, the sound part of the whole model) and reports what is wrong with it. A rule decides nothing else; which
 * rules run, on what and in which order, is {@link Rules}'.
 */
public interface Rule<S> {
  void check(S subject, Report report);
}
