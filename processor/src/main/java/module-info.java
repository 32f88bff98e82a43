/**
 * Grainline's annotation processor. It exports nothing: javac finds it as a service, on the processor path or the
 * processor module path.
 */
@SuppressWarnings("requires-automatic") // JavaPoet and AutoService's annotations have no module descriptor
module dev.grainline.processor {
  requires dev.grainline.dsl;
  requires java.compiler;
  requires jdk.compiler;
  requires com.palantir.javapoet;
  // Reads the DDL files of -Agrainline.ddl; loaded only when the option is given.
  requires org.jooq;
  requires static com.google.auto.service;

  provides javax.annotation.processing.Processor with dev.grainline.processor.GrainlineProcessor;
}
