package dev.assetflow.processor;

import com.palantir.javapoet.ClassName;
import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Names;
import dev.assetflow.processor.generation.SourceWriter;
import dev.assetflow.processor.generation.TableGenerator;
import dev.assetflow.processor.model.AssetGraphFactory;
import dev.assetflow.processor.model.CollectionKind;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.SourceCode;
import dev.assetflow.processor.model.TypeResolution;
import dev.assetflow.processor.validation.ValidationReport;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Writes the jOOQ table class of every asset and source asset compiled from source
 * ({@code CleanSalesDataTable}, in the package of the declaring type or source record), as soon as its row
 * record resolves, so that SQL assets in the same compilation can declare it as an input: their methods then
 * resolve in the next round. Nothing is written when jOOQ or {@code assetflow-core} is not on the class path;
 * a row record with unsupported components gets no table (the pipeline step reports it).
 *
 * <p>Tables are costly to compile (javac checks each subclass of jOOQ's {@code TableImpl} against its whole
 * hierarchy), so by default ({@code -Aassetflow.tables=auto}) they are written only when the compilation declares
 * a SQL asset or SQL check, the only code that reads them; {@code all} writes them for every asset (for the SQL
 * assets of downstream modules), {@code none} never. An invalid value is reported once and read as {@code auto}.
 */
final class TableStep {

    /** The values of {@code -Aassetflow.tables}. */
    enum Mode {
        /** Tables for every asset of a compilation declaring a SQL asset or SQL check (the default). */
        AUTO,
        /** Tables for every asset. */
        ALL,
        /** No tables. */
        NONE
    }

    private final ProcessingEnvironment environment;
    private final Elements elements;
    private final DiagnosticPrinter printer;
    private final SourceCode source;
    private final Set<String> written = new HashSet<>();
    private final Optional<String> option;
    private final Mode mode;
    private AssetGraphFactory factory;
    private boolean optionChecked;

    TableStep(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.printer = new DiagnosticPrinter(environment.getMessager());
        this.source = new SourceCode(environment);
        this.option = Optional.ofNullable(environment.getOptions().get(Messages.TABLES_OPTION)).map(String::trim);
        this.mode = option.flatMap(TableStep::mode).orElse(Mode.AUTO);
    }

