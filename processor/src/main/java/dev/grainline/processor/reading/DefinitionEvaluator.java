package dev.grainline.processor.reading;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.grainline.DefinitionException;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.FieldRef;
import dev.grainline.internal.model.validation.Message;
import dev.grainline.processor.reporting.Reporter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Computes the values of static field initializers inside javac, by walking their trees and running the real DSL
 * methods reflectively: {@code sum(QUANTITY.times(UNIT_PRICE))} becomes the same {@code MeasureImpl} that the class
 * initializer builds at run time, because it is built by the same code. There is no second interpretation of the
 * DSL to keep in step with the first.
 *
 * <p>What a definition may contain: literals, constants, arithmetic, comparisons and string concatenation on
 * constants, casts of constants, references to static fields (of the compilation's sources, evaluated recursively and
 * memoized, or of libraries, read reflectively), class literals, calls of the Grainline DSL (and of the static
 * factories of {@link #VALUE_TYPES}), calls of helper methods and {@code ?:} with a constant condition. Anything else
 * is reported as {@link Message#UNSUPPORTED_SYNTAX} at the offending subtree, or, in the count of {@code lag},
 * {@code lead} or {@code trailing}, as {@link Message#WINDOW_OFFSET} at the count.
 *
 * <p>A <em>helper method</em> is a static method of the compilation's sources whose body is one statement,
 * {@code return <expression>;}: {@code static Column<BigDecimal> money(String column) { return
 * O.decimalCol(column).times(100); }}. A call binds the parameters to the evaluated arguments (parameters are the only
 * local variables a helper has) and evaluates the expression by the same rules, every time: two calls build two sets
 * of DSL objects, as they do at run time. Helpers may call helpers, recursively too, {@link #MAX_HELPER_DEPTH} deep at
 * most. Errors that depend on the values (a DSL call that rejects its arguments, an exception) and the model
 * assembler's diagnostics about what a helper built are shown at the definition's call of the helper, in the field
 * being defined; errors in the helper's code itself (unsupported syntax) are shown in the helper. Methods of
 * compiled libraries have no trees to read and stay unsupported ({@link Message#LIBRARY_METHOD}).
 *
 * <p>The condition of {@code c ? a : b} must be a constant ({@link #isConstant}); only the chosen branch is
 * evaluated, as at run time. Calls that read the clock or a random source are rejected
 * ({@link Message#NON_DETERMINISTIC}): a definition is computed once per class initialisation, so their values would
 * be frozen.
 *
 * <p>Every DSL object a call returns is recorded in {@link #provenance()}, so that the model assembler's diagnostics,
 * which name model nodes, can be shown at the exact call or argument. Every read of a static field of the sources
 * and every helper call is recorded in {@link #staticAccesses()}, in evaluation order, so that
 * {@link InitializationOrder} can check that no class initialisation order reads a field before it is assigned.
 */
public final class DefinitionEvaluator {
  private static final String DSL_PACKAGE = "dev.grainline.dsl";

  /** Value classes whose static factories a definition may call: {@code LocalDate.of(2024, 1, 1)}. */
  private static final Set<String> VALUE_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
      "java.math.BigDecimal");

  /** Field types whose fields stand in for themselves when read again while they are evaluated: a metric cycle. */
  private static final Set<String> METRIC_TYPES = Set.of("dev.grainline.dsl.Metric", "dev.grainline.dsl.Measure");

  private static final int MAX_SHOWN = 60;

  /** How deep helper methods may call helper methods: enough for any helper written on purpose, not for a loop. */
  static final int MAX_HELPER_DEPTH = 32;

  /**
   * Classes every method of which reads the clock or a random source, and (below) methods that do on other classes.
   * The {@code now} methods of every java.time type are matched by name.
   */
  private static final Set<String> NON_DETERMINISTIC_CLASSES = Set.of("java.time.Clock", "java.time.InstantSource",
      "java.util.Random", "java.util.concurrent.ThreadLocalRandom", "java.security.SecureRandom",
      "java.util.random.RandomGenerator");
  private static final Set<String> NON_DETERMINISTIC_METHODS = Set.of("java.lang.Math.random",
      "java.lang.StrictMath.random", "java.lang.System.currentTimeMillis", "java.lang.System.nanoTime",
      "java.util.UUID.randomUUID");

  /** The DSL's window functions whose int argument is a count of periods, with what the DSL calls that count. */
  private static final String WINDOWS_CLASS = "dev.grainline.dsl.Grainline";
  private static final Map<String, String> WINDOW_COUNTS = Map.of("lag", "number of periods", "lead",
      "number of periods", "trailing", "window size");

  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final ReflectiveDsl reflection;
  private final FieldReads reads;
  private final Provenance provenance = new Provenance();
  private final Map<VariableElement, FieldState> fields = new HashMap<>();
  private final Deque<VariableElement> evaluating = new ArrayDeque<>();
  /** The count argument of a window function being evaluated, if any; see {@link #unsupported}. */
  private WindowCount windowCount;
  /**
   * The helper methods being evaluated for the current field, innermost first. Each field's evaluation has its own
   * stack: a field that a helper reads is evaluated as its own initializer, outside the helper.
   */
  private Deque<HelperFrame> helpers = new ArrayDeque<>();
  /** What each evaluated initializer reads and calls, in evaluation order; see {@link StaticAccess}. */
  private final Map<VariableElement, List<StaticAccess>> accesses = new LinkedHashMap<>();

  /** A call of a helper method being evaluated: the call (in the caller's code) and the parameters' values. */
  private record HelperFrame(ExecutableElement method, TreePath call, Map<VariableElement, Argument> arguments) {}

  /** A parameter's value, and whether the argument was a constant (which a constant condition may then use). */
  private record Argument(Object value, boolean constant) {}

  /** The count argument of {@code lag}, {@code lead} or {@code trailing}, in the initializer of {@code field}. */
  private record WindowCount(String function, String what, TreePath argument, VariableElement field) {}

  /** How far the evaluation of a source field has got. */
  private sealed interface FieldState {
    record InProgress() implements FieldState {}

    /** Evaluated; {@code value} is null for a field initialized to null. */
    record Done(Object value) implements FieldState {}

    /** Evaluation failed; the reason has been reported, or, if {@code unresolved}, is javac's to report. */
    record Failed(boolean unresolved) implements FieldState {}
  }

  /** The outcome of evaluating a field. */
  public sealed interface Evaluated {
    /** The field's value; empty if it is null. */
    record Value(Optional<Object> value) implements Evaluated {}

    /** The field could not be evaluated; the reason has been reported. */
    record Failed() implements Evaluated {}

    /**
     * The field could not be evaluated because its initializer uses a name javac has not resolved: a mistake that
     * javac reports, or a type that another processor has not generated yet. Nothing has been reported.
     */
    record Unresolved() implements Evaluated {}
  }

  /**
   * What the processor decides about the static fields of other classes that definitions read: whether a
   * definition may read one at all (not a field of another model that its own does not include), and, for what it
   * reads, the value, so that it can tell the assembler which field declares a declaration met elsewhere.
   */
  public interface FieldReads {
    /** The message to report where {@code from}'s initializer reads {@code field}, if it may not; else empty. */
    Optional<String> refusal(VariableElement from, VariableElement field);

    /** A definition read {@code field}, whose value is {@code value} (null for a field initialized to null). */
    void read(VariableElement field, Object value);
  }

  /**
   * Abandons the evaluation of the current field after the reason was reported, or, if {@code unresolved}, because
   * a name is not resolved, which is javac's to report. Carries no stack trace: it is how an error found deep
   * inside an initializer unwinds to the field, not a bug.
   */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean unresolved;

    private Abandoned(boolean unresolved) {
      super(null, null, false, false);
      this.unresolved = unresolved;
    }

    static Abandoned reported() {
      return new Abandoned(false);
    }

    static Abandoned unresolved() {
      return new Abandoned(true);
    }
  }

  /**
   * @param loader loads the classes of library fields that definitions read, and the DSL
   * @param reads decides about, and is told of, the fields of other classes that definitions read
   */
  public DefinitionEvaluator(Trees trees, Elements elements, Types types, Reporter reporter, ClassLoader loader,
      FieldReads reads) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
    this.reflection = new ReflectiveDsl(elements, types, loader);
    this.reads = reads;
  }

  /** Where the values evaluated so far came from. */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The static fields of the sources that each initializer evaluated so far reads, and the helper methods it calls,
   * in the order the JVM does so at run time (a helper's own accesses follow its call).
   */
  public Map<VariableElement, List<StaticAccess>> staticAccesses() {
    Map<VariableElement, List<StaticAccess>> copy = new LinkedHashMap<>();
    accesses.forEach((field, list) -> copy.put(field, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  /** Evaluates a static field of the compilation's sources (memoized). */
  public Evaluated evaluate(VariableElement field) {
    TreePath declaration = trees.getPath(field);
    if (declaration == null) {
      return new Evaluated.Failed();
    }
    try {
      return new Evaluated.Value(Optional.ofNullable(sourceField(field, declaration, declaration)));
    } catch (Abandoned abandoned) {
      return abandoned.unresolved ? new Evaluated.Unresolved() : new Evaluated.Failed();
    }
  }

  // --- fields --------------------------------------------------------------------------------------------------

  private Object sourceField(VariableElement field, TreePath declaration, TreePath reference) {
    FieldState state = fields.get(field);
    return switch (state) {
      case FieldState.Done done -> done.value();
      case FieldState.Failed failed -> throw new Abandoned(failed.unresolved());
      case FieldState.InProgress inProgress -> reentered(field, reference);
      case null -> {
        fields.put(field, new FieldState.InProgress());
        evaluating.push(field);
        Deque<HelperFrame> callers = helpers;
        helpers = new ArrayDeque<>();
        try {
          Object value = initializer(field, declaration);
          fields.put(field, new FieldState.Done(value));
          yield value;
        } catch (Abandoned abandoned) {
          fields.put(field, new FieldState.Failed(abandoned.unresolved));
          throw abandoned;
        } finally {
          helpers = callers;
          evaluating.pop();
        }
      }
    };
  }

  private Object initializer(VariableElement field, TreePath declaration) {
    VariableTree variable = (VariableTree) declaration.getLeaf();
    ExpressionTree initializer = variable.getInitializer();
    if (initializer == null) {
      throw unsupported(declaration, field.getSimpleName() + " without an initializer");
    }
    TreePath path = new TreePath(declaration, initializer);
    // javac attributes lazily: asking for an element attributes the enclosing class, after which every node of the
    // initializer has its symbol and type.
    trees.getElement(path);
    return assignmentConversion(evaluate(path), field.asType());
  }

  /**
   * A field read again while its own initializer is being evaluated. A metric field stands in for itself by place,
   * so that the model assembler reports the cycle with metric names; any other cycle has no value to stand in.
   */
  private Object reentered(VariableElement field, TreePath reference) {
    String className = className(field);
    if (isMetricType(field.asType())) {
      try {
        return reflection.metricStandingFor(new FieldRef(className, field.getSimpleName().toString()));
      } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
        throw failed(reference, "reading " + describe(field), e);
      }
    }
    List<VariableElement> chain = new ArrayList<>(evaluating);
    Collections.reverse(chain);
    List<String> steps = chain.subList(chain.indexOf(field), chain.size()).stream().map(this::describe).toList();
    String path = String.join("\n    uses ", steps) + "\n    uses " + describe(field);
    reporter.report(Message.CYCLE, site(reference), describe(field), path);
    throw Abandoned.reported();
  }

  private boolean isMetricType(TypeMirror type) {
    return types.erasure(type) instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && METRIC_TYPES.contains(element.getQualifiedName().toString());
  }

  private Object libraryField(VariableElement field, TreePath reference) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    try {
      return reflection.staticField(owner, field.getSimpleName().toString());
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw failed(reference, "reading " + describe(field), e);
    }
  }

  // --- expressions ---------------------------------------------------------------------------------------------

  private Object evaluate(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case PARENTHESIZED -> evaluate(child(path, ((ParenthesizedTree) tree).getExpression()));
      case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL, BOOLEAN_LITERAL, CHAR_LITERAL, STRING_LITERAL,
          NULL_LITERAL -> ((LiteralTree) tree).getValue();
      case UNARY_MINUS, UNARY_PLUS, LOGICAL_COMPLEMENT -> unary(path, (UnaryTree) tree);
      case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> binary(path, (BinaryTree) tree);
      case LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, EQUAL_TO, NOT_EQUAL_TO ->
          comparison(path, (BinaryTree) tree);
      case CONDITIONAL_AND, CONDITIONAL_OR -> logical(path, (BinaryTree) tree);
      case CONDITIONAL_EXPRESSION -> conditional(path, (ConditionalExpressionTree) tree);
      case TYPE_CAST -> cast(path, (TypeCastTree) tree);
      case IDENTIFIER -> reference(path);
      case MEMBER_SELECT -> ((MemberSelectTree) tree).getIdentifier().contentEquals("class")
          ? classLiteral(path, (MemberSelectTree) tree)
          : reference(path);
      case METHOD_INVOCATION -> call(path, (MethodInvocationTree) tree);
      default -> throw unsupported(path, tree.toString());
    };
  }

  /** A name: a static field, read or evaluated. */
  private Object reference(TreePath path) {
    Element element = trees.getElement(path);
    if (element == null || element.asType().getKind() == TypeKind.ERROR) {
      // An unresolved name is javac's to report; evaluating on would only add noise.
      throw Abandoned.unresolved();
    }
    if (element.getKind() == ElementKind.PARAMETER && !helpers.isEmpty()
        && helpers.peek().arguments().containsKey(element)) {
      return helpers.peek().arguments().get(element).value();
    }
    if (!(element instanceof VariableElement field)
        || (element.getKind() != ElementKind.FIELD && element.getKind() != ElementKind.ENUM_CONSTANT)) {
      throw unsupported(path, path.getLeaf().toString());
    }
    Object constant = field.getConstantValue();
    if (constant != null) {
      return constant;
    }
    if (!field.getModifiers().contains(Modifier.STATIC)) {
      throw unsupported(path, path.getLeaf().toString());
    }
    Optional<String> refusal = reads.refusal(evaluating.peek(), field);
    if (refusal.isPresent()) {
      reporter.report(Kind.ERROR, refusal.get(), path);
      throw Abandoned.reported();
    }
    TreePath declaration = trees.getPath(field);
    if (declaration == null) {
      Object value = libraryField(field, path);
      reads.read(field, value);
      return value;
    }
    if (field.getKind() == ElementKind.ENUM_CONSTANT) {
      // An enum of the sources being compiled has no class to read the constant from yet.
      throw unsupported(path, path.getLeaf().toString());
    }
    access(new StaticAccess.Read(field, site(path)));
    Object value = sourceField(field, declaration, path);
    reads.read(field, value);
    return value;
  }

  private Object classLiteral(TreePath path, MemberSelectTree literal) {
    TypeMirror type = trees.getTypeMirror(child(path, literal.getExpression()));
    if (type == null || type.getKind() == TypeKind.ERROR) {
      throw Abandoned.unresolved();
    }
    try {
      return reflection.classOf(types.erasure(type));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw failed(path, literal.toString(), e);
    }
  }

  private Object call(TreePath path, MethodInvocationTree call) {
    Element element = trees.getElement(path);
    if (!(element instanceof ExecutableElement method) || element.getKind() != ElementKind.METHOD) {
      throw Abandoned.unresolved(); // javac reports it
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    if (isNonDeterministic(owner, method)) {
      reporter.report(Message.NON_DETERMINISTIC, path, shorten(call.toString()));
      throw Abandoned.reported();
    }
    if (isStatic && !isDsl(owner) && trees.getPath(method) != null) {
      return helper(path, call, method);
    }
    if (!isDsl(owner) && !(isStatic && VALUE_TYPES.contains(owner.getQualifiedName().toString()))) {
      Optional<TreePath> clock = nonDeterministicCall(path);
      if (clock.isPresent()) {
        // LocalDate.now().minusDays(7): the reason it cannot work is the clock, not the method called on its value.
        reporter.report(Message.NON_DETERMINISTIC, clock.get(), shorten(clock.get().getLeaf().toString()));
        throw Abandoned.reported();
      }
      if (isStatic && !isPlatform(owner)) {
        reporter.report(Message.LIBRARY_METHOD, path, shorten(call.toString()),
            owner.getSimpleName() + "." + method.getSimpleName());
        throw Abandoned.reported();
      }
      throw unsupported(path, call.toString());
    }
    Object receiver = null;
    if (!isStatic) {
      if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
        throw unsupported(path, call.toString());
      }
      TreePath receiverPath = child(child(path, select), select.getExpression());
      receiver = evaluate(receiverPath);
      provenance.used(receiver, site(receiverPath), currentField());
      if (receiver == null) {
        throw failed(path, shortCall(method), new NullPointerException("the receiver is null"));
      }
    }
    List<TreePath> argumentPaths = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    for (ExpressionTree argument : call.getArguments()) {
      TreePath argumentPath = child(path, argument);
      Object value = argument(method, argumentPaths.size(), argumentPath);
      provenance.used(value, site(argumentPath), currentField());
      argumentPaths.add(argumentPath);
      arguments.add(value);
    }

    Object result;
    try {
      Method reflective = reflection.method(owner, method);
      result = reflective.invoke(receiver, invocationArguments(method, reflective, argumentPaths, arguments));
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof DefinitionException definition) {
        // The DSL rejected an argument; its message is formatted, with its id, for exactly this purpose.
        definition.errors().forEach(error -> reporter.report(Kind.ERROR, error.message(), site(path)));
        throw Abandoned.reported();
      }
      throw failed(path, shortCall(method), cause);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw failed(path, shortCall(method), e);
    }
    // A link given a role, and a table given an alias, are still what the call before made, and are shown there.
    if ((Declared.of(receiver) instanceof Declared.Link && Declared.of(result) instanceof Declared.Link)
        || (Declared.of(receiver) instanceof Declared.Table && Declared.of(result) instanceof Declared.Table)) {
      provenance.restated(result, receiver, site(path), currentField());
    } else {
      provenance.produced(result, site(path), currentField());
    }
    return result;
  }

  // --- helper methods ------------------------------------------------------------------------------------------

  /**
   * A call of a static method of the sources: its arguments evaluated and bound to its parameters, then its one
   * {@code return} expression evaluated, as at run time; see the class comment for what a helper may contain.
   */
  private Object helper(TreePath path, MethodInvocationTree call, ExecutableElement method) {
    TreePath declaration = trees.getPath(method);
    TreePath body = helperBody(declaration, method);
    if (helpers.size() >= MAX_HELPER_DEPTH) {
      List<String> chain = new ArrayList<>();
      helpers.descendingIterator().forEachRemaining(frame -> chain.add(describe(frame.method())));
      chain.add(describe(method));
      String shown = chain.size() <= 4 ? String.join(" calls ", chain)
          : String.join(" calls ", chain.subList(0, 3)) + " calls ... " + describe(method);
      reporter.report(Message.HELPER_DEPTH, path, shorten(call.toString()), MAX_HELPER_DEPTH, shown);
      throw Abandoned.reported();
    }
    List<TreePath> argumentPaths = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    List<Boolean> constants = new ArrayList<>();
    for (ExpressionTree argument : call.getArguments()) {
      TreePath argumentPath = child(path, argument);
      Object value = evaluate(argumentPath);
      provenance.used(value, site(argumentPath), currentField());
      argumentPaths.add(argumentPath);
      values.add(value);
      constants.add(isConstant(argumentPath));
    }
    Map<VariableElement, Argument> arguments = bind(path, method, argumentPaths, values, constants);
    // The JVM initialises the helper's class when the call runs, after its arguments, before its body.
    access(new StaticAccess.Call(method, site(path)));
    helpers.push(new HelperFrame(method, path, arguments));
    Object result;
    try {
      result = assignmentConversion(evaluate(body), method.getReturnType());
    } finally {
      helpers.pop();
    }
    provenance.produced(result, site(path), currentField());
    return result;
  }

  /**
   * The expression of a helper's one {@code return} statement; anything else in its body is reported as
   * {@link Message#HELPER_BODY}, at the statement (or the method, if it has no body).
   */
  private TreePath helperBody(TreePath declaration, ExecutableElement method) {
    MethodTree tree = (MethodTree) declaration.getLeaf();
    List<? extends StatementTree> statements = tree.getBody() == null ? List.of() : tree.getBody().getStatements();
    if (statements.size() == 1 && statements.get(0) instanceof ReturnTree returned
        && returned.getExpression() != null) {
      TreePath statement = child(child(declaration, tree.getBody()), returned);
      TreePath expression = child(statement, returned.getExpression());
      // Attributes the helper's class, as for an initializer, so that every node of the body has its symbol.
      trees.getElement(expression);
      return expression;
    }
    Optional<? extends StatementTree> offending = statements.stream()
        .filter(statement -> !(statement instanceof ReturnTree))
        .findFirst();
    if (offending.isPresent()) {
      reporter.report(Message.HELPER_BODY, child(child(declaration, tree.getBody()), offending.get()),
          shorten(offending.get().toString()));
    } else {
      reporter.report(Message.HELPER_BODY, declaration, describe(method));
    }
    throw Abandoned.reported();
  }

  /** The parameters' values; a varargs call in varargs form passes its trailing arguments as an array. */
  private Map<VariableElement, Argument> bind(TreePath path, ExecutableElement method, List<TreePath> argumentPaths,
      List<Object> values, List<Boolean> constants) {
    List<? extends VariableElement> parameters = method.getParameters();
    Map<VariableElement, Argument> bound = new HashMap<>();
    int fixed = method.isVarArgs() ? parameters.size() - 1 : parameters.size();
    for (int i = 0; i < fixed; i++) {
      bound.put(parameters.get(i),
          new Argument(assignmentConversion(values.get(i), parameters.get(i).asType()), constants.get(i)));
    }
    if (method.isVarArgs()) {
      VariableElement last = parameters.get(fixed);
      if (values.size() == parameters.size() && passesArray(method, argumentPaths)) {
        bound.put(last, new Argument(values.get(fixed), false));
      } else {
        try {
          TypeMirror component = ((ArrayType) last.asType()).getComponentType();
          Object packed = Array.newInstance(reflection.classOf(types.erasure(component)), values.size() - fixed);
          for (int i = fixed; i < values.size(); i++) {
            Array.set(packed, i - fixed, assignmentConversion(values.get(i), component));
          }
          bound.put(last, new Argument(packed, false));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
          throw failed(path, shortCall(method), e);
        }
      }
    }
    return bound;
  }

  // --- conditions ----------------------------------------------------------------------------------------------

  /**
   * {@code c ? a : b}: only the branch that the constant condition chooses is evaluated, as at run time, so the other
   * may hold what a definition could not (a metric of a fact the build leaves out). A condition that is not a
   * constant would need the evaluator to guess what it is at run time, and is reported at the condition.
   */
  private Object conditional(TreePath path, ConditionalExpressionTree conditional) {
    TreePath condition = child(path, conditional.getCondition());
    if (!isConstant(condition)) {
      throw unsupported(condition, Message.UNSUPPORTED_CONDITION, condition.getLeaf().toString());
    }
    boolean chosen = (Boolean) evaluate(condition);
    Object value = evaluate(child(path, chosen ? conditional.getTrueExpression() : conditional.getFalseExpression()));
    // 'c ? 1 : 2L' is a long whichever branch is chosen.
    TypeMirror type = trees.getTypeMirror(path);
    return type == null || type.getKind() == TypeKind.ERROR ? value : assignmentConversion(value, type);
  }

  /**
   * Whether an expression is a constant: a compile-time constant expression as Java defines it (literals, constant
   * variables, and operators, casts and {@code ?:} over constants), or a parameter of the helper being evaluated
   * whose argument was one. Decided from the tree, before evaluating anything.
   */
  private boolean isConstant(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree) {
      case ParenthesizedTree parenthesized -> isConstant(child(path, parenthesized.getExpression()));
      case LiteralTree literal -> literal.getKind() != Tree.Kind.NULL_LITERAL;
      case UnaryTree unary -> switch (unary.getKind()) {
        case UNARY_MINUS, UNARY_PLUS, LOGICAL_COMPLEMENT, BITWISE_COMPLEMENT ->
            isConstant(child(path, unary.getExpression()));
        default -> false; // ++ and --
      };
      case BinaryTree binary -> isConstant(child(path, binary.getLeftOperand()))
          && isConstant(child(path, binary.getRightOperand()));
      case ConditionalExpressionTree conditional -> isConstant(child(path, conditional.getCondition()))
          && isConstant(child(path, conditional.getTrueExpression()))
          && isConstant(child(path, conditional.getFalseExpression()));
      case TypeCastTree cast -> isConstant(child(path, cast.getExpression()))
          && trees.getTypeMirror(path) instanceof TypeMirror target
          && (target.getKind().isPrimitive() || isString(target));
      case IdentifierTree identifier -> isConstantName(path);
      case MemberSelectTree select -> isConstantName(path);
      default -> false;
    };
  }

  private boolean isConstantName(TreePath path) {
    Element element = trees.getElement(path);
    if (!(element instanceof VariableElement variable)) {
      return false;
    }
    if (variable.getConstantValue() != null) {
      return true;
    }
    return variable.getKind() == ElementKind.PARAMETER && !helpers.isEmpty()
        && helpers.peek().arguments().containsKey(variable) && helpers.peek().arguments().get(variable).constant();
  }

  private boolean isString(TypeMirror type) {
    return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals("java.lang.String");
  }

  /** {@code <}, {@code <=}, {@code >}, {@code >=} on numbers; {@code ==} and {@code !=} on numbers or booleans. */
  private Object comparison(TreePath path, BinaryTree binary) {
    Object left = evaluate(child(path, binary.getLeftOperand()));
    Object right = evaluate(child(path, binary.getRightOperand()));
    Tree.Kind operator = binary.getKind();
    boolean equality = operator == Tree.Kind.EQUAL_TO || operator == Tree.Kind.NOT_EQUAL_TO;
    if (equality && left instanceof Boolean a && right instanceof Boolean b) {
      return a.equals(b) == (operator == Tree.Kind.EQUAL_TO);
    }
    if (!isNumeric(left) || !isNumeric(right)) {
      return constantsOnly(path, binary);
    }
    return Numbers.compare(operator, left, right);
  }

  /** {@code &&} and {@code ||}, which read their right operand only when Java does. */
  private Object logical(TreePath path, BinaryTree binary) {
    if (!(evaluate(child(path, binary.getLeftOperand())) instanceof Boolean left)) {
      return constantsOnly(path, binary);
    }
    if (left == (binary.getKind() == Tree.Kind.CONDITIONAL_OR)) {
      return left;
    }
    Object right = evaluate(child(path, binary.getRightOperand()));
    return right instanceof Boolean ? right : constantsOnly(path, binary);
  }

  /**
   * The value of an argument. The count of a window function is a constant: anything else in it is reported as
   * {@link Message#WINDOW_OFFSET} rather than as unsupported syntax.
   */
  private Object argument(ExecutableElement method, int index, TreePath argumentPath) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String what = WINDOW_COUNTS.get(method.getSimpleName().toString());
    if (what == null || !owner.getQualifiedName().contentEquals(WINDOWS_CLASS)
        || index >= method.getParameters().size()
        || method.getParameters().get(index).asType().getKind() != TypeKind.INT) {
      return evaluate(argumentPath);
    }
    WindowCount outer = windowCount;
    windowCount = new WindowCount(shortCall(method), what, argumentPath, evaluating.peek());
    try {
      return evaluate(argumentPath);
    } finally {
      windowCount = outer;
    }
  }

  /**
   * The arguments as reflection wants them: a varargs call's trailing arguments packed into an array, as javac
   * does when the call is in varargs form.
   */
  private Object[] invocationArguments(
      ExecutableElement method, Method reflective, List<TreePath> argumentPaths, List<Object> arguments) {
    Class<?>[] parameters = reflective.getParameterTypes();
    int fixed = parameters.length - 1;
    if (!method.isVarArgs() || (arguments.size() == parameters.length && passesArray(method, argumentPaths))) {
      return arguments.toArray();
    }
    Object packed = Array.newInstance(parameters[fixed].getComponentType(), arguments.size() - fixed);
    for (int i = fixed; i < arguments.size(); i++) {
      Array.set(packed, i - fixed, arguments.get(i));
    }
    Object[] result = new Object[parameters.length];
    for (int i = 0; i < fixed; i++) {
      result[i] = arguments.get(i);
    }
    result[fixed] = packed;
    return result;
  }

  /** Whether the last argument of a varargs call is the array itself (non-varargs form). */
  private boolean passesArray(ExecutableElement method, List<TreePath> argumentPaths) {
    TypeMirror last = trees.getTypeMirror(argumentPaths.get(argumentPaths.size() - 1));
    TypeMirror parameter = method.getParameters().get(method.getParameters().size() - 1).asType();
    return last != null && types.isAssignable(last, types.erasure(parameter));
  }

  private Object unary(TreePath path, UnaryTree unary) {
    Object operand = evaluate(child(path, unary.getExpression()));
    return switch (unary.getKind()) {
      case LOGICAL_COMPLEMENT -> operand instanceof Boolean b ? !b : constantsOnly(path, unary);
      case UNARY_PLUS -> isNumeric(operand) ? Numbers.promote(operand) : constantsOnly(path, unary);
      default -> isNumeric(operand) ? Numbers.negate(Numbers.promote(operand)) : constantsOnly(path, unary);
    };
  }

  private Object binary(TreePath path, BinaryTree binary) {
    Object left = evaluate(child(path, binary.getLeftOperand()));
    Object right = evaluate(child(path, binary.getRightOperand()));
    if (binary.getKind() == Tree.Kind.PLUS && (left instanceof String || right instanceof String)) {
      return String.valueOf(left) + right;
    }
    if (!isNumeric(left) || !isNumeric(right)) {
      return constantsOnly(path, binary);
    }
    try {
      return Numbers.arithmetic(binary.getKind(), left, right);
    } catch (ArithmeticException e) {
      throw failed(path, binary.toString(), e);
    }
  }

  private Object cast(TreePath path, TypeCastTree cast) {
    Object value = evaluate(child(path, cast.getExpression()));
    TypeMirror target = trees.getTypeMirror(path);
    if (target == null || target.getKind() == TypeKind.ERROR) {
      throw Abandoned.unresolved();
    }
    if (target.getKind().isPrimitive() || unboxed(target).isPresent()) {
      return assignmentConversion(value, target);
    }
    try {
      Class<?> type = reflection.classOf(types.erasure(target));
      if (value == null || type.isInstance(value)) {
        return value;
      }
      throw new ClassCastException(value.getClass().getName() + " is not a " + type.getName());
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw failed(path, cast.toString(), e);
    }
  }

  // --- conversions ---------------------------------------------------------------------------------------------

  /**
   * The value as a variable of {@code type} holds it: {@code static final long LIMIT = 5} is a Long, not the
   * Integer the literal is. Reference types other than boxes take the value as it is.
   */
  private Object assignmentConversion(Object value, TypeMirror type) {
    TypeKind kind = type.getKind().isPrimitive() ? type.getKind() : unboxed(type).orElse(TypeKind.NONE);
    if (kind == TypeKind.NONE || !isNumeric(value)) {
      return value;
    }
    return Numbers.convert(value, kind);
  }

  private Optional<TypeKind> unboxed(TypeMirror type) {
    try {
      return Optional.of(types.unboxedType(type).getKind());
    } catch (IllegalArgumentException notABox) {
      return Optional.empty();
    }
  }

  private static boolean isNumeric(Object value) {
    return value instanceof Number || value instanceof Character;
  }

  // --- reporting -------------------------------------------------------------------------------------------------

  /** Reports unsupported syntax at {@code path}, or, inside the count of a window function, the count; see below. */
  private Abandoned unsupported(TreePath path, String what) {
    return unsupported(path, Message.UNSUPPORTED_SYNTAX, what);
  }

  /**
   * Reports {@code message} (a template of unsupported syntax, "%s: ...") at {@code path}; inside the count of a
   * window function, reports the count as not a constant instead, at the count: what the user must change is the
   * count, or, when the syntax is in the initializer of a field the count reads ({@code lag(M, N)} with
   * {@code N = Integer.parseInt("7")}), that initializer, which the message names.
   */
  private Abandoned unsupported(TreePath path, Message message, String what) {
    if (windowCount != null) {
      String count = shorten(windowCount.argument().getLeaf().toString());
      VariableElement current = evaluating.peek();
      if (windowCount.field() == current) {
        reporter.report(Message.WINDOW_OFFSET, windowCount.argument(), windowCount.function(), windowCount.what(),
            count);
      } else {
        String initializer = trees.getTree(current) instanceof VariableTree variable
            && variable.getInitializer() != null ? variable.getInitializer().toString() : what;
        reporter.report(Message.WINDOW_OFFSET_FIELD, windowCount.argument(), windowCount.function(),
            windowCount.what(), count, describe(current), shorten(initializer), describe(current));
      }
      return Abandoned.reported();
    }
    reporter.report(message, path, shorten(what));
    return Abandoned.reported();
  }

  private Object constantsOnly(TreePath path, Tree tree) {
    throw unsupported(path, tree.toString());
  }

  private Abandoned failed(TreePath path, String what, Throwable cause) {
    String reason = cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    reporter.report(Message.DEFINITION_FAILED, site(path), shorten(what), reason);
    return Abandoned.reported();
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_SHOWN ? oneLine : oneLine.substring(0, MAX_SHOWN - 3) + "...";
  }

  private static String shortCall(ExecutableElement method) {
    return method.getSimpleName() + "(...)";
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private boolean isDsl(TypeElement owner) {
    return elements.getPackageOf(owner).getQualifiedName().contentEquals(DSL_PACKAGE);
  }

  /** A class of the Java platform (java.base, java.sql...), as opposed to a library's. */
  private boolean isPlatform(TypeElement owner) {
    ModuleElement module = elements.getModuleOf(owner);
    String name = module == null ? "" : module.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("jdk.");
  }

  /** {@code LocalDate.now()}, {@code Math.random()}, a {@code Clock}: a value that differs from one run to the next. */
  private static boolean isNonDeterministic(TypeElement owner, ExecutableElement method) {
    String className = owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    return (className.startsWith("java.time.") && name.equals("now"))
        || NON_DETERMINISTIC_CLASSES.contains(className)
        || NON_DETERMINISTIC_METHODS.contains(className + "." + name);
  }

  /** The first call inside {@code path} (itself included) that reads the clock or a random source, if any. */
  private Optional<TreePath> nonDeterministicCall(TreePath path) {
    List<TreePath> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree invocation, Void unused) {
        if (found.isEmpty() && trees.getElement(getCurrentPath()) instanceof ExecutableElement method
            && isNonDeterministic((TypeElement) method.getEnclosingElement(), method)) {
          found.add(getCurrentPath());
        }
        return super.visitMethodInvocation(invocation, unused);
      }
    }.scan(path, null);
    return found.stream().findFirst();
  }

  /**
   * Where to show what is at {@code path}: the path itself, or, inside a helper method, the definition's call of
   * the outermost helper, which is where the field being defined uses what the helper builds.
   */
  private TreePath site(TreePath path) {
    return helpers.isEmpty() ? path : helpers.getLast().call();
  }

  private void access(StaticAccess access) {
    accesses.computeIfAbsent(evaluating.peek(), field -> new ArrayList<>()).add(access);
  }

  /** The field whose initializer is being evaluated, as the model names it. */
  private Origin currentField() {
    VariableElement field = evaluating.peek();
    return new Origin(className(field), field.getSimpleName().toString());
  }

  private static String className(VariableElement field) {
    return ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString();
  }

  /** "OrderDetails.TOTAL_REVENUE". */
  private String describe(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }

  /** "Money.cents(...)". */
  private static String describe(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "(...)";
  }

  private static TreePath child(TreePath parent, Tree tree) {
    return new TreePath(parent, tree);
  }
}
