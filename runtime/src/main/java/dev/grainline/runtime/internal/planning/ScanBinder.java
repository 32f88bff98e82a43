package dev.grainline.runtime.internal.planning;

import dev.grainline.runtime.internal.plan.EntityAttributes;
import dev.grainline.runtime.internal.plan.GrainColumn;
import dev.grainline.runtime.internal.plan.JoinStep;
import dev.grainline.runtime.internal.plan.TenantRestriction;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.JoinType;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.Model;
import dev.grainline.SqlType;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.JoinPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The scan of one grain group: the entity's source plus the dimension tables its paths need, each path prefix joined
 * once under its own alias ({@code date_order}, {@code location_customer_home}), and attribute references rewritten
 * to expressions over those aliases. A derived attribute's value is a column of its CTE ({@link DerivedAttributes}),
 * joined once per path under its own alias ({@code ea_customer}) on the columns of the path's last link, so that it
 * needs no join of the dimension's table (and a key without a dimension row has its values all the same).
 */
final class ScanBinder {
  private final Model model;
  private final Entity entity;
  private final Set<String> aliases = new HashSet<>();
  private final Map<List<LinkDef>, TableRef> hops = new LinkedHashMap<>();
  private final List<JoinStep> joins = new ArrayList<>();
  private final DerivedAttributes derived;
  /** The alias each derived attributes' CTE is joined under, by the CTE's name and the path it is reached over. */
  private final Map<List<Object>, DerivedJoin> derivedJoins = new LinkedHashMap<>();
  private final List<EntityAttributes> derivedRead = new ArrayList<>();

  /** A derived attributes' CTE joined under {@code table} on {@code from}, the scan's side of the entity's key. */
  private record DerivedJoin(TableRef table, List<Node> from) {}

  private final Optional<Node> timeZone;
  /** The query's tenant (a bind value) when it is bound to one. */
  private final Optional<Node> tenant;

  ScanBinder(Model model, Entity entity, Optional<Node> timeZone, Optional<Node> tenant, DerivedAttributes derived) {
    this.model = model;
    this.derived = derived;
    this.entity = entity;
    this.timeZone = timeZone;
    this.tenant = tenant;
    entity.source().tables().forEach(t -> aliases.add(t.alias()));
  }

  List<JoinStep> joins() {
    return List.copyOf(joins);
  }

  /** The CTEs of derived attributes that the joins read, each once. */
  List<EntityAttributes> derived() {
    return List.copyOf(derivedRead);
  }

  /** In a tenant-bound query, the restriction of each tenant-scoped table of the entity's own source. */
  List<TenantRestriction> sourceRestrictions() {
    return entity.source().tables().stream().flatMap(table -> restriction(table).stream()).toList();
  }

  /** The restriction of {@code table} (under the alias it is read by) to the query's tenant, if both apply. */
  private Optional<TenantRestriction> restriction(TableRef table) {
    return tenant.flatMap(value -> model.tenancy().flatMap(tenancy -> tenancy.column(table))
        .map(column -> new TenantRestriction(column, value)));
  }

  /**
   * The attribute's expression as this scan computes it, through {@code path}; the anchor of a cohort offset in it
   * (an attribute of an entity its owner links to) is joined through {@code path} and on from the owner.
   */
  Node attribute(AttributeRef ref, JoinPath path) {
    AttributeDef attribute = model.attribute(ref.attributeName())
        .orElseThrow(() -> new IllegalStateException("unresolved attribute " + ref));
    Node owned = owned(attribute.entity(), attribute.expr(), path);
    return Nodes.rewrite(owned, node -> node instanceof Node.PeriodsSince offset
        && offset.anchor() instanceof AttributeRef anchor
        ? Optional.of(new Node.PeriodsSince(offset.period(), attribute(anchor, onFrom(path, attribute.entity(),
            anchor))))
        : Optional.empty());
  }

