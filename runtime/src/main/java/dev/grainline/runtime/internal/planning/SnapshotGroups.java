package dev.grainline.runtime.internal.planning;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.aggregate.SemiAdditive;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.TimeTrunc;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.runtime.internal.plan.DimensionColumn;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.PlannedComponent;
import dev.grainline.runtime.internal.plan.ScanSource;
import dev.grainline.runtime.internal.plan.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot groups of one entity's scan: semi-additive components that share their rule, time and entity are
 * computed together, over the time as the start of its periods (which orders snapshots of any calendar attribute) and
 * the entity as the fact holds its key (the link's own columns, so that keys without a dimension row are entities
 * of their own). Binding them joins the tables they read into the scan, so it happens before the scan is made.
 */
final class SnapshotGroups {
  /** What makes two snapshot components one group's: the same rule, time and entity. */
  record Signature(SemiAdditive.Scope scope, Node time, List<Node> keys) {
    static Signature of(Aggregate aggregate) {
      return new Signature(((SemiAdditive) aggregate.function()).scope(), aggregate.args().get(SemiAdditive.TIME),
          SemiAdditive.keys(aggregate.args()));
    }
  }

  /** A group whose time and entity are bound, waiting for the scan that holds their columns. */
  record Pending(String name, SemiAdditive.Scope scope, Node time, List<GrainColumn> entity,
      List<PlannedComponent> components) {
    Snapshots at(ScanSource scan, List<DimensionColumn> grain, Optional<Node> filter) {
      return new Snapshots(name, scan, grain, scope, time, entity, components, filter, false);
    }
  }

  private final Model model;
  private final Entity entity;
  private final ScanBinder binder;

  SnapshotGroups(Model model, Entity entity, ScanBinder binder) {
    this.model = model;
    this.entity = entity;
    this.binder = binder;
  }

  /** The group {@code name} of {@code components} (one signature, bound to the scan). */
  Pending pending(String name, Signature signature, List<PlannedComponent> components) {
    List<GrainColumn> keys = new ArrayList<>();
    for (int i = 0; i < signature.keys().size(); i++) {
      Node key = signature.keys().get(i);
      keys.add(new GrainColumn("e" + i, entityKey(key), "entity " + dev.grainline.internal.model.expr.Nodes
          .describe(key)));
    }
    return new Pending(name, signature.scope(), time(signature.time()), keys, components);
  }

  /** Joins what a snapshot aggregate's time and entity read, for a group that a window plans later. */
  void bindColumns(Aggregate aggregate) {
    Signature signature = Signature.of(aggregate);
    time(signature.time());
    signature.keys().forEach(this::entityKey);
  }

  /** The first day of the period a snapshot's time names: snapshots are ordered by it. */
  private Node time(Node time) {
    AttributeRef ref = time instanceof AttributeRef r ? r : own(time);
    TimePeriod period = Calendars.period(model, ref).orElseThrow(
        () -> new IllegalStateException(ref + " is not a time attribute"));
    return new TimeTrunc(binder.owned(ref.entity(), period.date(), path(ref)), period.grain());
  }

  /** The fact's own time attribute, inlined by the assembler: the attribute whose expression it is. */
  private AttributeRef own(Node time) {
    AttributeDef attribute = entity.attributes().stream()
        .filter(a -> a.period().isPresent() && a.expr().equals(time)).findFirst()
        .orElseThrow(() -> new IllegalStateException(time + " is no time attribute of " + entity.name()));
    return new AttributeRef(entity.name(), attribute.name(), Optional.empty());
  }

  /**
   * The entity's key as the fact holds it: the columns of the link to the key's dimension when the key is what that
   * one link joins on; else the attribute through its path; a fact's own attribute as it is.
   */
  private Node entityKey(Node key) {
    if (!(key instanceof AttributeRef ref)) {
      return binder.owned(entity.name(), key, JoinPath.local(entity.name()));
    }
    JoinPath path = path(ref);
    if (path.hops().size() == 1) {
      LinkDef link = path.hops().get(0);
      int position = link.toKey().indexOf(ref.attribute());
      if (position >= 0) {
        return binder.owned(entity.name(), link.fromExprs().get(position), JoinPath.local(entity.name()));
      }
    }
    return binder.attribute(ref, path);
  }

  private JoinPath path(AttributeRef ref) {
    return ref.entity().equals(entity.name()) ? JoinPath.local(entity.name())
        : GrainGroupPlanner.joinedPath(model, entity, ref);
  }
}
