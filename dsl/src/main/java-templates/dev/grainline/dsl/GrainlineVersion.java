package dev.grainline.dsl;

/**
 * The version of this DSL, written into the source by the build from the Maven project version. It is a
 * compile-time constant, so that the annotation processor can read it from the DSL on the compile class path
 * (through {@code VariableElement.getConstantValue()}) without loading that DSL, and compare it with its own.
 */
final class GrainlineVersion {
  static final String VERSION = "${project.version}";

  private GrainlineVersion() {}
}
