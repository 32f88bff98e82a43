package dev.grainline.internal.model.graph;

import java.util.List;

/** What a dimension reference means for one entity. */
public sealed interface PathResolution {

  /** The reference resolves to exactly one path (empty for the entity's own attributes). */
  record Resolved(JoinPath path) implements PathResolution {}

  /** No path leads from the entity to the referenced entity at all. */
  record Unreachable() implements PathResolution {}

  /** No path has the requested role path; {@code available} are the paths there are. */
  record NoSuchRole(List<JoinPath> available) implements PathResolution {}

  /** Several paths fit; the reference must name a role path. */
  record Ambiguous(List<JoinPath> candidates) implements PathResolution {}
}
