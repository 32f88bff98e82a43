package dev.grainline.internal.model.text;

import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tells metrics from attributes by name, and splits an attribute name into entity and attribute, using the model
 * only as far as that. Whether an attribute exists or is reachable is the query resolver's business: an unknown
 * name becomes an {@link AttributeRef} all the same, and the resolver reports it with "did you mean".
 *
 * <ul>
 *   <li>A name the model has a metric of is that metric.
 *   <li>Otherwise the longest entity name that the name starts with, followed by a dot and one identifier, is the
 *       entity ({@code v3.order_details.status} is attribute {@code status} of {@code v3.order_details}).
 *   <li>Otherwise the name splits at its last dot; a name without a dot is an attribute of entity "".
 * </ul>
 */
final class NameResolver {
  private final Model model;
  private final List<String> entitiesLongestFirst;

  NameResolver(Model model) {
    this.model = model;
    this.entitiesLongestFirst = model.entities().stream()
        .map(Entity::name)
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  boolean isMetric(String name) {
    return model.metric(name).isPresent();
  }

  AttributeRef attribute(String name, Optional<RolePath> rolePath) {
    for (String entity : entitiesLongestFirst) {
      if (name.length() > entity.length() + 1 && name.startsWith(entity) && name.charAt(entity.length()) == '.') {
        String rest = name.substring(entity.length() + 1);
        if (rest.indexOf('.') < 0) {
          return new AttributeRef(entity, rest, rolePath);
        }
        break;
      }
    }
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? new AttributeRef("", name, rolePath)
        : new AttributeRef(name.substring(0, dot), name.substring(dot + 1), rolePath);
  }
}
