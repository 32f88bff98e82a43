package dev.grainline.internal.model.graph;

import dev.grainline.internal.model.RolePath;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.validation.Message;
import java.util.List;
import java.util.Optional;

/**
 * Why a reference to another entity's attribute does not resolve to one join path, as the message to report and its
 * arguments. Every rule that resolves such a reference (a query's dimensions and filters, attributes joined into an
 * aggregate, a window's time attribute) says it through {@link #of}, so the three ways of failing read alike.
 */
public record PathProblem(Message message, List<Object> arguments) {
  public PathProblem {
    arguments = List.copyOf(arguments);
  }

  public Object[] args() {
    return arguments.toArray();
  }

  /** The problem of {@code ref}'s resolution, worded as {@code wording} says; empty when it resolved. */
  public static Optional<PathProblem> of(PathResolution resolution, AttributeRef ref, Wording wording) {
    return switch (resolution) {
      case PathResolution.Resolved r -> Optional.empty();
      case PathResolution.Unreachable u -> Optional.of(wording.unreachable());
      case PathResolution.NoSuchRole n -> Optional.of(wording.noSuchRole(RolePaths.described(n.available()),
          RolePaths.didYouMean(ref.rolePath(), n.available())));
      case PathResolution.Ambiguous a -> Optional.of(wording.ambiguous(RolePaths.described(a.candidates()),
          RolePaths.example(ref.attributeName(), a.candidates())));
    };
  }

  /** How one kind of reference says each way of not resolving. */
  public sealed interface Wording {
    PathProblem unreachable();

    /** {@code available}: the role paths there are, described; {@code didYouMean}: a suggestion or "". */
    PathProblem noSuchRole(String available, String didYouMean);

    /** {@code candidates}: the paths that fit, described; {@code example}: the reference naming one of them. */
    PathProblem ambiguous(String candidates, String example);
  }

  /** A dimension {@code ref} used from {@code from}'s rows, which {@code neededBy} reads. */
  public record Dimension(AttributeRef ref, String from, String neededBy) implements Wording {
    @Override
    public PathProblem unreachable() {
      return new PathProblem(Message.UNREACHABLE, List.of(ref, from, neededBy));
    }

    @Override
    public PathProblem noSuchRole(String available, String didYouMean) {
      return new PathProblem(Message.UNKNOWN_ROLE, List.of(ref, from, ref.entity(), available, didYouMean));
    }

    @Override
    public PathProblem ambiguous(String candidates, String example) {
      return new PathProblem(Message.AMBIGUOUS_PATH, List.of(ref, from, candidates, example));
    }
  }

  /** The time attribute {@code axis} of a window over {@code windowed} in {@code metric}, read from {@code fact}. */
  public record Window(String metric, AttributeRef axis, String fact, String windowed) implements Wording {
    @Override
    public PathProblem unreachable() {
      return new PathProblem(Message.WINDOW_UNREACHABLE, List.of(metric, axis, fact, windowed));
    }

    @Override
    public PathProblem noSuchRole(String available, String didYouMean) {
      return new PathProblem(Message.WINDOW_UNKNOWN_ROLE, List.of(metric, axis, fact, windowed,
          axis.rolePath().map(RolePath::bracketed).orElse(""), available, didYouMean));
    }

    @Override
    public PathProblem ambiguous(String candidates, String example) {
      return new PathProblem(Message.WINDOW_AMBIGUOUS_PATH, List.of(metric, axis, fact, windowed, candidates,
          example));
    }
  }
}
