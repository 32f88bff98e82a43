package dev.grainline.processor.reading;

import dev.grainline.internal.model.expr.Node;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the classes, methods and fields that javac resolved a definition's names to, through a loader over the
 * compilation's own class path ({@link CompilationClassLoader}), which serves the DSL from the processor's loader.
 * The processor checks that the DSL on the compile class path has its own version, so javac's erased signatures
 * name the DSL's methods exactly.
 */
final class ReflectiveDsl {
  private static final String STAND_IN_OWNER = "dev.grainline.dsl.Grainline";
  private static final String STAND_IN = "metricStandingFor";

  private final Elements elements;
  private final Types types;
  private final ClassLoader loader;
  private final Map<ExecutableElement, Method> methods = new HashMap<>();

  ReflectiveDsl(Elements elements, Types types, ClassLoader loader) {
    this.elements = elements;
    this.types = types;
    this.loader = loader;
  }

  /** The method javac resolved a call to, by owner, name and erased parameter types. */
  Method method(TypeElement owner, ExecutableElement method) throws ReflectiveOperationException {
    Method found = methods.get(method);
    if (found == null) {
      List<Class<?>> parameters = new java.util.ArrayList<>();
      for (var parameter : method.getParameters()) {
        parameters.add(classOf(types.erasure(parameter.asType())));
      }
      found = load(owner).getMethod(method.getSimpleName().toString(), parameters.toArray(Class<?>[]::new));
      methods.put(method, found);
    }
    return found;
  }

  /** The value of a static field of a compiled class: an enum constant, a library's constant object. */
  Object staticField(TypeElement owner, String name) throws ReflectiveOperationException {
    Field field = load(owner).getDeclaredField(name);
    field.trySetAccessible();
    return field.get(null);
  }

  /**
   * A metric of the DSL that stands for the metric declared at {@code place}, for a field read again while its own
   * initializer is being read. The DSL makes it (its classes are package-private); the processor asks for it by
   * reflection, as it runs every other DSL call.
   */
  Object metricStandingFor(Node.Declaration place) throws ReflectiveOperationException {
    Method standIn = Class.forName(STAND_IN_OWNER, true, loader).getDeclaredMethod(STAND_IN, Node.Declaration.class);
    standIn.setAccessible(true);
    return standIn.invoke(null, place);
  }

  /** The class of an erased type. */
  Class<?> classOf(TypeMirror erased) throws ReflectiveOperationException {
    return switch (erased.getKind()) {
      case BOOLEAN -> boolean.class;
      case BYTE -> byte.class;
      case SHORT -> short.class;
      case CHAR -> char.class;
      case INT -> int.class;
      case LONG -> long.class;
      case FLOAT -> float.class;
      case DOUBLE -> double.class;
      case VOID -> void.class;
      case ARRAY -> classOf(((ArrayType) erased).getComponentType()).arrayType();
      case DECLARED -> load((TypeElement) ((DeclaredType) erased).asElement());
      default -> throw new ClassNotFoundException("no class for " + erased);
    };
  }

  private Class<?> load(TypeElement type) throws ClassNotFoundException {
    return Class.forName(elements.getBinaryName(type).toString(), true, loader);
  }
}
