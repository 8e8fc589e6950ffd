package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.assetflow.processor.model.CheckDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code AssetCheckDefinition} of every asset check: one method per check, in nested classes
 * per declaring class ({@code SalesChecksChecks}) whose static {@code checks()} method lists them.
 */
final class CheckDefinitionsGenerator {

    static final String ALL = "checks";
    private static final int CHUNK_BUDGET = 1_000;
    private static final int CHECK_OVERHEAD = 7;

    private final ClassName pipeline;
    private final ParameterCode parameters;
    private final UniqueNames holderNames;

    CheckDefinitionsGenerator(ClassName pipeline, RowTypeReferences rowTypes, UniqueNames holderNames) {
        this.pipeline = pipeline;
        this.parameters = new ParameterCode(rowTypes);
        this.holderNames = holderNames;
    }

    DefinitionsGenerator.Result generate(List<CheckDeclaration> checks) {
        Map<String, List<CheckDeclaration>> byDeclaringType = new LinkedHashMap<>();
        checks.stream()
                .sorted((a, b) -> a.declaringType().getQualifiedName().toString()
                        .compareTo(b.declaringType().getQualifiedName().toString()))
                .forEach(check -> byDeclaringType.computeIfAbsent(
                        check.declaringType().getQualifiedName().toString(), type -> new ArrayList<>()).add(check));
        List<TypeSpec> holders = new ArrayList<>();
        List<ClassName> names = new ArrayList<>();
        for (List<CheckDeclaration> declared : byDeclaringType.values()) {
            String base = String.join("", ClassName.get(declared.get(0).declaringType()).simpleNames()) + "Checks";
            List<List<CheckDeclaration>> chunks = Chunks.split(declared,
                    check -> CHECK_OVERHEAD + ParameterCode.weight(check.parameters()), CHUNK_BUDGET);
            for (int i = 0; i < chunks.size(); i++) {
                ClassName name = pipeline.nestedClass(holderNames.allocate(Chunks.name(base, i), "_"));
                holders.add(holder(name, chunks.get(i)));
                names.add(name);
            }
        }
        return new DefinitionsGenerator.Result(holders, names);
    }

    private TypeSpec holder(ClassName name, List<CheckDeclaration> checks) {
        UniqueNames methodNames = new UniqueNames(ALL);
        List<MethodSpec> methods = new ArrayList<>();
        for (CheckDeclaration check : checks) {
            String preferred = DefinitionsGenerator.camelCase(check.asset() + "_" + check.name());
            methods.add(definition(check, methodNames.allocate(preferred, "Check")));
        }
        CodeBlock calls = methods.stream().map(method -> CodeBlock.of("$N()", method))
                .collect(CodeBlock.joining(",\n"));
        MethodSpec all = MethodSpec.methodBuilder(ALL)
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.ASSET_CHECK_DEFINITION))
                .addCode("return $T.of(\n$>$>$L);\n$<$<", RuntimeTypes.LIST, calls)
                .build();
        return TypeSpec.classBuilder(name.simpleName())
                .addJavadoc("Definitions of the asset checks declared in {@code $L}.\n",
                        checks.get(0).declaringType().getQualifiedName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(all)
                .addMethods(methods)
                .build();
    }

    private MethodSpec definition(CheckDeclaration check, String methodName) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("return $T.builder($S, $S)\n$>$>", RuntimeTypes.ASSET_CHECK_DEFINITION, check.name(),
                        check.asset());
        if (!check.description().isEmpty()) {
            code.add(".description($S)\n", check.description());
        }
        if (check.blocking()) {
            code.add(".blocking(true)\n");
        }
        code.add(parameters.builderCalls(check.parameters()))
                .add(check.sql()
                        ? CodeBlock.of(".sql($L -> $T.$N($L))\n", DefinitionsGenerator.TABLES,
                                ClassName.get(check.declaringType()), check.methodName(),
                                DefinitionsGenerator.tableArguments(check.parameters()))
                        : CodeBlock.of(".computation($L -> $T.$N($L))\n", ParameterCode.INPUTS,
                                ClassName.get(check.declaringType()), check.methodName(),
                                parameters.arguments(check.parameters())))
                .add(".codeVersion($S)\n", check.codeVersion())
                .add(".method($S)\n", check.methodReference())
                .add(".build();\n$<$<");
        return MethodSpec.methodBuilder(methodName)
                .addJavadoc("The check {@code $L} of asset {@code $L}, computed by\n{@code $L}.\n", check.name(),
                        check.asset(), check.methodReference())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.ASSET_CHECK_DEFINITION)
                .addCode(code.build())
                .build();
    }
}
