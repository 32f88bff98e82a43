package dev.grainline.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.junit.jupiter.api.Test;

/**
 * Build tools hand processors javac's environment wrapped; the processor opens the wrappers it knows and reports
 * the ones it cannot open once, without crashing.
 */
class CompilerEnvironmentTest {

  @Test
  void anEnvironmentWithoutTreesIsReportedOnce() {
    Compilation compilation = ProcessorTester.compile(new WrappingProcessor(CompilerEnvironmentTest::opaque),
        ShopModel.with());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[GrainlineNeedsJavac] Grainline reads definitions through javac's Compiler Tree API, which this compiler"
            + " (jdk.proxy");
    assertThat(compilation).hadErrorContaining("$Proxy");
    assertThat(compilation).hadErrorContaining("does not provide; build with javac (Maven, Gradle), or let the IDE"
        + " delegate its build to Maven or Gradle");
  }

  @Test
  void intellijsProxyIsOpened() {
    Compilation compilation = ProcessorTester.compile(new WrappingProcessor(CompilerEnvironmentTest::intellij),
        ShopModel.with());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog");
  }

  @Test
  void gradlesDelegatingEnvironmentIsOpened() {
    Compilation compilation = ProcessorTester.compile(new WrappingProcessor(GradleStyleEnvironment::new),
        ShopModel.with());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("shop.ShopCatalog");
  }

  /** A proxy whose handler keeps the environment where nobody looks for it. */
  private static ProcessingEnvironment opaque(ProcessingEnvironment environment) {
    return proxy((proxy, method, args) -> forward(environment, method, args));
  }

  /**
   * What IntelliJ's build does: an anonymous handler that captured a local variable named {@code delegateTo},
   * which javac compiles to the field {@code val$delegateTo}.
   */
  private static ProcessingEnvironment intellij(ProcessingEnvironment delegateTo) {
    return proxy(new InvocationHandler() {
      @Override
      public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return forward(delegateTo, method, args);
      }
    });
  }

  private static ProcessingEnvironment proxy(InvocationHandler handler) {
    return (ProcessingEnvironment) Proxy.newProxyInstance(CompilerEnvironmentTest.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class}, handler);
  }

  private static Object forward(ProcessingEnvironment target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** What Gradle's incremental processing does: a wrapper with a {@code delegate} field. */
  private static final class GradleStyleEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment delegate;

    GradleStyleEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  /** Runs the Grainline processor with javac's environment handed over in a wrapper. */
  private static final class WrappingProcessor extends AbstractProcessor {
    private final GrainlineProcessor grainline = new GrainlineProcessor();
    private final UnaryOperator<ProcessingEnvironment> wrap;

    WrappingProcessor(UnaryOperator<ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      grainline.init(wrap.apply(environment));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return grainline.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return grainline.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return grainline.process(annotations, round);
    }
  }
}
