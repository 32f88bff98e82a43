package dev.grainline.processor.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Loads classes as the program being compiled will load them: from the compilation's own class output and class
 * path, whose bytes javac's {@link Filer} serves, so that a model class compiled in an earlier build, or a library
 * of DSL constants, can be read although it is not on the processor path. Grainline's DSL and model classes are
 * the exception: they come from the processor's own loader, so that the objects a compiled definition builds are
 * instances of the classes the processor reads them with. JDK classes come from the platform.
 *
 * <p>A class that is compiled from source in this compilation may still be loaded here, from the class file an
 * earlier build left: a class file being initialized reads it. Such a copy is older than the source; the reader
 * finds it among {@link #definedClasses()} and tells the assembler which field each of its declarations stands for.
 */
public final class CompilationClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** The packages of the DSL module (the API, the DSL, the semantic model). */
  private static final String DSL_ROOT = "dev.grainline.";
  private static final List<String> DSL_SUBPACKAGES = List.of("dev.grainline.dsl.", "dev.grainline.internal.");
  private static final List<JavaFileManager.Location> LOCATIONS =
      List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH);

  private final Filer filer;
  private final ClassLoader processorLoader;
  private final List<String> defined = new ArrayList<>();

  public CompilationClassLoader(Filer filer, ClassLoader processorLoader) {
    super("grainline-compilation", ClassLoader.getPlatformClassLoader());
    this.filer = filer;
    this.processorLoader = processorLoader;
  }

  /** The binary names of the classes this loader defined, in the order it defined them. */
  synchronized List<String> definedClasses() {
    return List.copyOf(defined);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        loaded = isDsl(name) ? processorLoader.loadClass(name) : platformOrOwn(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private Class<?> platformOrOwn(String name) throws ClassNotFoundException {
    try {
      return getParent().loadClass(name);
    } catch (ClassNotFoundException notJdk) {
      return findClass(name);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classFile(name).orElseThrow(() -> new ClassNotFoundException(name));
    Class<?> type = defineClass(name, bytes, 0, bytes.length);
    synchronized (this) {
      defined.add(name);
    }
    return type;
  }

  private Optional<byte[]> classFile(String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    String packageName = dot < 0 ? "" : binaryName.substring(0, dot);
    String fileName = binaryName.substring(dot + 1) + ".class";
    for (JavaFileManager.Location location : LOCATIONS) {
      try {
        FileObject file = filer.getResource(location, packageName, fileName);
        try (InputStream in = file.openInputStream()) {
          return Optional.of(in.readAllBytes());
        }
      } catch (IOException | IllegalArgumentException absentHere) {
        // not in this location; try the next
      }
    }
    return Optional.empty();
  }

  private static boolean isDsl(String name) {
    if (DSL_SUBPACKAGES.stream().anyMatch(name::startsWith)) {
      return true;
    }
    return name.startsWith(DSL_ROOT) && name.indexOf('.', DSL_ROOT.length()) < 0;
  }
}
