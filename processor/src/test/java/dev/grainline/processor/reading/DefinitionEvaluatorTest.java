package dev.grainline.processor.reading;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.grainline.SqlType;
import dev.grainline.internal.model.Origin;
import dev.grainline.internal.model.TableRef;
import dev.grainline.internal.model.assembly.Declared;
import dev.grainline.internal.model.assembly.FieldRef;
import dev.grainline.internal.model.assembly.MetricDeclaration;
import dev.grainline.internal.model.aggregate.AggFunction;
import dev.grainline.internal.model.expr.ComparisonOp;
import dev.grainline.internal.model.expr.Node.DslAggregate;
import dev.grainline.internal.model.expr.Node.ColumnRef;
import dev.grainline.internal.model.expr.Node.Comparison;
import dev.grainline.internal.model.expr.Node.Literal;
import dev.grainline.internal.model.expr.Node;
import dev.grainline.processor.reporting.Reporter;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluator computes the same values the class initializers compute at run time. A probe processor evaluates
 * every static field of {@code probe.Probe} and keeps the values for the test to inspect.
 */
class DefinitionEvaluatorTest {
  private static final TableRef ORDERS = new TableRef("shop", "orders", "o");
  private static final ColumnRef QUANTITY = new ColumnRef(ORDERS, "qty", SqlType.INTEGER, ColumnRef.Storage.PLAIN);

  private static final JavaFileObject PROBE = JavaFileObjects.forSourceString("probe.Probe", """
      package probe;

      import static dev.grainline.dsl.Grainline.*;

      import dev.grainline.dsl.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      final class Probe {
        static final String SCHEMA = "shop";
        static long widened = 5;
        static final Table T = table(SCHEMA + "." + "orders").as("o");
        static final Column<Integer> QTY = T.intCol("qty");
        static final Condition IN = QTY.in(1, 2, (int) 3.7, -(-4), 'a' - 'a' + 5);
        static final Condition PLACED = T.dateCol("placed").ge(LocalDate.of(2024, 1, 31));
        static final Condition TEXT = T.textCol("code").eq("x" + 'y' + 1);
        static final Condition ONE = T.decimalCol("amount").eq(BigDecimal.ONE);
        static final Measure<Double> P90 = percentile(T.doubleCol("price"), 9 / 10.0);
        static final Column<Double> AS_DOUBLE = QTY.cast(Double.class);
        static final Link LINK = link(QTY, T.intCol("line")).to(Lines.ORDER, Lines.LINE);
        static final Metric<Long> SELF = Probe.SELF.plus(1);

        static final boolean NET = true;
        static final boolean COMPARED = 3 > 2 && 2.5 <= 2.5 && 'a' == 97 && NET != false && !(1L >= 2);
        static final boolean SHORT_CIRCUIT = NET || 1 / 0 == 0;
        static final long WIDENED = NET ? 1 : 2L;
        static final Measure<Long> CHOSEN = NET ? sum(QTY) : sum(T.textCol("never"));
        static final Measure<Long> NESTED = !NET ? sum(T.textCol("never")) : NET ? count() : sum(QTY);
        static final Column<Integer> DOUBLED = twice(QTY);
        static final Column<Integer> DOUBLED_AGAIN = twice(QTY);
        static final Measure<Long> GROSS = total(!NET);
        static final Condition ANY = any(QTY, 1, 2);
        static final int SIX = depth(6);
        static final Window<Long> THREE_BACK = lag(sum(QTY), periods(3));

        static Column<Integer> twice(Column<Integer> column) {
          return column.times(2);
        }

        static Measure<Long> total(boolean net) {
          return net ? sum(QTY) : sum(T.intCol("gross"));
        }

        static Condition any(Column<Integer> column, Integer... values) {
          return column.in(values);
        }

        static int depth(int n) {
          return n <= 0 ? 0 : 1 + depth(n - 1);
        }

        static int periods(int n) {
          return n;
        }
      }

      final class Lines {
        static final Table L = table("lines");
        static final Attribute<Integer> ORDER = key(L.intCol("order_id"));
        static final Attribute<Integer> LINE = key(L.intCol("line"));
      }
      """);

