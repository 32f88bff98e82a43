package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.Tenancy;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the tenant rules read from the model's classes: the fields declaring tenant keys, the field declaring a
 * table, and the DSL code that names a table's tenant column, which their messages suggest.
 */
final class TenantDeclarations {
  private TenantDeclarations() {}

  /** A field holding a tenant key. */
  record KeyField(Origin origin, Declared.TenantKey key) {}

  /** Every field holding a tenant key, in the order of the classes and their fields. */
  static List<KeyField> keys(List<ClassDeclaration> classes) {
    List<KeyField> keys = new ArrayList<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        if (member.declared() instanceof Declared.TenantKey key) {
          keys.add(new KeyField(new Origin(type.className(), member.field()), key));
        }
      }
    }
    return keys;
  }

  /** The field that declares {@code table} (under its alias), preferably one of {@code preferredClass}. */
  static Optional<Origin> tableField(List<ClassDeclaration> classes, String preferredClass, TableRef table) {
    Stream<ClassDeclaration> preferredFirst = Stream.concat(
        classes.stream().filter(c -> c.className().equals(preferredClass)),
        classes.stream().filter(c -> !c.className().equals(preferredClass)));
    return preferredFirst.flatMap(type -> type.members().stream()
            .filter(m -> m.declared() instanceof Declared.Table t && t.table().equals(table))
            .map(m -> new Origin(type.className(), m.field())))
        .findFirst();
  }

  /**
   * The code that declares the tenant column of {@code table}: {@code E.intCol("account_id")} in the class of
   * {@code preferredClass}, {@code Events.E.intCol("account_id")} from another class, or
   * {@code table("warehouse.fact_events").intCol("account_id")} for a table no field holds.
   */
  static String tenantColumnCode(List<ClassDeclaration> classes, String preferredClass, TableRef table,
      Tenancy tenancy) {
    String column = tenancy.scopedTables().getOrDefault(table.qualifiedName(), tenancy.column());
    String call = "." + tenancy.columnMethod() + "(\"" + column + "\")";
    return tableField(classes, preferredClass, table)
        .map(field -> (field.className().equals(preferredClass) ? field.member() : field.toString()) + call)
        .orElse("table(\"" + table.qualifiedName() + "\")" + call);
  }
}
