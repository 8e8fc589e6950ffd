package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.DepDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code AssetDefinition} of every asset: one method per asset, in nested classes per
 * declaring class ({@code SalesAssetsDefinitions}), split further when a class declares very many assets.
 */
final class DefinitionsGenerator {

    /** About one unit per builder call; keeps each class well inside the JVM's constant pool limit. */
    private static final int CHUNK_BUDGET = 1_000;
    private static final int ASSET_OVERHEAD = 6;
    static final String ALL = "definitions";
    /** The lambda parameter of a SQL asset's query: its input tables' names. */
    static final String TABLES = "tables";

    /**
     * The holder classes to nest in the Pipeline; each has a static {@code definitions()} method.
     *
     * @param holders the nested classes
     * @param names their names, in order
     */
    record Result(List<TypeSpec> holders, List<ClassName> names) {
    }

    private final ClassName pipeline;
    private final RowTypeReferences rowTypes;
    private final ParameterCode parameters;

    private final UniqueNames holderNames;

    DefinitionsGenerator(ClassName pipeline, RowTypeReferences rowTypes, UniqueNames holderNames) {
        this.pipeline = pipeline;
        this.holderNames = holderNames;
        this.rowTypes = rowTypes;
        this.parameters = new ParameterCode(rowTypes);
    }

    Result generate(List<AssetDeclaration> assets) {
        Map<String, List<AssetDeclaration>> byDeclaringType = new LinkedHashMap<>();
        assets.stream()
                .sorted((a, b) -> a.declaringType().getQualifiedName().toString()
                        .compareTo(b.declaringType().getQualifiedName().toString()))
                .forEach(asset -> byDeclaringType.computeIfAbsent(
                        asset.declaringType().getQualifiedName().toString(), type -> new ArrayList<>()).add(asset));
        List<TypeSpec> holders = new ArrayList<>();
        List<ClassName> names = new ArrayList<>();
        for (List<AssetDeclaration> declared : byDeclaringType.values()) {
            String base = String.join("", ClassName.get(declared.get(0).declaringType()).simpleNames()) + "Definitions";
            List<List<AssetDeclaration>> chunks = Chunks.split(declared,
                    asset -> ASSET_OVERHEAD + ParameterCode.weight(asset.parameters()) + asset.deps().size(), CHUNK_BUDGET);
            for (int i = 0; i < chunks.size(); i++) {
                ClassName name = pipeline.nestedClass(holderNames.allocate(Chunks.name(base, i), "_"));
                holders.add(holder(name, chunks.get(i)));
                names.add(name);
            }
        }
        return new Result(holders, names);
    }

    private TypeSpec holder(ClassName name, List<AssetDeclaration> assets) {
        UniqueNames methodNames = new UniqueNames(ALL);
        List<MethodSpec> methods = new ArrayList<>();
        for (AssetDeclaration asset : assets) {
            methods.add(definition(asset, methodNames.allocate(camelCase(asset.key()), "Asset")));
        }
        CodeBlock calls = methods.stream().map(method -> CodeBlock.of("$N()", method))
                .collect(CodeBlock.joining(",\n"));
        MethodSpec all = MethodSpec.methodBuilder(ALL)
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, definitionOfAny()))
                .addCode("return $T.of(\n$>$>$L);\n$<$<", RuntimeTypes.LIST, calls)
                .build();
        return TypeSpec.classBuilder(name.simpleName())
                .addJavadoc("Definitions of the assets declared in {@code $L}.\n",
                        assets.get(0).declaringType().getQualifiedName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(all)
                .addMethods(methods)
                .build();
    }

    static TypeName definitionOfAny() {
        return ParameterizedTypeName.get(RuntimeTypes.ASSET_DEFINITION, WildcardTypeName.subtypeOf(Object.class));
    }

    private MethodSpec definition(AssetDeclaration asset, String methodName) {
        var rowType = asset.output().requireRowType();
        CodeBlock.Builder code = CodeBlock.builder()
                .add("return $T.builder($S, $L)\n$>$>", RuntimeTypes.ASSET_DEFINITION, asset.key(),
                        rowTypes.of(rowType.qualifiedName()));
        if (!asset.description().isEmpty()) {
            code.add(".description($S)\n", asset.description());
        }
        if (!asset.schema().isEmpty()) {
            code.add(".schema($S)\n", asset.schema());
        }
        if (!asset.io().equals("default")) {
            code.add(".io($S)\n", asset.io());
        }
        if (!asset.group().equals("default")) {
            code.add(".group($S)\n", asset.group());
        }
        for (DepDeclaration dep : asset.deps()) {
            code.add(".dep($S)\n", dep.key());
        }
        code.add(parameters.builderCalls(asset.parameters()));
        asset.partitioning().ifPresent(partitions -> code.add(".partitions($L)\n", PartitionsCode.of(partitions)));
        asset.retry().ifPresent(retry -> code.add(".retry($L, $LL, $L)\n", retry.attempts(), retry.delayMillis(),
                Double.toString(retry.backoff())));
        if (!asset.usesIoManagerSchemaPolicy()) {
            code.add(".schemaPolicy($T.$L)\n", RuntimeTypes.SCHEMA_POLICY, asset.schemaChange());
        }
        code.add(asset.isSql() ? ".sql($L)\n" : ".computation($L)\n", computation(asset))
                .add(".codeVersion($S)\n", asset.codeVersion())
                .add(".method($S)\n", asset.methodReference())
                .add(".build();\n$<$<");
        return MethodSpec.methodBuilder(methodName)
                .addJavadoc("The asset {@code $L}, computed by\n{@code $L}.\n", asset.key(), asset.methodReference())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.ASSET_DEFINITION, ClassName.get(rowType.element())))
                .addCode(code.build())
                .build();
    }

    private CodeBlock computation(AssetDeclaration asset) {
        if (asset.isSql()) {
            return CodeBlock.of("$L -> $T.$N($L)", TABLES, ClassName.get(asset.declaringType()), asset.methodName(),
                    tableArguments(asset.parameters()));
        }
        return CodeBlock.of("$L -> $T.of($T.$N($L))", ParameterCode.INPUTS, RuntimeTypes.ROWS,
                ClassName.get(asset.declaringType()), asset.methodName(), parameters.arguments(asset.parameters()));
    }

    /** The tables of a query's inputs: {@code CleanSalesDataTable.at(tables.table(0))}, one per parameter. */
    static CodeBlock tableArguments(List<dev.assetflow.processor.model.ParameterDeclaration> parameters) {
        List<CodeBlock> arguments = new ArrayList<>();
        int index = 0;
        for (var parameter : parameters) {
            arguments.add(CodeBlock.of("$T.at($L.table($L))", ClassName.get(parameter.declaredType().orElseThrow()),
                    TABLES, index++));
        }
        return arguments.size() <= 1 ? CodeBlock.join(arguments, ", ")
                : CodeBlock.of("\n$>$>$L$<$<", CodeBlock.join(arguments, ",\n"));
    }

    /** {@code clean_sales_data -> cleanSalesData}. */
    static String camelCase(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = camel.length() > 0;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.length() == 0 ? "asset" : camel.toString();
    }
}