  private static ProbeProcessor probe;
  private static Compilation compilation;

  @BeforeAll
  static void evaluate() {
    probe = new ProbeProcessor();
    compilation = Compiler.javac()
        .withProcessors(probe)
        .withClasspath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(File::new).toList())
        .compile(PROBE);
  }

  @Test
  void compilesWithoutComplaint() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void foldsConstantsAsJavaDoes() {
    assertThat(probe.value("widened")).isEqualTo(5L);
    assertThat(((Declared.Table) Declared.of(probe.value("T"))).table()).isEqualTo(ORDERS);
    assertThat(node("TEXT")).isEqualTo(new Comparison(ComparisonOp.EQ,
        new ColumnRef(ORDERS, "code", SqlType.TEXT, ColumnRef.Storage.PLAIN), new Literal("xy1", SqlType.TEXT)));
  }

  @Test
  void packsVarargsAndAppliesCastsAndUnaryOperators() {
    Node.InList in = (Node.InList) node("IN");
    assertThat(in.operand()).isEqualTo(QUANTITY);
    assertThat(in.values()).containsExactly(literal(1), literal(2), literal(3), literal(4), literal(5)).inOrder();
    Declared.Link link = (Declared.Link) Declared.of(probe.value("LINK"));
    assertThat(link.from()).hasSize(2);
    assertThat(link.to()).hasSize(2);
  }

  @Test
  void callsValueFactoriesAndReadsLibraryFieldsAndClassLiterals() {
    assertThat(node("PLACED")).isEqualTo(new Comparison(ComparisonOp.GE,
        new ColumnRef(ORDERS, "placed", SqlType.DATE, ColumnRef.Storage.PLAIN), new Literal(LocalDate.of(2024, 1, 31), SqlType.DATE)));
    assertThat(node("ONE")).isEqualTo(new Comparison(ComparisonOp.EQ,
        new ColumnRef(ORDERS, "amount", SqlType.DECIMAL, ColumnRef.Storage.PLAIN), new Literal(BigDecimal.ONE, SqlType.DECIMAL)));
    assertThat(node("AS_DOUBLE")).isEqualTo(new Node.Cast(QUANTITY, SqlType.DOUBLE));
    DslAggregate p90 = (DslAggregate) metric("P90").definition();
    assertThat(p90.function()).isEqualTo(AggFunction.PERCENTILE);
    assertThat(p90.args().get(1)).isEqualTo(new Literal(0.9, SqlType.DOUBLE));
  }

  @Test
  void aMetricReadWhileItIsEvaluatedStandsInForItselfByPlace() {
    Node.Arithmetic definition = (Node.Arithmetic) metric("SELF").definition();
    assertThat(definition.steps().get(0).operand()).isEqualTo(literal(1));
    // The left operand is a metric that is a reference to the field by place, which the assembler resolves.
    MetricDeclaration placeholder = (MetricDeclaration) ((Node.DeclRef) definition.first()).declaration();
    assertThat(placeholder.definition())
        .isEqualTo(new Node.DeclRef(new FieldRef("probe.Probe", "SELF"), Optional.empty()));
  }

  @Test
  void recordsTheCallThatProducedEachNode() {
    TreePath call = probe.provenance.locate(node("IN"), new Origin("probe.Probe", "IN"), Set.of(), false)
        .orElseThrow();
    assertThat(call.getLeaf()).isInstanceOf(MethodInvocationTree.class);
    assertThat(call.getLeaf().toString()).startsWith("QTY.in(");
    // Keyed by identity: the node of the field QTY, not an equal one.
    TreePath argument = probe.provenance.locate(node("QTY"), new Origin("probe.Probe", "IN"), Set.of(), false)
        .orElseThrow();
    assertThat(argument.getLeaf().toString()).isEqualTo("QTY");
  }

  @Test
  void foldsComparisonsAndChoosesOnlyTheBranchOfAConstantCondition() {
    assertThat(probe.value("COMPARED")).isEqualTo(true);
    assertThat(probe.value("SHORT_CIRCUIT")).isEqualTo(true);
    assertThat(probe.value("WIDENED")).isEqualTo(1L);
    DslAggregate chosen = (DslAggregate) metric("CHOSEN").definition();
    assertThat(chosen.function()).isEqualTo(AggFunction.SUM);
    assertThat(chosen.args()).containsExactly(QUANTITY);
    assertThat(((DslAggregate) metric("NESTED").definition()).function()).isEqualTo(AggFunction.COUNT_STAR);
  }

  @Test
  void callsHelperMethodsWithTheirArgumentsEveryTime() {
    Node.Arithmetic doubled = (Node.Arithmetic) node("DOUBLED");
    assertThat(doubled).isEqualTo(new Node.Arithmetic(dev.grainline.internal.model.expr.ArithmeticOp.MULTIPLY,
        QUANTITY, literal(2)));
    // Two calls build two values, as two class initializers would.
    assertThat(probe.value("DOUBLED_AGAIN")).isNotSameInstanceAs(probe.value("DOUBLED"));
    assertThat(((DslAggregate) metric("GROSS").definition()).args())
        .containsExactly(new ColumnRef(ORDERS, "gross", SqlType.INTEGER, ColumnRef.Storage.PLAIN));
    assertThat(((Node.InList) node("ANY")).values()).containsExactly(literal(1), literal(2)).inOrder();
    assertThat(probe.value("SIX")).isEqualTo(6);
    assertThat(((Declared.PendingWindow) Declared.of(probe.value("THREE_BACK"))).metric()).isNotNull();
  }

  @Test
  void recordsTheStaticFieldsEachInitializerReadsInOrder() {
    java.util.List<String> reads = probe.accesses.entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals("GROSS"))
        .flatMap(e -> e.getValue().stream())
        .map(access -> switch (access) {
          case StaticAccess.Read read -> "read " + read.field().getSimpleName();
          case StaticAccess.Call call -> "call " + call.method().getSimpleName();
        })
        .toList();
    // NET is a constant, inlined by javac; the helper's class is initialised by the call, then its body reads what
    // the branch the condition chooses reads, and nothing of the other.
    assertThat(reads).containsExactly("call total", "read T").inOrder();
  }

  private static Node node(String field) {
    return Declared.of(probe.value(field)).node().orElseThrow();
  }

  private static MetricDeclaration metric(String field) {
    return ((Declared.Metric) Declared.of(probe.value(field))).metric();
  }

  private static Literal literal(int value) {
    return new Literal(value, SqlType.INTEGER);
  }

  /** Evaluates the static fields of probe.Probe in the first round and keeps what came out. */
  private static final class ProbeProcessor extends AbstractProcessor {
    final Map<String, DefinitionEvaluator.Evaluated> values = new LinkedHashMap<>();
    Provenance provenance;
    Map<VariableElement, java.util.List<StaticAccess>> accesses;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver() || !values.isEmpty()) {
        return false;
      }
      Trees trees = Trees.instance(processingEnv);
      DefinitionEvaluator evaluator = new DefinitionEvaluator(trees, processingEnv.getElementUtils(),
          processingEnv.getTypeUtils(), new Reporter(processingEnv.getMessager(), trees),
          DefinitionEvaluatorTest.class.getClassLoader(), new FieldReadLog(processingEnv.getElementUtils()));
      TypeElement type = processingEnv.getElementUtils().getTypeElement("probe.Probe");
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD) {
          values.put(member.getSimpleName().toString(), evaluator.evaluate((VariableElement) member));
        }
      }
      provenance = evaluator.provenance();
      accesses = evaluator.staticAccesses();
      return false;
    }

    Object value(String field) {
      if (values.get(field) instanceof DefinitionEvaluator.Evaluated.Value value) {
        return value.value().orElseThrow();
      }
      throw new AssertionError(field + " was not evaluated: " + values.get(field));
    }
  }
}
