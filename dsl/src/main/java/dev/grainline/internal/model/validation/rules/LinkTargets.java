package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A link's targets as the entity phase found them, before it checks that they are the dimension's whole key: the
 * link ({@code field} at {@code origin}, shown at {@code node}), the entity it leaves and that entity's source, the
 * dimension it targets with its source and key, the key attributes it names, and the model's tenancy and classes.
 */
public record LinkTargets(String field, Origin origin, Object node, String entity, EntitySource source,
    String dimension, EntitySource dimensionSource, List<AttributeDef> key, List<String> targets,
    Optional<Tenancy> tenancy, List<ClassDeclaration> classes) {
  public LinkTargets {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(dimensionSource, "dimensionSource");
    key = List.copyOf(key);
    targets = List.copyOf(targets);
    Objects.requireNonNull(tenancy, "tenancy");
    classes = List.copyOf(classes);
  }
}
