package dev.grainline.processor.reporting;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.grainline.internal.model.validation.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics where the user wrote the offending code: at a tree (a call, an argument), at an element (a
 * field, a class, a package), or nowhere in particular. Counts errors, so that a step can tell whether its model is
 * clean, and prints each distinct diagnostic once.
 *
 * <p>A reporter made {@link #holding} keeps what it is told until the processor decides, at the end of a round,
 * to {@link #release} it or to {@link #discard} it: any error a processor prints stops javac before it reports the
 * user's own Java errors, so a round that met one prints none of its own.
 */
public final class Reporter {
  private final Messager messager;
  private final Trees trees;
  private final Set<Printed> printed = new HashSet<>();
  private final List<Runnable> held = new ArrayList<>();
  private final boolean holding;
  private int errors;

  /** What was printed where; trees and elements are compared by identity, which is what javac gives us. */
  private record Printed(Kind kind, String text, Object place) {}

  public Reporter(Messager messager, Trees trees) {
    this(messager, trees, false);
  }

  private Reporter(Messager messager, Trees trees, boolean holding) {
    this.messager = messager;
    this.trees = trees;
    this.holding = holding;
  }

  /** A reporter that prints nothing until {@link #release()}; elements must be printed in the round they are from. */
  public static Reporter holding(Messager messager, Trees trees) {
    return new Reporter(messager, trees, true);
  }

  /** Prints what was held, in the order it was reported. */
  public void release() {
    held.forEach(Runnable::run);
    held.clear();
  }

  /** Forgets what was held: javac's own errors come first, and these come again on the next compile. */
  public void discard() {
    held.clear();
  }

  /** The number of errors printed so far. */
  public int errorCount() {
    return errors;
  }

  /** Formats {@code message} with {@code args} and prints it at {@code path}. */
  public void report(Message message, TreePath path, Object... args) {
    report(kindOf(message.severity()), message.format(args), path);
  }

  /** Formats {@code message} with {@code args} and prints it at {@code element}. */
  public void report(Message message, Element element, Object... args) {
    report(kindOf(message.severity()), message.format(args), element);
  }

  /**
   * Prints an already formatted message at a tree. A call is shown at its method name (javac's caret goes under the
   * dot of {@code .limit(0)} or the start of {@code sum(...)}), not at its opening parenthesis.
   */
  public void report(Kind kind, String text, TreePath path) {
    Tree place = path.getLeaf() instanceof MethodInvocationTree call ? call.getMethodSelect() : path.getLeaf();
    if (count(kind, text, place)) {
      print(() -> trees.printMessage(kind, text, place, path.getCompilationUnit()));
    }
  }

  /** Prints an already formatted message at an element (javac points at its name). */
  public void report(Kind kind, String text, Element element) {
    if (count(kind, text, element)) {
      print(() -> messager.printMessage(kind, text, element));
    }
  }

  private void print(Runnable printing) {
    if (holding) {
      held.add(printing);
    } else {
      printing.run();
    }
  }

  private boolean count(Kind kind, String text, Object place) {
    if (!printed.add(new Printed(kind, text, new Identity(place)))) {
      return false;
    }
    if (kind == Kind.ERROR) {
      errors++;
    }
    return true;
  }

  public static Kind kindOf(Message.Severity severity) {
    return switch (severity) {
      case ERROR -> Kind.ERROR;
      case WARNING -> Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
  }

  /** Compares the wrapped object by identity: javac's trees and elements have no value equality worth trusting. */
  private record Identity(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity identity && identity.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }
}
