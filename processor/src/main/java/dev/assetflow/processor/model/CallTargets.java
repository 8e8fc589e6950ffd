package dev.assetflow.processor.model;

import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the code a piece of source refers to, from its syntax alone: during annotation processing javac has
 * not yet resolved the names in method bodies, and resolving them early could report errors about code other
 * processors have yet to generate. So names are resolved as a reader would:
 *
 * <ul>
 *   <li>{@code helper(x)}: the methods named {@code helper} of the enclosing classes (inherited ones too) and
 *       of static imports;
 *   <li>{@code Parsers.parse(x)}, {@code Parsers::parse}, {@code new Money(...)}: the methods (every overload)
 *       or constructors of the named type, found through the enclosing classes, the imports, the package and
 *       {@code java.lang};
 *   <li>{@code parser.parse(x)}: the methods of the declared type of the local variable, parameter or field
 *       {@code parser};
 *   <li>a call on any other expression ({@code factory().parse(x)}): the methods of that name in the enclosing
 *       classes and in every class the code names;
 *   <li>a name or {@code Type.NAME} that is a field: the field, with its initializer.
 * </ul>
 *
 * Overriding methods reached through virtual dispatch are not followed, nor are static initializer blocks.
 * Types of {@code java.*} and {@code javax.*} are skipped: their code is never part of a build.
 */
final class CallTargets {

    private final Elements elements;
    private final Types types;
    private final Map<TypeElement, Map<String, List<Element>>> members = new HashMap<>();

    CallTargets(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The ids of the code {@code tree} refers to; {@code owner} is the type declaring it. */
    Set<String> of(Tree tree, TypeElement owner, CompilationUnitTree unit) {
        Scope scope = new Scope(owner, unit, locals(tree));
        Set<String> ids = new TreeSet<>();
        new Scanner(scope, ids, tree).scan(tree, null);
        return ids;
    }

    /** The ids of the constructors of {@code type} and of its instance initializers. */
    List<String> constructors(TypeElement type) {
        List<String> ids = new ArrayList<>();
        if (skipped(type)) {
            return ids;
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.CONSTRUCTOR) {
                ids.add(CodeNodeIds.of((ExecutableElement) member, types));
            }
        }
        ids.add(CodeNodeIds.instanceInitializers(type));
        return ids;
    }

