package dev.grainline.internal.model.validation.rules;

import dev.grainline.SqlType;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.ClassDeclaration;
import dev.grainline.internal.model.assembly.MemberDeclaration;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.Optional;

/** A field's declared type argument reads its values: {@code Metric<Long> REVENUE = sum(LINE_TOTAL)} of a Double is not. */
final class DeclaredJavaTypeRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    for (ClassDeclaration type : context.classes()) {
      for (MemberDeclaration member : type.members()) {
        if (member.declaredType().isEmpty()) {
          continue;
        }
        Optional<SqlType> actual = context.memberTypes().typeOf(type, member, context.model());
        String declared = member.declaredType().get();
        if (actual.isPresent() && !accepts(declared, actual.get())) {
          String shown = declared.substring(declared.lastIndexOf('.') + 1);
          report.add(Message.DECLARED_TYPE, new Origin(type.className(), member.field()), null, member.field(),
              "with type argument " + shown,
              actual.get().display() + " values, read as " + actual.get().javaType().getSimpleName());
        }
      }
    }
  }

  private static boolean accepts(String declared, SqlType actual) {
    return declared.equals(actual.javaType().getName())
        || declared.equals("java.lang.Object")
        || (declared.equals("java.lang.Number") && actual.isNumeric())
        || (declared.equals("java.lang.Comparable") && actual.isOrdered());
  }
}
