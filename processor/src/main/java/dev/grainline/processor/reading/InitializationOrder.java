package dev.grainline.processor.reading;

import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reporting.Reporter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks that the definitions' classes initialise without reading a static field before it is assigned, whichever
 * class is touched first.
 *
 * <p>The evaluator computes every field as if the fields it reads were already there. The JVM does not: a class is
 * initialised when it is first touched, assigning its static fields in declaration order, and a class touched again
 * while it is being initialised (by a class that its own initialisation touched) hands out the fields it has
 * assigned so far, the others being null. {@code Orders.SHARE = ShopMetrics.AVG.times(2)} declared before
 * {@code Orders.REVENUE}, with {@code ShopMetrics.AVG = Orders.REVENUE.div(Orders.COUNT)}, is fine when ShopMetrics
 * is touched first and reads a null REVENUE when Orders is: the catalog then fails to load with
 * ExceptionInInitializerError. Which class comes first is not the catalog's to decide (application code may name
 * any model class first), so this simulates the JVM's initialisation from the {@link StaticAccess}es the evaluator
 * recorded, once with each class first, and reports every read of a field that is not assigned yet at the read, with
 * the order of classes that leads to it ({@link Message#INIT_ORDER}, {@link Message#INIT_ORDER_SELF}).
 *
 * <p>Starting from each class with nothing initialised is enough: classes initialised earlier, by another first
 * class, only take out of the nesting what would otherwise be initialised inside it, so they never make a field be
 * read earlier. Fields that no definition uses (a logger, a plain constant) are not evaluated and are taken to touch
 * nothing; compile-time constants are inlined by javac and never touch their class.
 */
public final class InitializationOrder {
  private final Map<VariableElement, List<StaticAccess>> accesses;
  private final Reporter reporter;
  /** The reads already reported, as reader and read field, so that each is reported once, for its first order. */
  private final Set<List<VariableElement>> reported = new HashSet<>();

  private InitializationOrder(Map<VariableElement, List<StaticAccess>> accesses, Reporter reporter) {
    this.accesses = accesses;
    this.reporter = reporter;
  }

  /**
   * Simulates the initialisation of the classes with each of {@code classes}, and each class that the recorded
   * accesses touch, first, and reports every field read before it is assigned.
   */
  public static void check(
      Map<VariableElement, List<StaticAccess>> accesses, Collection<TypeElement> classes, Reporter reporter) {
    Map<String, TypeElement> first = new TreeMap<>();
    classes.forEach(type -> first.put(type.getQualifiedName().toString(), type));
    accesses.forEach((field, list) -> {
      TypeElement owner = (TypeElement) field.getEnclosingElement();
      first.put(owner.getQualifiedName().toString(), owner);
      list.forEach(access -> first.put(access.owner().getQualifiedName().toString(), access.owner()));
    });
    InitializationOrder order = new InitializationOrder(accesses, reporter);
    first.values().forEach(order::simulate);
  }

  /** A class being initialised, and the field whose initializer it is running. */
  private record Position(TypeElement type, VariableElement field) {}

  private enum State { IN_PROGRESS, DONE }

  /** One run of the JVM's class initialisation, with {@code first} touched first. */
  private void simulate(TypeElement first) {
    new Run().initialize(first);
  }

  private final class Run {
    private final Map<TypeElement, State> states = new HashMap<>();
    private final Set<VariableElement> assigned = new HashSet<>();
    private final Deque<Position> stack = new ArrayDeque<>();

    /** JVMS 5.5: the superclass first, then the static initializers in textual order; re-entry is a no-op. */
    void initialize(TypeElement type) {
      if (states.containsKey(type)) {
        return;
      }
      states.put(type, State.IN_PROGRESS);
      if (type.getSuperclass() instanceof DeclaredType superclass
          && superclass.asElement() instanceof TypeElement parent) {
        initialize(parent);
      }
      for (VariableElement field : staticFields(type)) {
        stack.push(new Position(type, field));
        for (StaticAccess access : accesses.getOrDefault(field, List.of())) {
          initialize(access.owner());
          if (access instanceof StaticAccess.Read read && states.get(read.owner()) == State.IN_PROGRESS
              && !assigned.contains(read.field())) {
            report(field, read);
          }
        }
        stack.pop();
        assigned.add(field);
      }
      states.put(type, State.DONE);
    }

    private void report(VariableElement reader, StaticAccess.Read read) {
      if (!reported.add(List.of(reader, read.field()))) {
        return;
      }
      List<Position> order = new ArrayList<>(stack);
      Collections.reverse(order); // the first class first
      TypeElement owner = read.owner();
      int ownerAt = indexOf(order, owner);
      if (ownerAt == order.size() - 1) {
        reporter.report(Message.INIT_ORDER_SELF, read.where(), describe(reader), describe(read.field()),
            describe(reader), owner.getSimpleName(), reader.getSimpleName(), read.field().getSimpleName());
        return;
      }
      // The field of the read class whose initializer set off the classes that read it early, and the class it
      // touched.
      Position trigger = order.get(ownerAt);
      TypeElement touched = order.get(ownerAt + 1).type();
      List<String> shown = order.stream()
          .map(p -> p.type().getSimpleName() + " (at " + p.field().getSimpleName() + ")")
          .toList();
      reporter.report(Message.INIT_ORDER, read.where(), describe(reader), describe(read.field()),
          String.join(", then ", shown), describe(read.field()), describe(trigger.field()), touched.getSimpleName(),
          read.field().getSimpleName());
    }
  }

  private static int indexOf(List<Position> order, TypeElement type) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).type().equals(type)) {
        return i;
      }
    }
    throw new IllegalStateException(type + " is not being initialised");
  }

  /** The static fields that a class's initializer assigns, in declaration order. */
  private static List<VariableElement> staticFields(TypeElement type) {
    Set<VariableElement> fields = new LinkedHashSet<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getModifiers().contains(Modifier.STATIC)) {
        fields.add((VariableElement) member);
      }
    }
    return List.copyOf(fields);
  }

  /** "Orders.REVENUE". */
  private static String describe(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }
}