    private static Map<String, Tree> locals(Tree tree) {
        Map<String, Tree> locals = new HashMap<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree variable, Void unused) {
                Tree declared = variable.getType() != null ? variable.getType() : variable.getInitializer();
                if (declared != null) {
                    locals.putIfAbsent(variable.getName().toString(), declared);
                }
                return super.visitVariable(variable, unused);
            }
        }.scan(tree, null);
        return locals;
    }

    private boolean skipped(TypeElement type) {
        String name = type.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.") || name.isEmpty();
    }

    private List<Element> members(TypeElement type, String name) {
        if (skipped(type)) {
            return List.of();
        }
        return members.computeIfAbsent(type, t -> {
            Map<String, List<Element>> byName = new HashMap<>();
            for (Element member : elements.getAllMembers(t)) {
                byName.computeIfAbsent(member.getSimpleName().toString(), n -> new ArrayList<>()).add(member);
            }
            return byName;
        }).getOrDefault(name, List.of());
    }

    private Optional<TypeElement> typeOf(TypeMirror type) {
        return type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                ? Optional.of(element) : Optional.empty();
    }

    /** What a name means where the code is written. */
    private final class Scope {
        private final List<TypeElement> enclosing = new ArrayList<>();
        private final CompilationUnitTree unit;
        private final String packageName;
        private final Map<String, Tree> locals;
        private final Map<String, Optional<TypeElement>> resolved = new HashMap<>();

        Scope(TypeElement owner, CompilationUnitTree unit, Map<String, Tree> locals) {
            for (Element element = owner; element instanceof TypeElement type; element = element.getEnclosingElement()) {
                enclosing.add(type);
            }
            this.unit = unit;
            this.packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            this.locals = locals;
        }

        Optional<TypeElement> type(Tree tree) {
            if (tree instanceof IdentifierTree identifier) {
                return simpleType(identifier.getName().toString());
            }
            if (tree instanceof MemberSelectTree select) {
                Optional<TypeElement> outer = type(select.getExpression());
                String name = select.getIdentifier().toString();
                if (outer.isPresent()) {
                    return members(outer.get(), name).stream().filter(m -> m instanceof TypeElement)
                            .map(TypeElement.class::cast).findFirst();
                }
                return Optional.ofNullable(elements.getTypeElement(select.toString()));
            }
            if (tree instanceof ParameterizedTypeTree parameterized) {
                return type(parameterized.getType());
            }
            if (tree instanceof AnnotatedTypeTree annotated) {
                return type(annotated.getUnderlyingType());
            }
            if (tree instanceof NewClassTree newClass) {
                return type(newClass.getIdentifier());
            }
            return Optional.empty();
        }

        Optional<TypeElement> simpleType(String name) {
            return resolved.computeIfAbsent(name, this::lookUp);
        }

        private Optional<TypeElement> lookUp(String name) {
            for (TypeElement type : enclosing) {
                if (type.getSimpleName().contentEquals(name)) {
                    return Optional.of(type);
                }
                for (Element member : members(type, name)) {
                    if (member instanceof TypeElement memberType) {
                        return Optional.of(memberType);
                    }
                }
            }
            for (ImportTree imported : unit.getImports()) {
                String qualified = imported.getQualifiedIdentifier().toString();
                if (!imported.isStatic() && qualified.endsWith("." + name)) {
                    return Optional.ofNullable(elements.getTypeElement(qualified));
                }
            }
            TypeElement samePackage = elements.getTypeElement(packageName.isEmpty() ? name : packageName + "." + name);
            if (samePackage != null) {
                return Optional.of(samePackage);
            }
            for (ImportTree imported : unit.getImports()) {
                String qualified = imported.getQualifiedIdentifier().toString();
                if (!imported.isStatic() && qualified.endsWith(".*")) {
                    TypeElement type = elements.getTypeElement(qualified.substring(0, qualified.length() - 1) + name);
                    if (type != null) {
                        return Optional.of(type);
                    }
                }
            }
            return Optional.ofNullable(elements.getTypeElement("java.lang." + name));
        }

        /** The types statically imported for {@code name}: by a single import of it, or on demand. */
        List<TypeElement> staticImports(String name) {
            List<TypeElement> found = new ArrayList<>();
            for (ImportTree imported : unit.getImports()) {
                if (imported.isStatic() && imported.getQualifiedIdentifier() instanceof MemberSelectTree select
                        && (select.getIdentifier().contentEquals(name) || select.getIdentifier().contentEquals("*"))) {
                    Optional.ofNullable(elements.getTypeElement(select.getExpression().toString()))
                            .ifPresent(found::add);
                }
            }
            return found;
        }

        /** The type of the local variable, parameter or field named {@code name}, as declared. */
        Optional<TypeElement> variableType(String name) {
            Tree declared = locals.get(name);
            if (declared != null) {
                return type(declared);
            }
            for (TypeElement type : enclosing) {
                for (Element member : members(type, name)) {
                    if (member instanceof VariableElement field) {
                        return typeOf(field.asType());
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final class Scanner extends TreeScanner<Void, Void> {
        private final Scope scope;
        private final Set<String> ids;
        private final Tree root;
        private List<TypeElement> named;

        Scanner(Scope scope, Set<String> ids, Tree root) {
            this.scope = scope;
            this.ids = ids;
            this.root = root;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree invocation, Void unused) {
            ExpressionTree select = invocation.getMethodSelect();
            if (select instanceof IdentifierTree identifier) {
                String name = identifier.getName().toString();
                if (name.equals("this")) {
                    ids.addAll(constructors(scope.enclosing.get(0)));
                } else if (name.equals("super")) {
                    typeOf(scope.enclosing.get(0).getSuperclass()).ifPresent(type -> ids.addAll(constructors(type)));
                } else {
                    unqualified(name);
                }
            } else if (select instanceof MemberSelectTree member) {
                qualified(member.getExpression(), member.getIdentifier().toString());
                scan(member.getExpression(), null);
            }
            scan(invocation.getTypeArguments(), null);
            scan(invocation.getArguments(), null);
            return null;
        }

        @Override
        public Void visitNewClass(NewClassTree newClass, Void unused) {
            scope.type(newClass.getIdentifier()).ifPresent(type -> ids.addAll(constructors(type)));
            scan(newClass.getEnclosingExpression(), null);
            scan(newClass.getArguments(), null);
            scan(newClass.getClassBody(), null);
            return null;
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree reference, Void unused) {
            String name = reference.getName().toString();
            if (name.equals("<init>")) {
                scope.type(reference.getQualifierExpression()).ifPresent(type -> ids.addAll(constructors(type)));
            } else {
                qualified(reference.getQualifierExpression(), name);
            }
            return super.visitMemberReference(reference, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
            String name = identifier.getName().toString();
            for (TypeElement type : scope.enclosing) {
                addFields(type, name);
            }
            for (TypeElement type : scope.staticImports(name)) {
                addFields(type, name);
            }
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree select, Void unused) {
            Optional<TypeElement> type = scope.type(select.getExpression());
            if (type.isPresent()) {
                addFields(type.get(), select.getIdentifier().toString());
                return null;
            }
            return super.visitMemberSelect(select, unused);
        }

        private void unqualified(String name) {
            for (TypeElement type : scope.enclosing) {
                addMethods(type, name);
            }
            for (TypeElement type : scope.staticImports(name)) {
                addMethods(type, name);
            }
        }

        private void qualified(ExpressionTree receiver, String name) {
            Optional<TypeElement> type = receiverType(receiver);
            if (type.isPresent()) {
                addMethods(type.get(), name);
                return;
            }
            for (TypeElement enclosing : scope.enclosing) {
                addMethods(enclosing, name);
            }
            for (TypeElement mentioned : named()) {
                addMethods(mentioned, name);
            }
        }

        private Optional<TypeElement> receiverType(ExpressionTree receiver) {
            if (receiver instanceof IdentifierTree identifier) {
                String name = identifier.getName().toString();
                if (name.equals("this") || name.equals("super")) {
                    return Optional.of(scope.enclosing.get(0));
                }
                if (scope.locals.containsKey(name)) {
                    return scope.variableType(name);
                }
                return scope.simpleType(name).or(() -> scope.variableType(name));
            }
            if (receiver instanceof MemberSelectTree select) {
                Optional<TypeElement> type = scope.type(select);
                if (type.isPresent()) {
                    return type;
                }
                Optional<TypeElement> outer = scope.type(select.getExpression());
                if (outer.isPresent()) {
                    for (Element member : members(outer.get(), select.getIdentifier().toString())) {
                        if (member instanceof VariableElement field) {
                            return typeOf(field.asType());
                        }
                    }
                }
                return Optional.empty();
            }
            if (receiver instanceof NewClassTree newClass) {
                return scope.type(newClass.getIdentifier());
            }
            return Optional.empty();
        }

        /** The types the code names (capitalized identifiers that are types), for calls on other expressions. */
        private List<TypeElement> named() {
            if (named == null) {
                Set<String> names = new TreeSet<>();
                new TreeScanner<Void, Void>() {
                    @Override
                    public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                        String name = identifier.getName().toString();
                        if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                            names.add(name);
                        }
                        return null;
                    }
                }.scan(root, null);
                named = new ArrayList<>();
                for (String name : names) {
                    scope.simpleType(name).ifPresent(named::add);
                }
            }
            return named;
        }

        private void addMethods(TypeElement type, String name) {
            for (Element member : members(type, name)) {
                if (member.getKind() == ElementKind.METHOD) {
                    ids.add(CodeNodeIds.of((ExecutableElement) member, types));
                }
            }
        }

        private void addFields(TypeElement type, String name) {
            for (Element member : members(type, name)) {
                if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.ENUM_CONSTANT) {
                    ids.add(CodeNodeIds.of((VariableElement) member));
                }
            }
        }
    }
}