    /** The mode {@code value} names, if it names one. */
    private static Optional<Mode> mode(String value) {
        for (Mode mode : Mode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The mode this compilation runs in. */
    Mode mode() {
        return mode;
    }

    /** Whether {@code method} is a SQL asset or SQL check: it returns a jOOQ {@code Select}. */
    static boolean returnsSelect(ExecutableElement method) {
        TypeMirror returned = method.getReturnType();
        return returned.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) returned).asElement())
                .getQualifiedName().contentEquals(CollectionKind.SELECT.qualifiedName());
    }

    /**
     * Writes the tables of {@code assets} and {@code sources} not written yet whose rows resolve, when the mode
     * asks for them: with {@code auto}, when {@code assets} or {@code checks} compiled now include a SQL method.
     */
    void process(List<ExecutableElement> assets, List<ExecutableElement> checks, List<TypeElement> sources) {
        checkOption(assets, sources);
        boolean wanted = switch (mode) {
            case ALL -> true;
            case NONE -> false;
            case AUTO -> Stream.concat(assets.stream(), checks.stream())
                    .anyMatch(method -> returnsSelect(method)
                            && source.isFromSource((TypeElement) method.getEnclosingElement()));
        };
        if (!wanted) {
            return;
        }
        if (elements.getTypeElement(TableGenerator.TABLE_IMPL) == null
                || elements.getTypeElement(TableGenerator.ASSET_TABLE) == null) {
            return;
        }
        for (ExecutableElement method : assets) {
            TypeElement declaring = (TypeElement) method.getEnclosingElement();
            Optional<AnnotationMirror> asset = Annotations.find(method, Annotations.ASSET);
            if (asset.isEmpty() || !source.isFromSource(declaring)) {
                continue;
            }
            String name = Annotations.stringValue(asset.get(), "name");
            String key = name.isEmpty() ? Names.snakeCase(method.getSimpleName().toString()) : name;
            rowRecord(method, asset.get()).ifPresent(record -> write(key, record, packageOf(declaring), method));
        }
        for (TypeElement type : sources) {
            Optional<AnnotationMirror> annotation = Annotations.find(type, Annotations.SOURCE_ASSET);
            if (annotation.isEmpty() || !source.isFromSource(type) || type.getKind() != ElementKind.RECORD
                    || !TypeResolution.isResolved(type)) {
                continue;
            }
            String key = Annotations.stringValue(annotation.get(), "name");
            if (!key.isEmpty()) {
                write(key, type, packageOf(type), type);
            }
        }
    }

    /** Reports an invalid {@code -Aassetflow.tables} once, on the first asset or source asset compiled now. */
    private void checkOption(List<ExecutableElement> assets, List<TypeElement> sources) {
        if (optionChecked || option.isEmpty() || mode(option.get()).isPresent()) {
            return;
        }
        Stream.concat(
                        assets.stream().map(method -> (TypeElement) method.getEnclosingElement()), sources.stream())
                .filter(source::isFromSource).findFirst().ifPresent(anchor -> {
                    optionChecked = true;
                    printer.print(ValidationReport.builder()
                            .error(Messages.invalidTablesOption(option.get()), anchor).build());
                });
    }

    /** The row record of an asset method, once it resolves: {@code @Asset(row)}, else the element type. */
    private Optional<TypeElement> rowRecord(ExecutableElement method, AnnotationMirror asset) {
        Optional<AnnotationValue> row = Annotations.explicitValue(asset, "row");
        TypeMirror type;
        if (row.isPresent()) {
            if (!(row.get().getValue() instanceof TypeMirror declared)) {
                return Optional.empty();
            }
            type = declared;
        } else {
            TypeMirror returned = method.getReturnType();
            if (returned.getKind() != TypeKind.DECLARED || ((DeclaredType) returned).getTypeArguments().size() != 1) {
                return Optional.empty();
            }
            type = ((DeclaredType) returned).getTypeArguments().get(0);
        }
        if (type.getKind() != TypeKind.DECLARED || !TypeResolution.isResolved(type)) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        return element.getKind() == ElementKind.RECORD ? Optional.of(element) : Optional.empty();
    }

    private void write(String key, TypeElement record, String packageName, Element originating) {
        if (!Names.isSqlIdentifier(key)) {
            return; // reported by the pipeline step
        }
        ClassName name = TableGenerator.className(packageName, key);
        if (written.contains(name.canonicalName())) {
            return;
        }
        if (factory == null) {
            factory = new AssetGraphFactory(environment);
        }
        RowTypeModel rowType = factory.rowType(record);
        if (!TableGenerator.supports(rowType) || !Names.isSqlIdentifier(key) || !reachable(record, packageName)
                || rowType.columns().stream().map(column -> column.name()).distinct().count()
                        != rowType.columns().size()
                || !rowType.columns().stream().allMatch(column -> Names.isSqlIdentifier(column.name()))) {
            return; // an invalid key, record or column: the pipeline step reports it, and no table could compile
        }
        written.add(name.canonicalName());
        TypeElement existing = elements.getTypeElement(name.canonicalName());
        if (existing != null && source.isFromSource(existing)) {
            printer.print(ValidationReport.builder().error(Messages.tableClassExists(name.canonicalName(), key),
                    originating).build());
            return;
        }
        try {
            new SourceWriter(environment.getFiler(), elements)
                    .write(TableGenerator.generate(name, key, rowType, List.of(originating)));
        } catch (FilerException e) {
            printer.print(ValidationReport.builder().error(Messages.tableClassExists(name.canonicalName(), key),
                    originating).build());
        } catch (IOException | RuntimeException e) {
            printer.print(ValidationReport.builder().error(Messages.internalError("the table of asset '" + key + "'",
                    e), originating).build());
        }
    }

    /** Whether a table in {@code packageName} can name {@code record}. */
    private boolean reachable(TypeElement record, String packageName) {
        boolean samePackage = packageOf(record).equals(packageName);
        for (Element element = record; element instanceof TypeElement; element = element.getEnclosingElement()) {
            java.util.Set<javax.lang.model.element.Modifier> modifiers = element.getModifiers();
            if (modifiers.contains(javax.lang.model.element.Modifier.PRIVATE)
                    || !samePackage && !modifiers.contains(javax.lang.model.element.Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private String packageOf(TypeElement type) {
        PackageElement element = elements.getPackageOf(type);
        return element.isUnnamed() ? "" : element.getQualifiedName().toString();
    }
}
