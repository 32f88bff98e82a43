package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.Model;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.query.QuerySpec;

/** A named query's lowered spec, before it is resolved against {@code model} (the sound part it may use). */
public record NamedQueryDraft(QuerySpec spec, Model model, Origin origin) {}
