package dev.grainline.internal.model.assembly;

import dev.grainline.SqlType;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.validation.TypeChecker;
import dev.grainline.internal.model.validation.rules.ModelContext;
import java.util.Optional;

/**
 * The model type of what a field holds, for the rule on declared type arguments: a metric's or attribute's type as
 * assembled, a column's as its expression types (silently: its errors are reported where it is used).
 */
record MemberValueTypes(Names names, BuiltEntities entities, Lowering lowering) implements ModelContext.MemberTypes {
  @Override
  public Optional<SqlType> typeOf(ClassDeclaration type, MemberDeclaration member, Model model) {
    return switch (member.declared()) {
      case Declared.Metric m -> Optional.ofNullable(names.metrics().get(m.metric()))
          .flatMap(model::metric).map(MetricDef::type);
      case Declared.Attribute a -> Optional.ofNullable(names.attributes().get(a.decl()))
          .flatMap(name -> entities.attribute(name.qualified())).map(AttributeDef::type);
      case Declared.Column c -> type.kind() != ClassKind.METRICS && names.sources().containsKey(type.entityName())
          ? columnType(c, type, new Origin(type.className(), member.field()))
          : Optional.empty();
      case Declared.Table t -> Optional.empty();
      case Declared.Source s -> Optional.empty();
      case Declared.TenantKey k -> Optional.empty();
      case Declared.Condition c -> Optional.empty();
      case Declared.Link l -> Optional.empty();
      case Declared.Query q -> Optional.empty();
      case Declared.Sort o -> Optional.empty();
      case Declared.PendingWindow w -> Optional.empty();
      case Declared.NotDsl n -> Optional.empty();
    };
  }

  private Optional<SqlType> columnType(Declared.Column column, ClassDeclaration type, Origin origin) {
    TypeChecker silent = new TypeChecker(new TypeChecker.Scope(metric -> Optional.empty(),
        ref -> entities.attribute(ref.attributeName()).map(AttributeDef::type)), (node, message, args) -> {});
    return silent.typeOf(lowering.row(column.expression(), type.entityName(), origin));
  }
}
