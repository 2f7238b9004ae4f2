package dev.atlvs.core.permission;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A permission an operation requires, declared once in its module's catalog (for example
 * {@code dev.atlvs.projects.ProjectsPermissions}) and listed by the module's
 * {@link dev.atlvs.core.module.AtlvsModule#permissions()}. Its name is
 * {@code <module>.<resource>.<action>}; member roles, custom roles and direct grants hold patterns that
 * match names ({@code projects.*}, {@code *.*.read}).
 *
 * @param name the permission, e.g. {@code projects.tasks.create}
 * @param description what it allows, for administration screens
 */
public record Permission(String name, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*\\.[a-z][a-z_]*\\.[a-z][a-z_]*");

    public Permission {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a permission is named <module>.<resource>.<action> in lower case: " + name);
        }
    }

    /** The permission {@code name}, described by {@code description}. */
    public static Permission of(String name, String description) {
        return new Permission(name, description);
    }

    /** The module part of the name. */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }

    @Override
    public String toString() {
        return name;
    }
}
