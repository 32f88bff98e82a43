package dev.grainline.internal.model.validation.rules;

import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.AttributeDef;
import dev.grainline.internal.model.Entity;
import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.PeriodsSince;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.graph.PathResolution;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;
import java.util.Optional;

/**
 * {@code periodsSince(anchor)} counts whole periods of one calendar: the row side is a truncation or a date, the
 * anchor a time attribute of the same grain (a week since a month is no number of anything) that the row's entity
 * reaches over exactly one path, the path planning joins it by. Checked once every attribute is built, since the
 * anchor is usually another entity's.
 */
final class CohortOffsetRule implements Rule<ModelContext> {
  @Override
  public void check(ModelContext context, Report report) {
    Model model = context.model();
    for (Entity entity : model.entities()) {
      for (AttributeDef attribute : entity.attributes()) {
        for (PeriodsSince offset : Nodes.collect(attribute.expr(), PeriodsSince.class)) {
          check(model, entity, attribute, offset, report);
        }
      }
    }
  }

  private static void check(Model model, Entity entity, AttributeDef attribute, PeriodsSince offset,
      Report report) {
    String what = attribute.entity() + "." + attribute.name();
    String anchorText = Nodes.describe(offset.anchor());
    if (!(offset.period() instanceof Node.TimeTrunc) && !isDate(offset.period())) {
      report.add(Message.COHORT_PERIOD, attribute.origin(), offset.period(), what, anchorText,
          Nodes.describe(offset.period()));
      return;
    }
    Optional<TimeGrain> anchorGrain;
    if (offset.anchor() instanceof AttributeRef ref) {
      Optional<AttributeDef> anchor = model.attribute(ref.attributeName());
      if (anchor.isEmpty()) {
        return; // an undeclared attribute: lowering's error
      }
      PathResolution path = model.graph().resolve(entity.name(), ref.entity(), ref.rolePath());
      Optional<String> unreached = switch (path) {
        case PathResolution.Resolved resolved -> Optional.empty();
        case PathResolution.Unreachable unreachable -> Optional.of("no link leads there");
        case PathResolution.NoSuchRole noRole -> Optional.of("no path has those roles");
        case PathResolution.Ambiguous ambiguous -> Optional.of(ambiguous.candidates().size()
            + " paths lead there; name one with via(...)");
      };
      if (unreached.isPresent()) {
        report.add(Message.COHORT_ANCHOR_UNREACHABLE, attribute.origin(), ref, what, anchorText, entity.name(),
            unreached.get());
        return;
      }
      anchorGrain = anchor.get().period().map(TimePeriod::grain);
    } else {
      anchorGrain = offset.anchor() instanceof Node.TimeTrunc trunc ? Optional.of(trunc.grain())
          : isDate(offset.anchor()) ? Optional.of(TimeGrain.DAY) : Optional.empty();
    }
    if (anchorGrain.isEmpty()) {
      report.add(Message.COHORT_ANCHOR_NOT_TIME, attribute.origin(), offset.anchor(), what, anchorText);
    } else if (anchorGrain.get() != offset.grain()) {
      report.add(Message.COHORT_CALENDAR, attribute.origin(), offset.anchor(), what, offset.grain().sqlName(),
          Nodes.describe(offset.period()), anchorText, anchorGrain.get().sqlName(), offset.grain().sqlName());
    }
  }

  private static boolean isDate(Node expr) {
    return expr instanceof Node.ColumnRef column && column.type() == dev.grainline.SqlType.DATE;
  }
}
