package dev.grainline.internal.model.validation;

import dev.grainline.internal.model.Origin;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the diagnostics of one model assembly. Nodes that the assembler rebuilt (lowered) are mapped back to the
 * DSL nodes they came from, so that a diagnostic points at what the user wrote.
 */
public final class Report {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Object, Object> provenance = new IdentityHashMap<>();

  /** Records that {@code rebuilt} was made from {@code original}. */
  public void derived(Object original, Object rebuilt) {
    if (original != rebuilt) {
      provenance.putIfAbsent(rebuilt, original(original));
    }
  }

  /** The node as the user wrote it. */
  public Object original(Object node) {
    Object current = node;
    for (int hops = 0; hops < 64; hops++) {
      Object earlier = provenance.get(current);
      if (earlier == null) {
        return current;
      }
      current = earlier;
    }
    return current;
  }

  public void add(Message message, Origin origin, Object node, Object... args) {
    diagnostics.add(new Diagnostic(message, message.format(args), origin,
        Optional.ofNullable(node).map(this::original)));
  }

  /**
   * Reports that {@code kind} {@code name} is defined twice: an error at the second definition (shown at its name),
   * with a note at the first.
   */
  public void duplicate(String kind, String name, Origin first, Origin second) {
    diagnostics.add(new Diagnostic(Message.DUPLICATE_NAME, Message.DUPLICATE_NAME.format(kind, name, first, second),
        second, Optional.empty(),
        List.of(new Diagnostic.Note(Message.DUPLICATE_NAME_FIRST.format(kind, name), first))));
  }

  /** Adds a diagnostic whose text is already formatted, such as a query problem. */
  public void addFormatted(Message message, String text, Origin origin, Object node) {
    diagnostics.add(new Diagnostic(message, text, origin, Optional.ofNullable(node).map(this::original)));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public int errorCount() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
