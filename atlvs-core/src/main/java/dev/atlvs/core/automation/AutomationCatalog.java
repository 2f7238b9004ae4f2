package dev.atlvs.core.automation;

import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.AtlvsModules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trigger and action types automations may name: by default those of the installed modules
 * ({@link AtlvsModule#automationTriggers()}, {@link AtlvsModule#automationActions()}); a host or a test may build
 * its own with {@link #of}.
 *
 * <pre>{@code
 * AutomationCatalog catalog = AutomationCatalog.installed();
 * catalog.trigger("pipeline.stage_entered").ifPresent(t -> ...);
 * }</pre>
 */
public final class AutomationCatalog {

    private static volatile AutomationCatalog installed;

    private final Map<String, AutomationTrigger> triggers;
    private final Map<String, AutomationAction> actions;

    private AutomationCatalog(Map<String, AutomationTrigger> triggers, Map<String, AutomationAction> actions) {
        this.triggers = triggers;
        this.actions = actions;
    }

    /** The types of the installed modules, read once. */
    public static AutomationCatalog installed() {
        AutomationCatalog catalog = installed;
        if (catalog == null) {
            List<AutomationTrigger> triggers = new ArrayList<>();
            List<AutomationAction> actions = new ArrayList<>();
            for (AtlvsModule module : AtlvsModules.installed().inDependencyOrder()) {
                triggers.addAll(module.automationTriggers());
                actions.addAll(module.automationActions());
            }
            catalog = of(triggers, actions);
            installed = catalog;
        }
        return catalog;
    }

    /** A catalog of exactly these types; two types of one name are refused. */
    public static AutomationCatalog of(Collection<? extends AutomationTrigger> triggers, Collection<? extends AutomationAction> actions) {
        Map<String, AutomationTrigger> byTrigger = new LinkedHashMap<>();
        for (AutomationTrigger trigger : triggers) {
            if (byTrigger.putIfAbsent(trigger.name(), trigger) != null) {
                throw new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, "two automation trigger types are named " + trigger.name());
            }
        }
        Map<String, AutomationAction> byAction = new LinkedHashMap<>();
        for (AutomationAction action : actions) {
            if (byAction.putIfAbsent(action.name(), action) != null) {
                throw new AtlvsException(CoreErrorCode.MODULE_SETUP_INVALID, "two automation action types are named " + action.name());
            }
        }
        return new AutomationCatalog(Map.copyOf(byTrigger), Map.copyOf(byAction));
    }

    /** The trigger type named {@code name}. */
    public Optional<AutomationTrigger> trigger(String name) {
        return Optional.ofNullable(triggers.get(name));
    }

    /** The action type named {@code name}. */
    public Optional<AutomationAction> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /** Every trigger type, by name. */
    public Map<String, AutomationTrigger> triggers() {
        return triggers;
    }

    /** Every action type, by name. */
    public Map<String, AutomationAction> actions() {
        return actions;
    }
}
