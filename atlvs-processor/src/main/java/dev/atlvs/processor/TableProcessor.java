package dev.atlvs.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Generated;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Derives the {@code Table} declaration of every value type annotated {@code @Db.Table} and writes it
 * as {@code <Type>Table.TABLE} beside the type. Each attribute of the Immutables value type (an abstract
 * accessor or a {@code @Value.Default} one, its own or inherited from a domain interface) is a column
 * named by the snake case of the accessor; {@code Optional} makes it nullable and the Java type picks the
 * column type; the {@code @Db.*} annotations on an accessor mark the exceptions. Mistakes are compile
 * errors on the accessor: a type with no column type, a nullable sort key, an annotation that does not
 * fit the type.
 */
public final class TableProcessor extends AbstractProcessor {

    static final String REPOSITORY = "dev.atlvs.core.repository";
    static final String DB = REPOSITORY + ".Db";
    private static final String VALUE = "org.immutables.value.Value";
    private static final Set<String> FRAMEWORK = Set.of(REPOSITORY + ".Entity", REPOSITORY + ".TenantEntity",
            REPOSITORY + ".SoftDeletable", "java.lang.Object");

    private static final ClassName TABLE = ClassName.get(REPOSITORY, "Table");
    private static final ClassName COLUMN_TYPE = ClassName.get(REPOSITORY, "ColumnType");

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(DB + ".Table");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(DB + ".Table");
        if (annotation == null) {
            return false;
        }
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
            try {
                write((TypeElement) element);
            } catch (Problem problem) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.getMessage(), problem.element);
            }
        }
        return false;
    }

    private void write(TypeElement type) {
        if (type.getKind() != ElementKind.INTERFACE || type.getNestingKind() != NestingKind.TOP_LEVEL) {
            throw new Problem(type, "@Db.Table goes on a top-level Immutables value interface");
        }
        String packageName = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        String simpleName = type.getSimpleName().toString();
        ClassName value = ClassName.get(packageName, simpleName);
        ClassName immutable = ClassName.get(packageName, "Immutable" + simpleName);
        ClassName builder = immutable.nestedClass("Builder");
        AnnotationMirror tableAnnotation = annotation(type, DB + ".Table").orElseThrow();
        String tableName = (String) attribute(tableAnnotation, "value");
        boolean tenantRoot = Boolean.TRUE.equals(attribute(tableAnnotation, "tenantRoot"));
        boolean tenant = extendsType(type, REPOSITORY + ".TenantEntity");
        boolean softDelete = extendsType(type, REPOSITORY + ".SoftDeletable");
        if (tenantRoot && tenant) {
            throw new Problem(type, "a tenant root has no organization_id: it does not extend TenantEntity");
        }
        String start = tenantRoot ? "tenantRoot" : tenant ? "tenant" : "global";

        CodeBlock.Builder declaration = CodeBlock.builder()
                .add("$T\n", TABLE)
                .indent().indent()
                .add(".$L($S, $T.class, $T::builder, $T::build)\n", start, tableName, value, immutable, builder);
        for (Attribute attribute : attributes(type)) {
            declaration.add(attribute.declaration(value, builder));
        }
        if (softDelete) {
            declaration.add(".softDelete()\n");
        }
        declaration.add(".build()").unindent().unindent();

        TypeSpec generated = TypeSpec.classBuilder(simpleName + "Table")
                .addOriginatingElement(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(Generated.class)
                        .addMember("value", "$S", TableProcessor.class.getName()).build())
                .addJavadoc("The declaration of the table {@code atlvs.$L}, derived from the accessors of {@link $T}.\n",
                        tableName, value)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(TABLE, value, builder), "TABLE",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The columns of {@code atlvs.$L}.\n", tableName)
                        .initializer(declaration.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .build();
        try {
            JavaFile.builder(packageName, generated).skipJavaLangImports(true).build().writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            throw new Problem(type, "could not write " + simpleName + "Table: " + e.getMessage());
        }
    }

    /** The attributes of {@code type} in declaration order, supertypes' first; an override keeps its place. */
    private List<Attribute> attributes(TypeElement type) {
        Map<String, List<ExecutableElement>> accessors = new LinkedHashMap<>();
        collect(type, accessors);
        List<Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, List<ExecutableElement>> entry : accessors.entrySet()) {
            List<ExecutableElement> declarations = entry.getValue();
            if (declarations.stream().anyMatch(m -> annotation(m, DB + ".Transient").isPresent())) {
                continue;
            }
            attributes.add(attribute(entry.getKey(), declarations));
        }
        return attributes;
    }

    private void collect(TypeElement type, Map<String, List<ExecutableElement>> accessors) {
        if (FRAMEWORK.contains(type.getQualifiedName().toString())) {
            return;
        }
        for (TypeMirror parent : type.getInterfaces()) {
            collect((TypeElement) processingEnv.getTypeUtils().asElement(parent), accessors);
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && isAttribute((ExecutableElement) member)) {
                // The most specific declaration first: its annotations win.
                accessors.computeIfAbsent(member.getSimpleName().toString(), k -> new ArrayList<>()).add(0, (ExecutableElement) member);
            }
        }
    }

    private static boolean isAttribute(ExecutableElement method) {
        if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)
                || !method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return false;
        }
        return method.getModifiers().contains(Modifier.ABSTRACT)
                || annotation(method, VALUE + ".Default").isPresent()
                || annotation(method, VALUE + ".Derived").isPresent();
    }

    private Attribute attribute(String accessor, List<ExecutableElement> declarations) {
        ExecutableElement method = declarations.get(0);
        TypeMirror type = method.getReturnType();
        boolean nullable = false;
        if (isClass(type, "java.util.Optional")) {
            nullable = true;
            type = ((DeclaredType) type).getTypeArguments().get(0);
        }
        String column = find(declarations, DB + ".Column").map(a -> (String) attribute(a, "value")).orElse(snakeCase(accessor));
        boolean sortable = find(declarations, DB + ".Sortable").isPresent();
        if (sortable && nullable) {
            throw new Problem(method, column + " is nullable and cannot be a sort key");
        }
        Optional<AnnotationMirror> encrypted = find(declarations, DB + ".Encrypted");
        CodeBlock columnType = columnType(method, declarations, type);
        if (encrypted.isPresent() && (sortable || columnType.toString().contains("ARRAY"))) {
            throw new Problem(method, column + " is encrypted: it cannot be a sort key or an array");
        }
        return new Attribute(accessor, column, columnType, nullable, find(declarations, DB + ".Fixed").isPresent(), sortable,
                find(declarations, DB + ".Sensitive").isPresent(), encrypted.isPresent(),
                encrypted.map(a -> Boolean.TRUE.equals(attribute(a, "blindIndex"))).orElse(false));
    }

    private CodeBlock columnType(ExecutableElement method, List<ExecutableElement> declarations, TypeMirror type) {
        Optional<AnnotationMirror> numeric = find(declarations, DB + ".Numeric");
        Optional<AnnotationMirror> character = find(declarations, DB + ".Char");
        boolean jsonb = find(declarations, DB + ".Jsonb").isPresent();
        boolean smallint = find(declarations, DB + ".SmallInt").isPresent();
        String javaType = type.getKind().isPrimitive() ? processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type)
                .getQualifiedName().toString() : qualifiedName(type);
        if (numeric.isPresent() && !javaType.equals("java.math.BigDecimal")) {
            throw new Problem(method, "@Db.Numeric goes on a BigDecimal accessor");
        }
        if ((character.isPresent() || jsonb) && !javaType.equals("java.lang.String")) {
            throw new Problem(method, "@Db.Char and @Db.Jsonb go on a String accessor");
        }
        if (smallint && !javaType.equals("java.lang.Integer")) {
            throw new Problem(method, "@Db.SmallInt goes on an int accessor");
        }
        switch (javaType) {
            case "java.lang.String":
                if (character.isPresent()) {
                    return CodeBlock.of("$T.character($L)", COLUMN_TYPE, attribute(character.get(), "value"));
                }
                return CodeBlock.of("$T.$L", COLUMN_TYPE, jsonb ? "JSONB" : "TEXT");
            case "java.util.UUID":
                return CodeBlock.of("$T.UUID_TYPE", COLUMN_TYPE);
            case "java.lang.Integer":
                return CodeBlock.of("$T.$L", COLUMN_TYPE, smallint ? "SMALLINT" : "INTEGER");
            case "java.lang.Long":
                return CodeBlock.of("$T.BIGINT", COLUMN_TYPE);
            case "java.lang.Boolean":
                return CodeBlock.of("$T.BOOLEAN", COLUMN_TYPE);
            case "java.time.LocalDate":
                return CodeBlock.of("$T.DATE", COLUMN_TYPE);
            case "java.time.Instant":
                return CodeBlock.of("$T.TIMESTAMPTZ", COLUMN_TYPE);
            case "java.time.LocalTime":
                return CodeBlock.of("$T.TIME", COLUMN_TYPE);
            case "java.math.BigDecimal":
                return numeric.map(n -> CodeBlock.of("$T.numeric($L, $L)", COLUMN_TYPE, attribute(n, "precision"), attribute(n, "scale")))
                        .orElse(CodeBlock.of("$T.numeric(19, 4)", COLUMN_TYPE));
            case "java.util.List": {
                List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
                if (arguments.size() == 1 && isClass(arguments.get(0), "java.lang.String")) {
                    return CodeBlock.of("$T.TEXT_ARRAY", COLUMN_TYPE);
                }
                if (arguments.size() == 1 && isClass(arguments.get(0), "java.util.UUID")) {
                    return CodeBlock.of("$T.UUID_TEXT_ARRAY", COLUMN_TYPE);
                }
                break;
            }
            default:
                Element element = processingEnv.getTypeUtils().asElement(type);
                if (element != null && element.getKind() == ElementKind.ENUM) {
                    return CodeBlock.of("$T.enumeration($T.class)", COLUMN_TYPE, ClassName.get((TypeElement) element));
                }
        }
        throw new Problem(method, "no column type for " + type + ": use String, UUID, int, long, boolean, LocalDate, LocalTime, Instant, "
                + "BigDecimal, an enum, List<String> or List<UUID>, or mark the accessor @Db.Transient");
    }

    private String qualifiedName(TypeMirror type) {
        Element element = processingEnv.getTypeUtils().asElement(type);
        return element instanceof TypeElement typeElement ? typeElement.getQualifiedName().toString() : type.toString();
    }

    private boolean isClass(TypeMirror type, String name) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(name);
    }

    private boolean extendsType(TypeElement type, String name) {
        TypeElement target = processingEnv.getElementUtils().getTypeElement(name);
        return target != null && processingEnv.getTypeUtils().isAssignable(
                processingEnv.getTypeUtils().erasure(type.asType()), processingEnv.getTypeUtils().erasure(target.asType()));
    }

    private static Optional<AnnotationMirror> find(List<ExecutableElement> declarations, String name) {
        return declarations.stream().map(m -> annotation(m, name)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<AnnotationMirror> annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotationType.getQualifiedName().contentEquals(name)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    private static Object attribute(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    /** {@code addressLine1} → {@code address_line1}. */
    static String snakeCase(String accessor) {
        StringBuilder column = new StringBuilder(accessor.length() + 4);
        for (char c : accessor.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString();
    }

    /** One column to declare. */
    private record Attribute(String accessor, String column, CodeBlock type, boolean nullable, boolean fixed, boolean sortable,
            boolean sensitive, boolean encrypted, boolean blindIndex) {

        CodeBlock declaration(ClassName value, ClassName builder) {
            CodeBlock.Builder code = CodeBlock.builder().add(".$L($S, $L, $T::$L, $T::$L)", nullable ? "optional" : "column", column, type,
                    value, accessor, builder, accessor);
            if (fixed) {
                code.add(".fixed()");
            }
            if (sensitive) {
                code.add(".sensitive()");
            }
            if (encrypted) {
                code.add(".encrypted($L)", blindIndex);
            }
            if (sortable) {
                code.add(".sortable()");
            }
            return code.add("\n").build();
        }
    }

    /** A mistake in a declaration, reported as a compile error on the element. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Element element;

        Problem(Element element, String message) {
            super(message, null, false, false);
            this.element = element;
        }
    }
}
