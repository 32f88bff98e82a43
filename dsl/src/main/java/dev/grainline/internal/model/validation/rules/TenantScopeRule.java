package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.ClassKind;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.TableScope;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In a model with a tenant key, every table a source reads says whose rows it holds ({@code scopedBy} or
 * {@code shared}), so that isolation is never a default one can forget; a table is scoped only by the model's own
 * key; and a table says the same wherever it is read. A model without a tenant key has nothing to check here, except
 * a table scoped by a key it does not declare. Each table is reported once, at the field that declares it.
 */
final class TenantScopeRule implements Rule<List<ClassDeclaration>> {
  private record Scope(TableScope scope, Origin origin) {}

  @Override
  public void check(List<ClassDeclaration> classes, Report report) {
    List<TenantDeclarations.KeyField> keys = TenantDeclarations.keys(classes);
    Optional<TenantDeclarations.KeyField> modelKey = keys.stream().findFirst();
    Map<String, Scope> first = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (ClassDeclaration type : classes) {
      Optional<Declared.Source> source = type.kind() == ClassKind.METRICS ? Optional.empty() : type.source();
      for (Declared.Table table : source.map(Declared.Source::tables).orElse(List.of())) {
        String name = table.table().qualifiedName();
        Origin origin = declaringField(classes, type, table);
        boolean ok = switch (table.scope()) {
          case TableScope.Unscoped u -> modelKey.isEmpty();
          case TableScope.Scoped s -> keys.stream().anyMatch(k -> k.key().sameKey(s.key()));
          case TableScope.Shared s -> true;
        };
        if (!ok && reported.add(name)) {
          switch (table.scope()) {
            case TableScope.Unscoped u -> report.add(Message.TENANT_SCOPE, origin, table.table(), name,
                type.entityName(), modelKey.orElseThrow().origin());
            case TableScope.Scoped s -> report.add(Message.TENANT_SCOPE_FOREIGN, origin, table.table(), name,
                s.key().column(), s.key().type().display(), modelKey
                    .map(k -> "scope it by the model's key, scopedBy(" + k.origin() + ")")
                    .orElse("declare the key in a class of the model, as static final TenantKey<"
                        + s.key().type().javaType().getSimpleName() + "> TENANT = tenantKey(\"" + s.key().column()
                        + "\", " + s.key().type().javaType().getSimpleName() + ".class)"));
            case TableScope.Shared s -> { }
          }
        }
        Scope earlier = first.putIfAbsent(name, new Scope(table.scope(), origin));
        if (modelKey.isPresent() && earlier != null && !earlier.scope().sameAs(table.scope()) && reported.add(name)) {
          report.add(Message.TENANT_SCOPE_CONFLICT, origin, table.table(), name, table.scope().describe(),
              earlier.scope().describe(), earlier.origin());
        }
      }
    }
  }

  /** The field declaring the table, else the entity's Source field, else its class. */
  private static Origin declaringField(List<ClassDeclaration> classes, ClassDeclaration type, Declared.Table table) {
    return classes.stream()
        .flatMap(c -> c.members().stream().filter(m -> m.declared().equals(table))
            .map(m -> new Origin(c.className(), m.field())))
        .sorted((x, y) -> Boolean.compare(!x.className().equals(type.className()),
            !y.className().equals(type.className())))
        .findFirst()
        .or(() -> type.members().stream().filter(m -> m.declared() instanceof Declared.Source).findFirst()
            .map(m -> new Origin(type.className(), m.field())))
        .orElse(Origin.ofClass(type.className()));
  }
}
