package dev.atlvs.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.io.IOException;
import java.io.Reader;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

class CitusFormTest {

    private final AtlvsModule core = AtlvsModules.installed().named(AtlvsModule.CORE).orElseThrow();

    @Test
    void everyFormReplacesItsStatementInTheReleasedScript() throws IOException {
        assertThat(CitusForm.ALL).isNotEmpty();
        for (CitusForm form : CitusForm.ALL) {
            AtlvsModule module = AtlvsModules.installed().named(form.module()).orElseThrow();
            var resources = form.resources(module);
            assertThat(resources.getResources("V", new String[] {".sql"})).singleElement()
                    .extracting(LoadableResource::getFilename).isEqualTo(form.script());
            assertThat(resources.getResources("R", new String[] {".sql"})).isEmpty();
            assertThat(resources.getResources("V", new String[] {".java"})).isEmpty();
            String text = readAll(resources.getResource(form.script()));
            assertThat(text).contains(form.citus()).doesNotContain(form.written());
        }
    }

    @Test
    void theCoreRetentionColumnsAreAddedOneStatementEach() throws IOException {
        CitusForm retention = CitusForm.of(core).get(0);
        assertThat(retention.version()).isEqualTo("33");
        String text = readAll(retention.resources(core).getResource("V33__retention.sql"));
        assertThat(text.split("alter table atlvs\\.organizations", -1)).hasSize(5);
    }

    @Test
    void aScriptThatDoesNotHoldTheStatementIsRefused() {
        CitusForm stale = new CitusForm(AtlvsModule.CORE, "33", "V33__retention.sql", "alter table atlvs.nothing;", "select 1;");
        assertThatThrownBy(() -> stale.resources(core)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V33__retention.sql").hasMessageContaining("exactly once");
        CitusForm missing = new CitusForm(AtlvsModule.CORE, "99", "V99__none.sql", "x", "y");
        assertThatThrownBy(() -> missing.resources(core)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on the class path");
        assertThat(CitusForm.of(core)).extracting(CitusForm::version).containsExactly("33", "35");
    }

    private static String readAll(LoadableResource resource) throws IOException {
        try (Reader reader = resource.read()) {
            var out = new java.io.StringWriter();
            reader.transferTo(out);
            return out.toString();
        }
    }
}
