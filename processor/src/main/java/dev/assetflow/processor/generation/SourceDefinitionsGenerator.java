package dev.assetflow.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the {@code AssetDefinition.source(...)} of every source asset, in nested {@code SourceAssets}
 * classes whose static {@code definitions()} method lists them.
 */
final class SourceDefinitionsGenerator {

    private static final int CHUNK_BUDGET = 1_000;
    private static final int SOURCE_WEIGHT = 6;

    private final ClassName pipeline;
    private final RowTypeReferences rowTypes;
    private final UniqueNames holderNames;

    SourceDefinitionsGenerator(ClassName pipeline, RowTypeReferences rowTypes, UniqueNames holderNames) {
        this.pipeline = pipeline;
        this.rowTypes = rowTypes;
        this.holderNames = holderNames;
    }

    DefinitionsGenerator.Result generate(List<SourceAssetDeclaration> sources) {
        List<TypeSpec> holders = new ArrayList<>();
        List<ClassName> names = new ArrayList<>();
        List<List<SourceAssetDeclaration>> chunks = Chunks.split(sources, source -> SOURCE_WEIGHT, CHUNK_BUDGET);
        for (int i = 0; i < chunks.size(); i++) {
            ClassName name = pipeline.nestedClass(holderNames.allocate(Chunks.name("SourceAssets", i), "_"));
            holders.add(holder(name, chunks.get(i)));
            names.add(name);
        }
        return new DefinitionsGenerator.Result(holders, names);
    }

    private TypeSpec holder(ClassName name, List<SourceAssetDeclaration> sources) {
        CodeBlock definitions = sources.stream().map(this::definition).collect(CodeBlock.joining(",\n"));
        MethodSpec all = MethodSpec.methodBuilder(DefinitionsGenerator.ALL)
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, DefinitionsGenerator.definitionOfAny()))
                .addCode("return $T.of(\n$>$>$L);\n$<$<", RuntimeTypes.LIST, definitions)
                .build();
        return TypeSpec.classBuilder(name.simpleName())
                .addJavadoc("Source assets: tables produced elsewhere, read but never written.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(all)
                .build();
    }

    private CodeBlock definition(SourceAssetDeclaration source) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.source($S, $L)\n$>$>", RuntimeTypes.ASSET_DEFINITION,
                source.key(), rowTypes.of(source.rowType().orElseThrow().qualifiedName()));
        if (!source.schema().isEmpty()) {
            code.add(".schema($S)\n", source.schema());
        }
        if (!source.io().equals("default")) {
            code.add(".io($S)\n", source.io());
        }
        if (!source.description().isEmpty()) {
            code.add(".description($S)\n", source.description());
        }
        if (!source.group().equals("default")) {
            code.add(".group($S)\n", source.group());
        }
        return code.add(".build()$<$<").build();
    }
}
