package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.graph.JoinGraph;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the entity phase built: every entity with a source, with the attributes and links that built; each attribute
 * that built, by qualified name; each entity's lowered source.
 */
record BuiltEntities(List<Entity> entities, Map<String, AttributeDef> attributes, Map<String, EntitySource> sources) {
  BuiltEntities {
    entities = List.copyOf(entities);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  JoinGraph graph() {
    return new JoinGraph(entities);
  }

  Optional<AttributeDef> attribute(String qualifiedName) {
    return Optional.ofNullable(attributes.get(qualifiedName));
  }
}
