package dev.grainline.processor.reading;

import dev.grainline.internal.model.assembly.FieldRef;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The fields definitions read in one round, and the rule for which they may read: a definition may use fields of
 * its own model, of the models its model includes (directly or through another), and of classes outside any model,
 * but not of another model, which it would otherwise copy declarations out of without their names.
 */
public final class FieldReadLog implements DefinitionEvaluator.FieldReads {
  /** A field a definition read, with its value. */
  record Read(FieldRef field, Object value) {}

  private final Elements elements;
  private final List<Read> reads = new ArrayList<>();

  public FieldReadLog(Elements elements) {
    this.elements = elements;
  }

  @Override
  public Optional<String> refusal(VariableElement from, VariableElement field) {
    if (from == null) {
      return Optional.empty();
    }
    Optional<ModelPackage> reading = ModelPackage.containing(from, elements);
    Optional<ModelPackage> owner = ModelPackage.containing(field, elements);
    if (reading.isEmpty() || owner.isEmpty() || reading.get().name().equals(owner.get().name())
        || includes(reading.get(), owner.get())) {
      return Optional.empty();
    }
    ModelPackage user = reading.get();
    ModelPackage other = owner.get();
    return Optional.of(Message.NOT_INCLUDED.format(describe(field), other.qualifiedCatalog(), user.catalog(),
        other.catalog(), user.name()));
  }

  @Override
  public void read(VariableElement field, Object value) {
    reads.add(new Read(new FieldRef(className(field), field.getSimpleName().toString()), value));
  }

  /** The fields read so far in this round. */
  List<Read> reads() {
    return List.copyOf(reads);
  }

  /** Whether {@code model} includes {@code other}, directly or through the models it includes. */
  private boolean includes(ModelPackage model, ModelPackage other) {
    Set<String> seen = new HashSet<>();
    Deque<ModelPackage> pending = new ArrayDeque<>(List.of(model));
    while (!pending.isEmpty()) {
      for (TypeElement catalog : pending.pop().includes()) {
        Optional<ModelPackage> included = ModelPackage.containing(catalog, elements);
        if (included.isPresent() && seen.add(included.get().name())) {
          if (included.get().name().equals(other.name())) {
            return true;
          }
          pending.push(included.get());
        }
      }
    }
    return false;
  }

  static String className(Element field) {
    return ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString();
  }

  /** "Product.PRODUCT_ID". */
  private static String describe(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }
}
