package dev.grainline.internal.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A fact or a dimension: its rows (source), attributes in declaration order, key, and outgoing links. */
public record Entity(
    String name,
    EntityKind kind,
    EntitySource source,
    List<AttributeDef> attributes,
    List<LinkDef> links,
    Metadata metadata,
    Origin origin) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    attributes = List.copyOf(attributes);
    links = List.copyOf(links);
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(origin, "origin");
  }

  public Optional<AttributeDef> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
  }

  /** The key attributes, in declaration order. */
  public List<AttributeDef> key() {
    return attributes.stream().filter(AttributeDef::key).toList();
  }
}
