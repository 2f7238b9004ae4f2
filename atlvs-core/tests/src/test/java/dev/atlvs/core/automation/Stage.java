package dev.atlvs.core.automation;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.testing.OrganizationFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trigger and action types of the tests, defined here rather than by a module: a crew member entering a place of the
 * venue ({@code test.entered}, config {@code {"place": ...}}), moving them ({@code test.move}, which raises their
 * entering the new place the way a module raises its events), writing a tag ({@code test.note}), an action that always
 * fails ({@code test.fail}) and a time-based trigger whose due entities the test sets ({@code test.idle}).
 */
final class Stage {

    private Stage() {}

    static final AutomationTrigger ENTERED = new AutomationTrigger() {
        @Override
        public String name() {
            return "test.entered";
        }

        @Override
        public String entityType() {
            return "crew";
        }

        @Override
        public void validate(Params config) {
            config.only("place").text("place", 100);
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return config.text("place", 100).equals(event.state().get("place"));
        }

        @Override
        public boolean mayMatch(Params config, Map<String, Object> caused) {
            return config.text("place", 100).equals(caused.get("place"));
        }
    };

    /** Due entities of {@link #IDLE}, by organization. */
    static final Map<UUID, List<AutomationEvent>> DUE = new ConcurrentHashMap<>();

    static final ScheduledTrigger IDLE = new ScheduledTrigger() {
        @Override
        public String name() {
            return "test.idle";
        }

        @Override
        public String entityType() {
            return "crew";
        }

        @Override
        public void validate(Params config) {
            config.only("days").integer("days", 1, 365);
        }

        @Override
        public boolean matches(Params config, AutomationEvent event) {
            return true;
        }

        @Override
        public List<AutomationEvent> due(TenantTransaction tx, Params config, Instant now) {
            return DUE.getOrDefault(tx.organizationId(), List.of());
        }
    };

    static final AutomationAction MOVE = new AutomationAction() {
        @Override
        public String name() {
            return "test.move";
        }

        @Override
        public void validate(Params params) {
            params.only("to").text("to", 100);
        }

        @Override
        public List<Map<String, Object>> mayCause(TenantTransaction tx, Params params) {
            return List.of(Map.of("trigger_type", ENTERED.name(), "place", params.text("to", 100)));
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            String to = params.text("to", 100);
            new AutomationEngine(context.tx()).fire(entered(context.event().entityId(), to));
            return Map.of("place", to);
        }
    };

    static final AutomationAction NOTE = new AutomationAction() {
        @Override
        public String name() {
            return "test.note";
        }

        @Override
        public void validate(Params params) {
            params.only("tag").text("tag", 50);
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            return Map.of("tag", new TagService(context.tx()).create(params.text("tag", 50)).id());
        }
    };

    static final AutomationAction FAIL = new AutomationAction() {
        @Override
        public String name() {
            return "test.fail";
        }

        @Override
        public void validate(Params params) {
            params.only();
        }

        @Override
        public Map<String, Object> run(ActionContext context, Params params) {
            throw new ConflictException(CoreErrorCode.RULE_VIOLATED, "place", "the stage is closed");
        }
    };

    static final AutomationCatalog CATALOG = AutomationCatalog.of(List.of(ENTERED, IDLE), List.of(MOVE, NOTE, FAIL));

    /** A crew member entering {@code place}. */
    static AutomationEvent entered(UUID crew, String place) {
        return AutomationEvent.of(ENTERED.name(), "crew", crew, Map.of("place", place));
    }

    /** A rule builder of the test module. */
    static ImmutableWorkflow.Builder rule(OrganizationFixture org, String name) {
        return Workflow.builder().organizationId(org.id()).module("test").name(name);
    }

    /** A rule: entering {@code from} moves the crew member to {@code to}. */
    static Workflow moving(OrganizationFixture org, String from, String to) {
        return rule(org, from + " to " + to).triggerType(ENTERED.name()).triggerConfig("{\"place\": \"" + from + "\"}")
                .actions("[{\"type\": \"test.move\", \"params\": {\"to\": \"" + to + "\"}}]").build();
    }

    /** Saves {@code rule} as the owner. */
    static Workflow save(OrganizationFixture org, Workflow rule) {
        return org.asOwner(tx -> new AutomationRules(tx, CATALOG).create(rule));
    }

    /** Fires {@code event} as the owner. */
    static AutomationReport fire(OrganizationFixture org, AutomationEvent event) {
        return org.asOwner(tx -> new AutomationEngine(tx, CATALOG).fire(event));
    }

    /** How many rows {@code table} holds, of every organization. */
    static long count(dev.atlvs.testing.TestDatabase db, String table) {
        try (java.sql.Connection connection = db.adminDataSource().getConnection();
                java.sql.ResultSet rows = connection.createStatement().executeQuery("select count(*) from atlvs." + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tag named {@code name}, if any. */
    static java.util.Optional<dev.atlvs.core.tag.Tag> tag(OrganizationFixture org, String name) {
        return org.asOwner(tx -> tx.repository(dev.atlvs.core.tag.TagRepository.class).findByName(name));
    }

    /** The runs of {@code rule}, newest first. */
    static List<AutomationRun> runs(OrganizationFixture org, UUID rule) {
        return org.asOwner(tx -> new AutomationRules(tx, CATALOG).runs(rule, 100));
    }
}
