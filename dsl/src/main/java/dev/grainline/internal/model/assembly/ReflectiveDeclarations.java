package dev.grainline.internal.model.assembly;

import dev.grainline.dsl.Describe;
import dev.grainline.dsl.Dimension;
import dev.grainline.dsl.Fact;
import dev.grainline.dsl.Metrics;
import dev.grainline.dsl.Name;
import dev.grainline.dsl.annotation.Derived;
import dev.grainline.internal.model.Metadata;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads model declarations from compiled classes by reflection: the annotations and the values of their static
 * fields. For tests and for applications that build a model without the processor; the generated catalog does the
 * same without reflection.
 */
public final class ReflectiveDeclarations {
  private ReflectiveDeclarations() {}

  public static ModelDeclaration of(String name, String namespace, Class<?>... classes) {
    List<ClassDeclaration> declarations = new ArrayList<>();
    Arrays.stream(classes)
        .sorted(Comparator.comparing(Class::getName))
        .forEach(type -> declarations.add(declare(type)));
    return new ModelDeclaration(name, namespace, declarations);
  }

  private static ClassDeclaration declare(Class<?> type) {
    ClassKind kind;
    String entity;
    if (type.isAnnotationPresent(Fact.class)) {
      kind = ClassKind.FACT;
      entity = type.getAnnotation(Fact.class).value();
    } else if (type.isAnnotationPresent(Dimension.class)) {
      kind = ClassKind.DIMENSION;
      entity = type.getAnnotation(Dimension.class).value();
    } else if (type.isAnnotationPresent(Metrics.class)) {
      kind = ClassKind.METRICS;
      entity = "";
    } else {
      throw new IllegalArgumentException(type.getName() + " is not annotated @Fact, @Dimension or @Metrics");
    }
    List<MemberDeclaration> members = new ArrayList<>();
    // getDeclaredFields keeps declaration order on HotSpot, which the assembler uses for key order.
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
        continue;
      }
      Object value;
      try {
        field.setAccessible(true);
        value = field.get(null);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("cannot read " + type.getName() + "." + field.getName(), e);
      }
      if (value == null) {
        continue;
      }
      Optional<String> name = Optional.ofNullable(field.getAnnotation(Name.class)).map(Name::value);
      members.add(new MemberDeclaration(field.getName(), value, name, metadata(field.getAnnotation(Describe.class)),
          annotations(field), Optional.empty()));
    }
    return new ClassDeclaration(type.getName(), kind, entity, metadata(type.getAnnotation(Describe.class)), members);
  }

  private static Set<MetricAnnotation> annotations(Field field) {
    Set<MetricAnnotation> annotations = EnumSet.noneOf(MetricAnnotation.class);
    if (field.isAnnotationPresent(dev.grainline.dsl.annotation.Metric.class)) {
      annotations.add(MetricAnnotation.METRIC);
    }
    if (field.isAnnotationPresent(Derived.class)) {
      annotations.add(MetricAnnotation.DERIVED);
    }
    return annotations;
  }

  private static Metadata metadata(Describe describe) {
    return describe == null ? Metadata.NONE : new Metadata(describe.value(), describe.unit(), describe.format());
  }
}