  /** The path to {@code anchor}: {@code path} to its owner, then the owner's one path to the anchor's entity. */
  private JoinPath onFrom(JoinPath path, String owner, AttributeRef anchor) {
    List<LinkDef> hops = new ArrayList<>(path.hops());
    hops.addAll(GrainGroupPlanner.joinedPath(model, entityOf(owner), anchor).hops());
    return new JoinPath(entity.name(), anchor.entity(), hops);
  }

  /** A row-level expression of entity {@code owner} as this scan computes it, through {@code path}. */
  Node owned(String owner, Node expr, JoinPath path) {
    boolean readsDerived = Nodes.any(expr, node -> node instanceof Node.EntityAggregate);
    Node values = readsDerived ? derivedValues(expr, path) : expr;
    if (path.isLocal()) {
      return local(values);
    }
    Entity ownerEntity = entityOf(owner);
    if (readsDerived && !Nodes.any(values, n -> n instanceof ColumnRef c
        && c.table().equals(ownerEntity.source().from()))) {
      return values; // only derived values: the dimension's own table is not needed
    }
    return retable(values, ownerEntity, hop(path.hops()));
  }

  /** {@code expr} with each derived value replaced by its CTE's column, the CTE joined over {@code path}. */
  private Node derivedValues(Node expr, JoinPath path) {
    return Nodes.rewrite(expr, node -> node instanceof Node.EntityAggregate aggregate
        ? Optional.of(derivedValue(aggregate, path))
        : Optional.empty());
  }

  private Node derivedValue(Node.EntityAggregate aggregate, JoinPath path) {
    DerivedAttributes.Column column = derived.column(aggregate)
        .orElseThrow(() -> new IllegalStateException("a derived attribute left unplanned: " + aggregate));
    EntityAttributes cte = column.cte();
    DerivedJoin join = derivedJoins.get(List.of(cte.name(), path.hops()));
    if (join == null) {
      Entity dimension = entityOf(cte.dimension());
      String alias = unique(cte.name());
      TableRef joined = new TableRef("", cte.name(), alias);
      List<Node> to = new ArrayList<>();
      for (int i = 0; i < cte.key().size(); i++) {
        GrainColumn key = cte.key().get(i);
        to.add(new ColumnRef(joined, key.alias(), dimension.key().get(i).type(),
            ColumnRef.Storage.PLAIN));
      }
      List<Node> from = linkedKey(path, dimension);
      // LEFT: a row whose entity has no fact rows keeps its place, with the measure's value over no rows.
      joins.add(new JoinStep(joined, JoinType.LEFT, from, to, cte.describe() + " as " + alias, Optional.empty()));
      join = new DerivedJoin(joined, from);
      derivedJoins.put(List.of(cte.name(), path.hops()), join);
      if (!derivedRead.contains(cte)) {
        derivedRead.add(cte);
      }
    }
    // The CTE computed the value (an instant's min is its UTC wall-clock time already): a plain column.
    Node value = new ColumnRef(join.table(), column.alias(), column.type(), ColumnRef.Storage.PLAIN);
    if (!column.zeroWhenMissing()) {
      return value;
    }
    // A count over an entity's no rows is 0; a row that links to no entity (a NULL in its link) has no count.
    Node linked = join.from().size() == 1
        ? new Node.IsNull(join.from().get(0), true)
        : new Node.And(join.from().stream().<Node>map(f -> new Node.IsNull(f, true)).toList());
    return new Node.Case(List.of(new Node.When(linked,
        new Node.Coalesce(List.of(value, new Node.Literal(0L, SqlType.BIGINT))))), Optional.empty());
  }

  /**
   * The key of {@code dimension}'s row that this scan's rows reach over {@code path}, in the order of the dimension's
   * key: the columns of the path's last link (under the alias of the hop before it), or the key itself when the
   * scan's entity is the dimension.
   */
  List<Node> linkedKey(JoinPath path, Entity dimension) {
    if (path.isLocal()) {
      return dimension.key().stream().map(key -> local(key.expr())).toList();
    }
    List<LinkDef> hops = path.hops();
    LinkDef last = hops.get(hops.size() - 1);
    TableRef previous = hops.size() == 1 ? null : hop(hops.subList(0, hops.size() - 1));
    List<Node> key = new ArrayList<>();
    for (AttributeDef attribute : dimension.key()) {
      Node from = last.fromExprs().get(last.toKey().indexOf(attribute.name()));
      key.add(previous == null ? from : retable(from, entityOf(last.fromEntity()), previous));
    }
    return key;
  }

