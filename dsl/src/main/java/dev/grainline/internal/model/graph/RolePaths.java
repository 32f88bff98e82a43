package dev.grainline.internal.model.graph;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How diagnostics name the role paths by which one entity reaches another, in one place for every rule that
 * resolves a dimension reference (named queries and text queries, attributes joined into measures, windows).
 */
public final class RolePaths {
  private RolePaths() {}

  /**
   * "as [order] or [customer->home]"; a path without roles is "without a role" (never "[]"), as in "as [gift] or
   * without a role".
   */
  public static String described(List<JoinPath> paths) {
    List<String> roled = written(paths);
    boolean plain = paths.stream().anyMatch(p -> p.rolePath().isEmpty());
    List<String> parts = new ArrayList<>();
    if (!roled.isEmpty()) {
      parts.add("as " + Suggestions.orList(roled));
    }
    if (plain) {
      parts.add("without a role");
    }
    return String.join(" or ", parts);
  }

  /** "; did you mean [ordered]?" for a misspelt role path, or "". */
  public static String didYouMean(Optional<RolePath> asked, List<JoinPath> available) {
    return Suggestions.didYouMean(asked.map(RolePath::bracketed).orElse(""), written(available));
  }

  /** The reference as it could be written to name one of the paths: "v3.date.week[order]". */
  public static String example(String attributeName, List<JoinPath> paths) {
    return attributeName + paths.stream().map(JoinPath::rolePath).filter(r -> !r.isEmpty()).findFirst()
        .map(RolePath::bracketed).orElse("");
  }

  /** The distinct non-empty role paths, bracketed as users write them. */
  private static List<String> written(List<JoinPath> paths) {
    return paths.stream().map(JoinPath::rolePath).filter(r -> !r.isEmpty()).map(RolePath::bracketed).distinct()
        .toList();
  }
}
