package dev.grainline.internal.model.validation.rules;

import dev.grainline.internal.model.validation.Report;
import java.util.List;

/**
 * The rules of one kind of subject, in groups that run in order. The rules of a group are independent of each other
 * and all run, so that one compile shows every problem; a later group relies on what the earlier ones checked, so
 * what fails a group is left out of the groups after it, and no error follows only from another.
 */
public record Ruleset<S>(List<List<Rule<S>>> groups) {
  public Ruleset {
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** One group: rules that all run on every subject. */
  public static <S> Ruleset<S> of(List<Rule<S>> rules) {
    return new Ruleset<>(List.of(rules));
  }

  /** Two groups: the second runs on what passed the first. */
  public static <S> Ruleset<S> of(List<Rule<S>> first, List<Rule<S>> then) {
    return new Ruleset<>(List.of(first, then));
  }

  /** Every rule, in the order they run. */
  public List<Rule<S>> inOrder() {
    return groups.stream().flatMap(List::stream).toList();
  }

  /**
   * Checks one subject: the groups in order, up to the first that reports an error (the subject then failed, and the
   * later groups have nothing sound to look at). Returns whether no rule reported an error.
   */
  public boolean check(S subject, Report report) {
    for (List<Rule<S>> group : groups) {
      int before = report.errorCount();
      group.forEach(rule -> rule.check(subject, report));
      if (report.errorCount() > before) {
        return false;
      }
    }
    return true;
  }
}
