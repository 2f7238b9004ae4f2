package dev.atlvs.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AtlvsModulesTest {

    private enum TestCode implements ErrorCode {
        FIRST(4000), SECOND(4001), OTHER(5000);

        private final int number;

        TestCode(int number) {
            this.number = number;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public ErrorCategory category() {
            return ErrorCategory.CONFLICT;
        }
    }

    /** A module without tables, named {@code name}, depending on {@code dependsOn}, with codes in {@code block}. */
    private record Fake(String name, Set<String> dependsOn, ErrorCodeBlock errorCodes, List<Permission> permissions) implements AtlvsModule {
        Fake(String name, Set<String> dependsOn, ErrorCodeBlock errorCodes) {
            this(name, dependsOn, errorCodes, List.of());
        }

        @Override
        public List<Table<?, ?>> tables() {
            return List.of();
        }
    }

    private static final AtlvsModule CORE = new Fake("core", Set.of(), ErrorCodeBlock.of(1000, 1999, CoreErrorCode.class));

    private static Fake module(String name, Set<String> dependsOn, int first) {
        return new Fake(name, dependsOn, new ErrorCodeBlock(first, first + 999, List.of()));
    }

    @Test
    void modulesComeAfterTheModulesTheyDependOn() {
        AtlvsModules modules = AtlvsModules.of(List.of(module("finance", Set.of("core", "projects"), 3000),
                module("projects", Set.of("core"), 2000), CORE));

        assertThat(modules.inDependencyOrder()).extracting(AtlvsModule::name).containsExactly("core", "projects", "finance");
    }

    @Test
    void aMissingDependencyIsRefusedNamingTheModuleAndTheDependency() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, module("finance", Set.of("core", "projects"), 3000))))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID))
                .hasMessageContaining("module finance needs module projects, which is not on the class path")
                .hasMessageContaining("atlvs-projects");
    }

    @Test
    void aSetWithoutTheCoreIsRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(module("projects", Set.of("core"), 2000))))
                .isInstanceOf(AtlvsException.class).hasMessageContaining("the core module is not on the class path");
    }

    @Test
    void circularDependenciesAreRefusedWithTheCircle() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, module("people", Set.of("core", "pipeline"), 4000),
                module("pipeline", Set.of("people"), 5000))))
                .isInstanceOf(AtlvsException.class).hasMessageContaining("in a circle").hasMessageContaining("people -> pipeline -> people");
    }

    @Test
    void twoModulesWithOneNameAreRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, module("people", Set.of(), 4000), module("people", Set.of(), 5000))))
                .isInstanceOf(AtlvsException.class).hasMessageContaining("two modules are named people");
    }

    @Test
    void overlappingErrorCodeBlocksAreRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, module("people", Set.of(), 4000), module("pipeline", Set.of(), 4500))))
                .isInstanceOf(AtlvsException.class).hasMessageContaining("the error-code blocks of modules people and pipeline overlap");
    }

    @Test
    void aCodeOutsideItsBlockIsRefused() {
        assertThatThrownBy(() -> ErrorCodeBlock.of(4000, 4999, TestCode.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER (5000) lies outside 4000-4999");
    }

    @Test
    void aPermissionOutsideTheModulesNameIsRefused() {
        Fake people = new Fake("people", Set.of(), new ErrorCodeBlock(4000, 4999, List.of()),
                List.of(Permission.of("projects.tasks.create", "Creating tasks")));
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, people)))
                .isInstanceOf(AtlvsException.class).hasMessageContaining("module people declares permission projects.tasks.create outside its name");
    }

    /** A module without tables, named {@code name}, declaring {@code repositories}. */
    private record WithRepositories(String name, ErrorCodeBlock errorCodes, List<Class<?>> repositories) implements AtlvsModule {
        @Override
        public Set<String> dependsOn() {
            return Set.of();
        }

        @Override
        public List<Table<?, ?>> tables() {
            return List.of();
        }
    }

    private interface WidgetRepository {}

    @Test
    void aReadPermissionForATableTheModuleDoesNotDeclareIsRefused() {
        Permission read = Permission.of("people.ghosts.read", "Reading ghosts");

        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, new AtlvsModule() {
            @Override
            public String name() {
                return "people";
            }

            @Override
            public List<Table<?, ?>> tables() {
                return List.of();
            }

            @Override
            public List<Permission> permissions() {
                return List.of(read);
            }

            @Override
            public java.util.Map<String, Permission> readPermissions() {
                return java.util.Map.of("ghosts", read);
            }

            @Override
            public ErrorCodeBlock errorCodes() {
                return new ErrorCodeBlock(4000, 4999, List.of());
            }
        })))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID))
                .hasMessageContaining("module people declares a read permission for table ghosts, which it does not declare");
    }

    @Test
    void aReadGuardOfATableTheModuleDoesNotDeclareIsRefused() {
        Permission access = Permission.of("people.ghosts.access", "Reading ghosts");

        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE, new AtlvsModule() {
            @Override
            public String name() {
                return "people";
            }

            @Override
            public List<Table<?, ?>> tables() {
                return List.of();
            }

            @Override
            public List<Permission> permissions() {
                return List.of(access);
            }

            @Override
            public java.util.Map<String, dev.atlvs.core.repository.ReadGuard> readGuards() {
                return java.util.Map.of("ghosts", dev.atlvs.core.repository.ReadGuard.of(access, (tx, row) -> false));
            }

            @Override
            public ErrorCodeBlock errorCodes() {
                return new ErrorCodeBlock(4000, 4999, List.of());
            }
        })))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID))
                .hasMessageContaining("module people guards the reads of table ghosts, which it does not declare");
    }

    @Test
    void aRepositoryDeclaredByTwoModulesIsRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE,
                new WithRepositories("people", new ErrorCodeBlock(4000, 4999, List.of()), List.of(WidgetRepository.class)),
                new WithRepositories("pipeline", new ErrorCodeBlock(5000, 5999, List.of()), List.of(WidgetRepository.class)))))
                .isInstanceOf(AtlvsException.class)
                .hasMessageContaining("repository " + WidgetRepository.class.getName() + " is declared by modules people and pipeline");
    }

    @Test
    void aRepositoryThatIsNoInterfaceIsRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE,
                new WithRepositories("people", new ErrorCodeBlock(4000, 4999, List.of()), List.of(String.class)))))
                .isInstanceOf(AtlvsException.class)
                .hasMessageContaining("module people declares java.lang.String as a repository, but it is no interface");
    }

    /** A module without tables, named {@code name}, declaring {@code rules}. */
    private record WithRules(String name, ErrorCodeBlock errorCodes, List<Rule> rules) implements AtlvsModule {
        @Override
        public Set<String> dependsOn() {
            return Set.of();
        }

        @Override
        public List<Table<?, ?>> tables() {
            return List.of();
        }
    }

    private static final Rule WIDGETS_SIZE = Rule.of("widgets_size_check", CoreErrorCode.VALIDATION_FAILED, "widgets", "size",
            "is small or medium");

    @Test
    void theRulesOfEveryModuleAreFoundByName() {
        AtlvsModules modules = AtlvsModules.of(List.of(CORE,
                new WithRules("people", new ErrorCodeBlock(4000, 4999, List.of(TestCode.FIRST, TestCode.SECOND)),
                        List.of(WIDGETS_SIZE, Rule.of("widgets_owner_fixed", TestCode.FIRST, "widgets", "ownerId", "keeps its owner")))));

        assertThat(modules.rule("widgets_size_check")).contains(WIDGETS_SIZE);
        assertThat(modules.rules()).containsOnlyKeys("widgets_size_check", "widgets_owner_fixed");
        assertThat(modules.rule("widgets_colour_check")).isEmpty();
    }

    @Test
    void aRuleDeclaredByTwoModulesIsRefused() {
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE,
                new WithRules("people", new ErrorCodeBlock(4000, 4999, List.of()), List.of(WIDGETS_SIZE)),
                new WithRules("pipeline", new ErrorCodeBlock(5000, 5999, List.of()), List.of(WIDGETS_SIZE)))))
                .isInstanceOfSatisfying(AtlvsException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MODULE_SETUP_INVALID))
                .hasMessageContaining("rule widgets_size_check is declared by modules people and pipeline");
    }

    @Test
    void aRuleWithAnotherModulesErrorCodeIsRefused() {
        Rule foreign = Rule.of("widgets_owner_fixed", TestCode.OTHER, "widgets", "ownerId", "keeps its owner");
        assertThatThrownBy(() -> AtlvsModules.of(List.of(CORE,
                new WithRules("people", new ErrorCodeBlock(4000, 4999, List.of(TestCode.FIRST)), List.of(foreign)))))
                .isInstanceOf(AtlvsException.class)
                .hasMessageContaining("module people declares rule widgets_owner_fixed with error code OTHER, which is neither its own nor a core code");
    }

    @Test
    void theInstalledModulesOfTheCoreArtifactAreTheCoreAlone() {
        assertThat(AtlvsModules.installed().inDependencyOrder()).extracting(AtlvsModule::name).containsExactly("core");
        assertThat(AtlvsModules.installed().permissions()).containsKey("core.comments.create");
        assertThat(AtlvsModules.installed().eventTypes()).containsOnlyKeys("comment.posted");
    }
}
