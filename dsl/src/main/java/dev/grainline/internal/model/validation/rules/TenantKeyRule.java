package dev.grainline.internal.model.validation.rules;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.EntityKind;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant key itself: a model has one; a tenant-scoped dimension has its tenant column in its key (a user is
 * {@code (account_id, user_id)}, since user ids repeat across accounts, and so every link to it carries the tenant
 * column); and every declaration of a scoped table's tenant column has the key's type, so that a bound query's
 * tenant value compares with it exactly.
 */
final class TenantKeyRule implements Rule<ModelContext> {
  /** A declaration of a column, and the field declaring it. */
  private record Use(ColumnRef column, Origin origin) {}

  @Override
  public void check(ModelContext context, Report report) {
    List<TenantDeclarations.KeyField> keys = TenantDeclarations.keys(context.classes());
    for (TenantDeclarations.KeyField second : keys.subList(Math.min(1, keys.size()), keys.size())) {
      report.add(Message.TENANT_KEY_TWICE, second.origin(), null, second.origin(), second.key().column(),
          keys.get(0).origin());
    }
    context.model().tenancy().ifPresent(tenancy -> {
      Origin keyField = keys.get(0).origin();
      context.model().entities().stream().filter(e -> e.kind() == EntityKind.DIMENSION)
          .forEach(dimension -> checkKey(dimension, tenancy, context.classes(), report));
      checkTypes(context.classes(), tenancy, keyField, report);
    });
  }

  private static void checkKey(Entity dimension, Tenancy tenancy, List<ClassDeclaration> classes, Report report) {
    TableRef table = dimension.source().from();
    Optional<ColumnRef> column = tenancy.column(table);
    if (column.isEmpty() || dimension.key().isEmpty()
        || dimension.key().stream().anyMatch(a -> tenancy.isColumnOf(table, a.expr()))) {
      return; // not scoped, or no key at all (reported as such), or a key with its tenant column
    }
    Optional<AttributeDef> notKey = dimension.attributes().stream()
        .filter(a -> !a.key() && tenancy.isColumnOf(table, a.expr())).findFirst();
    if (notKey.isPresent()) {
      report.add(Message.TENANT_KEY_NOT_IN_KEY, notKey.get().origin(), null, dimension.name(),
          column.get().column(), "; declare " + notKey.get().origin().member() + " with key(...), not attribute(...)");
    } else {
      report.add(Message.TENANT_KEY_NOT_IN_KEY, dimension.origin(), null, dimension.name(), column.get().column(),
          "; add key(" + TenantDeclarations.tenantColumnCode(classes, dimension.origin().className(), table, tenancy)
              + ")");
    }
  }

  /**
   * Each scoped table's tenant column, wherever it is declared, against the key's type; a column declared with
   * different types in different places is the column type rule's to report, once that is settled this one's.
   */
  private static void checkTypes(List<ClassDeclaration> classes, Tenancy tenancy, Origin keyField, Report report) {
    Map<String, List<Use>> uses = new LinkedHashMap<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        for (Node root : ColumnTypeRule.roots(member.declared())) {
          for (ColumnRef column : Nodes.collect(root, ColumnRef.class)) {
            if (tenancy.isColumnOf(column.table(), column)) {
              uses.computeIfAbsent(column.table().qualifiedName() + "." + column.column(), k -> new ArrayList<>())
                  .add(new Use(column, new Origin(type.className(), member.field())));
            }
          }
        }
      }
    }
    uses.forEach((name, declared) -> {
      Use first = declared.get(0);
      SqlType type = first.column().type();
      if (type != tenancy.type() && declared.stream().allMatch(u -> u.column().type() == type)) {
        report.add(Message.TENANT_KEY_TYPE, first.origin(), first.column(), name,
            first.column().table().qualifiedName(), tenancy.type().display(), keyField, type.display(),
            tenancy.columnMethod(), first.column().column());
      }
    });
  }
}
