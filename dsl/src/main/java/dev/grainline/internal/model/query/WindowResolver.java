package dev.grainline.internal.model.query;

import dev.grainline.internal.model.MetricDef;
import dev.grainline.internal.model.Model;
import dev.grainline.dsl.TimeGrain;
import dev.grainline.internal.model.TimePeriod;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.internal.model.expr.Node.Aggregate;
import dev.grainline.internal.model.expr.Node.AttributeRef;
import dev.grainline.internal.model.expr.Node.Windowed;
import dev.grainline.internal.model.expr.Nodes;
import dev.grainline.internal.model.expr.WindowFrame;
import dev.grainline.internal.model.graph.JoinPath;
import dev.grainline.internal.model.query.QueryProblem.Subject;
import dev.grainline.internal.model.time.Calendars;
import dev.grainline.internal.model.time.Windows;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query rules of window metrics: the query must group by a time attribute of the window's calendar at a grain
 * the window is defined at, and every filter condition must be either about that calendar (it restricts the rows
 * shown) or not about it at all (it restricts what the window reads too).
 */
final class WindowResolver {
  private final Model model;
  private final Windows windows;

  WindowResolver(Model model, Windows windows) {
    this.model = model;
    this.windows = windows;
  }

  /** The windows of the query's metrics, each once, in order of appearance; problems where a rule is broken. */
  List<WindowUse> resolve(QuerySpec spec, List<MetricDef> metrics, List<MetricDef> filterOnly,
      Map<String, Map<AttributeRef, JoinPath>> paths, List<QueryProblem> problems) {
    Map<Windowed, Subject> windowsFound = new LinkedHashMap<>();
    Map<Windowed, String> usedBy = new LinkedHashMap<>();
    List<MetricDef> all = new ArrayList<>(metrics);
    all.addAll(filterOnly);
    for (MetricDef metric : all) {
      int index = spec.metrics().indexOf(metric.name());
      Subject subject = index >= 0 ? new Subject.MetricAt(index) : new Subject.Whole();
      for (Windowed window : Nodes.collect(windows.expand(metric.name()), Windowed.class)) {
        windowsFound.putIfAbsent(window, subject);
        usedBy.putIfAbsent(window, metric.name());
      }
    }
    List<WindowUse> uses = new ArrayList<>();
    // A metric's windows share its time attribute: a problem with it is reported once, not once per window.
    Set<QueryProblem> found = new LinkedHashSet<>();
    for (var entry : windowsFound.entrySet()) {
      use(spec, entry.getKey(), usedBy.get(entry.getKey()), entry.getValue(), paths, found).ifPresent(uses::add);
    }
    problems.addAll(found);
    return uses;
  }

