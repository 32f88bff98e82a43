/**
 * Reading definitions inside javac: field initializers are evaluated by running the real DSL reflectively
 * ({@link dev.grainline.processor.reading.DefinitionEvaluator}), and the values become the model declaration the
 * assembler takes ({@link dev.grainline.processor.reading.ModelReader}), with a record of where every value came
 * from ({@link dev.grainline.processor.reading.Provenance}).
 */
package dev.grainline.processor.reading;
