package dev.grainline.processor;

import com.sun.source.util.Trees;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's Compiler Tree API behind a processing environment. Build tools wrap javac's environment to track
 * what a processor reads and writes, and {@link Trees#instance} accepts only javac's own class, so the wrappers
 * are opened by reflection, as Lombok does:
 *
 * <ul>
 *   <li>IntelliJ's build (JPS) hands out a {@link Proxy} whose invocation handler captured the real environment in
 *       a local variable named {@code delegateTo}, compiled to the synthetic field {@code val$delegateTo};
 *   <li>Gradle's incremental processing wraps it in a class with a {@code delegate} field;
 *   <li>kapt (Kotlin) keeps it in a {@code processingEnv} field.
 * </ul>
 *
 * <p>Only the unwrapped environment is used for {@code Trees}; messages and files still go through the wrapper, so
 * that the build tool sees them.
 */
final class CompilerTrees {
  private static final int MAX_WRAPPERS = 4;

  private CompilerTrees() {}

  /** javac's trees, or empty when the compiler is not javac (ECJ) or wraps it in a way we cannot open. */
  static Optional<Trees> of(ProcessingEnvironment environment) {
    ProcessingEnvironment candidate = environment;
    for (int depth = 0; depth <= MAX_WRAPPERS && candidate != null; depth++) {
      try {
        return Optional.of(Trees.instance(candidate));
      } catch (IllegalArgumentException notJavac) {
        candidate = unwrap(candidate).orElse(null);
      } catch (LinkageError noCompilerTreeApi) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<ProcessingEnvironment> unwrap(ProcessingEnvironment environment) {
    if (Proxy.isProxyClass(environment.getClass())) {
      InvocationHandler handler = Proxy.getInvocationHandler(environment);
      return field(handler, "val$delegateTo");
    }
    return field(environment, "delegate").or(() -> field(environment, "processingEnv"));
  }

  private static Optional<ProcessingEnvironment> field(Object owner, String name) {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        if (!field.trySetAccessible()) {
          return Optional.empty();
        }
        return field.get(owner) instanceof ProcessingEnvironment wrapped ? Optional.of(wrapped) : Optional.empty();
      } catch (NoSuchFieldException absent) {
        // look in the superclass
      } catch (ReflectiveOperationException | RuntimeException inaccessible) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
