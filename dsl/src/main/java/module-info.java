/**
 * Grainline's definition DSL ({@code dev.grainline.dsl}) and the values both sides of the API share
 * ({@code dev.grainline}: the exceptions, {@code SqlType}, {@code Aggregability}). The semantic model, its validation
 * rules and the query grammar ({@code dev.grainline.internal.model}) serve Grainline's processor and runtime only.
 */
@SuppressWarnings("module") // the qualified exports name modules that are built after this one
module dev.grainline.dsl {
  exports dev.grainline;
  exports dev.grainline.dsl;
  exports dev.grainline.dsl.annotation;

  exports dev.grainline.internal.model to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.aggregate to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.assembly to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.expr to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.graph to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.query to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.schema to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.text to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.time to dev.grainline.processor, dev.grainline.runtime;
  exports dev.grainline.internal.model.validation to dev.grainline.processor, dev.grainline.runtime;

  // The processor asks the DSL, reflectively, for a metric that stands for a field it is still reading.
  opens dev.grainline.dsl to dev.grainline.processor;
}