  private Optional<WindowUse> use(QuerySpec spec, Windowed window, String metric, Subject subject,
      Map<String, Map<AttributeRef, JoinPath>> paths, Set<QueryProblem> problems) {
    AttributeRef axis = (AttributeRef) window.axis();
    TimePeriod axisPeriod = Calendars.period(model, axis).orElseThrow();
    Set<String> facts = new LinkedHashSet<>();
    Nodes.collect(window.metric(), Aggregate.class).forEach(a -> facts.add(a.entity()));
    Map<String, JoinPath> axisPaths = new LinkedHashMap<>();
    for (String fact : facts) {
      axisPaths.put(fact, ((dev.grainline.internal.model.graph.PathResolution.Resolved)
          model.graph().resolve(fact, axis.entity(), axis.rolePath())).path());
    }
    String described = metric;

    // The finest requested time attribute of the window's calendar, where the window is defined.
    Optional<AttributeRef> rowTime = Optional.empty();
    List<String> refused = new ArrayList<>();
    List<AttributeRef> partitions = new ArrayList<>();
    for (AttributeRef dimension : spec.dimensions()) {
      if (!facts.stream().allMatch(f -> sameCalendar(dimension, f, axis, axisPaths, paths))) {
        partitions.add(dimension);
        continue;
      }
      Optional<TimePeriod> period = Calendars.period(model, dimension);
      if (period.isEmpty()) {
        continue;
      }
      if (!definedAt(window.frame(), axisPeriod.grain(), period.get().grain())) {
        refused.add(dimension.toString());
        continue;
      }
      if (rowTime.isEmpty()
          || period.get().grain().finerThan(Calendars.period(model, rowTime.get()).orElseThrow().grain())) {
        rowTime = Optional.of(dimension);
      }
    }
    if (rowTime.isEmpty()) {
      problems.add(refused.isEmpty()
          ? QueryProblem.of(Message.WINDOW_GRAIN, subject, described, axisPeriod.grain().sqlName(), axis, axis)
          : QueryProblem.of(Message.WINDOW_GRAIN_REFUSED, subject, described, axisPeriod.grain().sqlName(), axis,
              axis, String.join(", ", refused), refused.size() == 1 ? "is" : "are"));
      return Optional.empty();
    }

    TimeGrain rowGrain = Calendars.period(model, rowTime.get()).orElseThrow().grain();
    // Split the filter: conditions on the window's calendar restrict the rows shown, the others what it reads.
    Set<Integer> calendarConditions = new java.util.HashSet<>();
    if (spec.where().isPresent()) {
      List<Node> conditions = WindowUse.conditions(spec.where().get());
      for (int i = 0; i < conditions.size(); i++) {
        Node condition = conditions.get(i);
        List<AttributeRef> refs = Nodes.collect(condition, AttributeRef.class);
        long onCalendar = refs.stream()
            .filter(r -> facts.stream().allMatch(f -> sameCalendar(r, f, axis, axisPaths, paths))).count();
        long offCalendar = refs.stream()
            .filter(r -> facts.stream().noneMatch(f -> sameCalendar(r, f, axis, axisPaths, paths))).count();
        if (onCalendar + offCalendar < refs.size() || (onCalendar > 0 && offCalendar > 0)) {
          problems.add(QueryProblem.of(Message.WINDOW_FILTER, new Subject.InWhere(condition),
              Nodes.describe(condition), axis.entity(), described));
        } else if (onCalendar > 0) {
          calendarConditions.add(i);
          if (!axisPeriod.grain().contains(rowGrain) && !cutsNoRowPeriod(refs, rowGrain)) {
            problems.add(QueryProblem.of(Message.WINDOW_GRAIN_CUT, new Subject.InWhere(condition), described,
                axisPeriod.grain().sqlName(), axis, rowTime.get(), rowGrain.sqlName(), Nodes.describe(condition),
                rowGrain.plural()));
          }
        }
      }
    }
    return Optional.of(new WindowUse(window, axisPeriod.grain(), List.copyOf(facts), rowTime.get(), rowGrain,
        partitions, calendarConditions));
  }

  /**
   * Whether a window over periods of {@code axis} can be shown on rows of {@code row}: on finer rows inside one
   * period, each row shows its period's value; on coarser rows, a running total or a to-date value is the value at
   * the row's last period, and the other windows have no single value.
   */
  static boolean definedAt(WindowFrame frame, TimeGrain axis, TimeGrain row) {
    if (axis.contains(row)) {
      return true;
    }
    return switch (frame) {
      case WindowFrame.Cumulative c -> row.contains(axis);
      case WindowFrame.ToDate d -> row.contains(axis) && d.grain().contains(row);
      case WindowFrame.Current c -> false;
      case WindowFrame.Trailing t -> false;
    };
  }

  /**
   * Whether a condition on the calendar keeps or drops whole periods of the rows: on rows coarser than a running
   * total's or to-date window's periods, the value shown is the one at the end of the row's period, so a condition
   * on finer attributes (days of a month shown by month) would show a value past the rows it keeps.
   */
  private boolean cutsNoRowPeriod(List<AttributeRef> refs, TimeGrain rowGrain) {
    return refs.stream().allMatch(ref -> Calendars.period(model, ref)
        .map(period -> period.grain().contains(rowGrain)).orElse(false));
  }

  private boolean sameCalendar(AttributeRef ref, String fact, AttributeRef axis, Map<String, JoinPath> axisPaths,
      Map<String, Map<AttributeRef, JoinPath>> paths) {
    JoinPath refPath = paths.getOrDefault(fact, Map.of()).get(ref);
    return refPath != null && Calendars.sameCalendar(model, ref, refPath, axis, axisPaths.get(fact));
  }
}
