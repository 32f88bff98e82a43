package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.MetricAnnotation;
import java.util.Set;

/** A field that declares no metric, with the metric annotations it carries (usually none). */
public record AnnotatedMember(Set<MetricAnnotation> annotations, Origin origin) {}
