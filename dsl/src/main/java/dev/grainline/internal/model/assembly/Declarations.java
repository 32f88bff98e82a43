package dev.grainline.internal.model.assembly;

import dev.grainline.internal.model.expr.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of an assembly: a model's classes, those of the models it includes first and each class once (a model
 * may be included twice), the namespace each class keeps (that of the model declaring it), and the declarations met
 * again in other objects (copies read from older class files), with the field each stands for.
 */
public record Declarations(String name, String namespace, List<ClassDeclaration> classes,
    Map<String, String> namespaces, Map<Node.Declaration, FieldRef> declaredElsewhere) {
  public Declarations {
    classes = List.copyOf(classes);
    namespaces = Map.copyOf(namespaces);
    // By identity: a copy is a distinct object equal to nothing else.
    declaredElsewhere = Collections.unmodifiableMap(new IdentityHashMap<>(declaredElsewhere));
  }

  public static Declarations of(ModelDeclaration model) {
    List<ClassDeclaration> classes = new ArrayList<>();
    Map<String, String> namespaces = new HashMap<>();
    Map<Node.Declaration, FieldRef> declaredElsewhere = new IdentityHashMap<>();
    collect(model, classes, namespaces, declaredElsewhere);
    return new Declarations(model.name(), model.namespace(), classes, namespaces, declaredElsewhere);
  }

  private static void collect(ModelDeclaration model, List<ClassDeclaration> classes, Map<String, String> namespaces,
      Map<Node.Declaration, FieldRef> declaredElsewhere) {
    model.includes().forEach(included -> collect(included, classes, namespaces, declaredElsewhere));
    declaredElsewhere.putAll(model.declaredElsewhere());
    for (ClassDeclaration type : model.classes()) {
      if (namespaces.putIfAbsent(type.className(), model.namespace()) == null) {
        classes.add(type);
      }
    }
  }

  public String namespaceOf(ClassDeclaration type) {
    return namespaces.get(type.className());
  }
}
