package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.LinkDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Every join the model declares between tenant-scoped rows equates their tenant columns, so that no join Grainline
 * generates from it can pair one tenant's rows with another's: a link to a scoped dimension pairs the dimension's
 * tenant key attribute with the tenant column of the linking entity's own rows (not another column, and not from
 * an entity whose rows all tenants share), and a source joining two scoped tables has their tenant columns' equality
 * as a top-level conjunct of its condition. A link that leaves the tenant column out altogether never builds: the
 * entity phase asks {@link Targets} first, so that the message says what is missing rather than that the targets
 * are not the key.
 */
final class TenantJoinRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    if (model.tenancy().isEmpty()) {
      return;
    }
    Tenancy tenancy = model.tenancy().get();
    for (Entity entity : model.entities()) {
      if (unsettled(entity.source(), tenancy)) {
        continue; // a table neither scoped nor shared: the scope rule's error, which its joins would only repeat
      }
      checkSource(entity, tenancy, context, report);
      for (LinkDef link : entity.links()) {
        model.entity(link.toEntity()).ifPresent(dimension -> checkLink(entity, link, dimension, tenancy, context,
            report));
      }
    }
  }

  private static void checkLink(Entity entity, LinkDef link, Entity dimension, Tenancy tenancy, ModelContext context,
      Report report) {
    Optional<AttributeDef> tenantAttribute = tenantAttribute(dimension.source(), dimension.key(), tenancy);
    int index = tenantAttribute.map(a -> link.toKey().indexOf(a.name())).orElse(-1);
    if (index < 0) {
      return; // a dimension not scoped, or whose key lacks its tenant column (the key rule's to report)
    }
    List<TableRef> scoped = scopedTables(entity.source(), tenancy);
    if (scoped.isEmpty()) {
      report.add(Message.TENANT_JOIN_SHARED, link.origin(), null, link.name(), entity.name(), dimension.name());
      return;
    }
    Node from = link.fromExprs().get(index);
    if (scoped.stream().noneMatch(table -> tenancy.isColumnOf(table, from))) {
      report.add(Message.TENANT_JOIN_COLUMN, link.origin(), from, link.name(),
          tenantAttribute.get().origin(), dimension.name(), Nodes.describe(from), entity.name(),
          TenantDeclarations.tenantColumnCode(context.classes(), link.origin().className(), scoped.get(0), tenancy));
    }
  }

  /** Each join of two scoped tables has {@code joined.tenant = earlier.tenant} among the conjuncts of its on. */
  private static void checkSource(Entity entity, Tenancy tenancy, ModelContext context, Report report) {
    List<TableRef> earlier = new ArrayList<>(List.of(entity.source().from()));
    for (EntitySource.Join join : entity.source().joins()) {
      List<TableRef> scopedEarlier = earlier.stream().filter(tenancy::scoped).toList();
      earlier.add(join.table());
      if (!tenancy.scoped(join.table()) || scopedEarlier.isEmpty()) {
        continue;
      }
      boolean equated = conjuncts(join.on()).stream().anyMatch(c -> c instanceof Node.Comparison eq
          && eq.op() == ComparisonOp.EQ && scopedEarlier.stream().anyMatch(other ->
              (tenancy.isColumnOf(join.table(), eq.left()) && tenancy.isColumnOf(other, eq.right()))
                  || (tenancy.isColumnOf(other, eq.left()) && tenancy.isColumnOf(join.table(), eq.right()))));
      if (!equated) {
        String className = entity.origin().className();
        report.add(Message.TENANT_SOURCE_JOIN, entity.origin(), join.on(), entity.name(),
            join.table().qualifiedName(),
            TenantDeclarations.tenantColumnCode(context.classes(), className, join.table(), tenancy) + ".eq("
                + TenantDeclarations.tenantColumnCode(context.classes(), className, scopedEarlier.get(0), tenancy)
                + ")");
      }
    }
  }

  private static List<Node> conjuncts(Node condition) {
    return condition instanceof Node.And and
        ? and.operands().stream().flatMap(o -> conjuncts(o).stream()).toList()
        : List.of(condition);
  }

  /** The key attribute of a scoped dimension that is its tenant column. */
  private static Optional<AttributeDef> tenantAttribute(EntitySource source, List<AttributeDef> key,
      Tenancy tenancy) {
    return key.stream().filter(a -> tenancy.isColumnOf(source.from(), a.expr())).findFirst();
  }

  /** Whether the source reads a table whose scope the model does not know (none, another key's, or two). */
  private static boolean unsettled(EntitySource source, Tenancy tenancy) {
    return source.tables().stream().anyMatch(t -> !tenancy.scoped(t) && !tenancy.shared(t));
  }

  private static List<TableRef> scopedTables(EntitySource source, Tenancy tenancy) {
    return source.tables().stream().filter(tenancy::scoped).toList();
  }

  /**
   * A link whose targets are a scoped dimension's key without its tenant attribute: reported as the missing tenant
   * column (or, from an entity whose rows all tenants share, as a link that cannot have one), at the link.
   */
  static final class Targets implements Rule<LinkTargets> {
    @Override
    public void check(LinkTargets link, Report report) {
      if (link.tenancy().isEmpty()) {
        return;
      }
      Tenancy tenancy = link.tenancy().get();
      Optional<AttributeDef> tenantAttribute = tenantAttribute(link.dimensionSource(), link.key(), tenancy);
      if (tenantAttribute.isEmpty() || link.targets().contains(tenantAttribute.get().name())
          || unsettled(link.source(), tenancy)) {
        return;
      }
      List<String> rest = link.key().stream().map(AttributeDef::name)
          .filter(name -> !name.equals(tenantAttribute.get().name())).toList();
      if (!new LinkedHashSet<>(link.targets()).equals(new LinkedHashSet<>(rest))) {
        return; // some other attribute is missing too: the targets are not the key, as the entity phase says
      }
      List<TableRef> scoped = scopedTables(link.source(), tenancy);
      if (scoped.isEmpty()) {
        report.add(Message.TENANT_JOIN_SHARED, link.origin(), link.node(), link.field(), link.entity(),
            link.dimension());
        return;
      }
      report.add(Message.TENANT_JOIN, link.origin(), link.node(), link.field(), link.dimension(),
          String.join(", ", link.targets()),
          tenancy.scopedTables().get(link.dimensionSource().from().qualifiedName()),
          TenantDeclarations.tenantColumnCode(link.classes(), link.origin().className(), scoped.get(0), tenancy),
          tenantAttribute.get().origin());
    }
  }
}
