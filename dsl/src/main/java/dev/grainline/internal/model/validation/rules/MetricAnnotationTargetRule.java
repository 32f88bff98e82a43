package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.assembly.MetricAnnotation;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.internal.model.validation.Report;

/** {@code @Metric} and {@code @Derived} belong on fields that declare a metric. */
final class MetricAnnotationTargetRule implements Rule<AnnotatedMember> {
  @Override
  public void check(AnnotatedMember member, Report report) {
    for (MetricAnnotation annotation : member.annotations()) {
      report.add(Message.METRIC_ANNOTATION_TARGET, member.origin(), null, annotation.written(), member.origin());
    }
  }
}
