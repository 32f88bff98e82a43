package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.EntitySource;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.schema.ColumnTypes;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same physical column must have the same type (and storage: instant or not) wherever it is declared. */
final class ColumnTypeRule implements Rule<List<ClassDeclaration>> {
  @Override
  public void check(List<ClassDeclaration> classes, Report report) {
    Map<String, ColumnRef> first = new HashMap<>();
    Map<String, Origin> firstOrigin = new HashMap<>();
    for (ClassDeclaration type : classes) {
      for (MemberDeclaration member : type.members()) {
        Origin origin = new Origin(type.className(), member.field());
        for (Node root : roots(member.declared())) {
          for (ColumnRef column : Nodes.collect(root, ColumnRef.class)) {
            String key = column.table().qualifiedName() + "." + column.column();
            ColumnRef earlier = first.putIfAbsent(key, column);
            firstOrigin.putIfAbsent(key, origin);
            // An instant and a plain timestamp are both TIMESTAMP to the model, but read the column differently.
            if (earlier != null && (earlier.type() != column.type() || earlier.storage() != column.storage())) {
              report.add(Message.COLUMN_TYPE, origin, column, key,
                  ColumnTypes.display(column.type(), column.storage()),
                  ColumnTypes.display(earlier.type(), earlier.storage()), firstOrigin.get(key));
            }
          }
        }
      }
    }
  }

  /** The expressions a member declares whose columns it reads. */
  static List<Node> roots(Declared declared) {
    return switch (declared) {
      case Declared.Attribute a -> List.of(a.decl().definition());
      case Declared.Metric m -> List.of(m.metric().definition());
      case Declared.Column c -> List.of(c.expression());
      case Declared.Link l -> l.from();
      case Declared.Source s -> s.source().joins().stream().map(EntitySource.Join::on).toList();
      case Declared.Table t -> List.of();
      case Declared.TenantKey k -> List.of();
      case Declared.Condition c -> List.of();
      case Declared.Query q -> List.of();
      case Declared.Sort o -> List.of();
      case Declared.PendingWindow w -> List.of();
      case Declared.NotDsl n -> List.of();
    };
  }
}
