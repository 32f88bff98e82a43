/**
 * The Grainline annotation processor: a thin shell ({@link dev.grainline.processor.GrainlineProcessor}) that finds
 * the model packages of a round and hands each to a {@link dev.grainline.processor.ModelStep}, which reads the
 * definitions ({@code reading}), validates them with the model assembler the runtime uses too, reports what it
 * finds at the code that caused it ({@code reporting}), and writes the typed catalog ({@code writing}).
 */
package dev.grainline.processor;