  /**
   * An expression of the scan's own entity. In a query that names a time zone, a fact's timestamps (events, stored
   * in UTC, or instants) are seen in that zone; a dimension's are calendar values and stay as they are. The
   * renderer converts an instant column from the instant itself, a plain one from the UTC instant it stands for.
   */
  private Node local(Node expr) {
    if (timeZone.isEmpty() || entity.kind() != EntityKind.FACT) {
      return expr;
    }
    return Nodes.rewrite(expr, node -> node instanceof ColumnRef c && c.type() == SqlType.TIMESTAMP
        ? Optional.of(new Node.AtTimeZone(c, timeZone.get()))
        : Optional.empty());
  }

  /** Rewrites every attribute reference of {@code expr} with {@code paths}, joining what they need. */
  Node bind(Node expr, Function<AttributeRef, JoinPath> paths) {
    return Nodes.rewrite(expr, node -> node instanceof AttributeRef ref
        ? Optional.of(attribute(ref, paths.apply(ref)))
        : Optional.empty());
  }

  /** Joins every prefix of the path that is not joined yet; returns the alias of the last hop's table. */
  private TableRef hop(List<LinkDef> path) {
    TableRef previous = null;
    for (int i = 1; i <= path.size(); i++) {
      List<LinkDef> prefix = List.copyOf(path.subList(0, i));
      TableRef known = hops.get(prefix);
      if (known != null) {
        previous = known;
        continue;
      }
      LinkDef link = prefix.get(i - 1);
      Entity target = entityOf(link.toEntity());
      TableRef table = target.source().from();
      TableRef joined = new TableRef(table.schema(), table.name(), alias(prefix, target));
      List<Node> from = new ArrayList<>();
      for (Node expr : link.fromExprs()) {
        from.add(previous == null ? expr : retable(expr, entityOf(link.fromEntity()), previous));
      }
      List<Node> to = new ArrayList<>();
      for (String key : link.toKey()) {
        AttributeDef keyAttribute = target.attribute(key).orElseThrow();
        to.add(retable(keyAttribute.expr(), target, joined));
      }
      joins.add(new JoinStep(joined, link.joinType(), from, to,
          link.describe() + " as " + joined.alias() + " (" + link.cardinality().display() + ")",
          restriction(joined)));
      hops.put(prefix, joined);
      previous = joined;
    }
    return previous;
  }

  /** "date_order", "location_customer_home", "product": the dimension, then the roles when they add anything. */
  private String alias(List<LinkDef> prefix, Entity target) {
    String base = target.name().substring(target.name().lastIndexOf('.') + 1);
    String roles = String.join("_", new JoinPath(entity.name(), target.name(), prefix).rolePath().roles());
    return unique(roles.isEmpty() || roles.equals(base) ? base : base + "_" + roles);
  }

  /** {@code alias}, or the first of {@code alias_2}, {@code alias_3}, ... that this scan does not use yet. */
  private String unique(String alias) {
    String unique = alias;
    for (int n = 2; !aliases.add(unique); n++) {
      unique = alias + "_" + n;
    }
    return unique;
  }

  /** A dimension reads one table; its expressions move from its own alias to the alias of this hop. */
  private static Node retable(Node expr, Entity owner, TableRef to) {
    TableRef from = owner.source().from();
    return Nodes.rewrite(expr, node -> node instanceof ColumnRef c && c.table().equals(from)
        ? Optional.of(c.retabled(to))
        : Optional.empty());
  }

  private Entity entityOf(String name) {
    return model.entity(name).orElseThrow(() -> new IllegalStateException("no entity " + name));
  }
}
