package dev.atlvs.pipeline.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.search.SearchSource;
import dev.atlvs.pipeline.PipelineErrorCode;
import dev.atlvs.pipeline.PipelinePermissions;
import dev.atlvs.pipeline.PipelineRules;
import dev.atlvs.pipeline.testing.PipelineGuardrails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline module: the sales pipeline that wins shows (pipelines and their stages, deals, activities, contacts,
 * conversion facts, forecast snapshots, funnel analytics and pipeline automations) and the workforce pipeline that
 * staffs them (manning slots and assignments, onboarding workflows and tasks, the production advance checklist). It
 * depends on projects (a won deal becomes a project; crew plans belong to one), people (companies, contacts, the
 * directory and its availability) and finance (budgets, exchange rates).
 */
public final class PipelineModule implements AtlvsModule {

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(CORE, "projects", "people", "finance");
    }

    @Override
    public List<Table<?, ?>> tables() {
        List<Table<?, ?>> tables = new ArrayList<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        tables.add(dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow.TABLE);
        tables.add(dev.atlvs.pipeline.workforce.onboarding.OnboardingTask.TABLE);
        tables.add(dev.atlvs.pipeline.workforce.advancing.AdvancingItem.TABLE);
        return List.copyOf(tables);
    }

    @Override
    public List<Class<?>> repositories() {
        List<Class<?>> repositories = new ArrayList<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        repositories.add(dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflowRepository.class);
        repositories.add(dev.atlvs.pipeline.workforce.onboarding.OnboardingTaskRepository.class);
        repositories.add(dev.atlvs.pipeline.workforce.advancing.AdvancingItemRepository.class);
        return List.copyOf(repositories);
    }

    @Override
    public List<EntityType> entityTypes() {
        List<EntityType> types = new ArrayList<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        types.add(new EntityType("onboarding_workflow", dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow.TABLE));
        types.add(new EntityType("advancing_item", dev.atlvs.pipeline.workforce.advancing.AdvancingItem.TABLE));
        return List.copyOf(types);
    }

    @Override
    public List<EventType> eventTypes() {
        List<EventType> types = new ArrayList<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        return List.copyOf(types);
    }

    @Override
    public List<Permission> permissions() {
        return PipelinePermissions.ALL;
    }

    @Override
    public Map<String, Permission> readPermissions() {
        Map<String, Permission> read = new HashMap<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        read.put(dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow.TABLE.name(), PipelinePermissions.ONBOARDING_READ);
        read.put(dev.atlvs.pipeline.workforce.onboarding.OnboardingTask.TABLE.name(), PipelinePermissions.ONBOARDING_READ);
        read.put(dev.atlvs.pipeline.workforce.advancing.AdvancingItem.TABLE.name(), PipelinePermissions.ADVANCING_READ);
        return Map.copyOf(read);
    }

    @Override
    public List<SearchSource> searchSources() {
        List<SearchSource> sources = new ArrayList<>();
        // sales

        // contacts

        // forecasts

        // automations

        // manning

        // onboarding and advancing
        return List.copyOf(sources);
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(6000, 6999, PipelineErrorCode.class);
    }

    @Override
    public List<Rule> rules() {
        return PipelineRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return PipelineGuardrails.guardrails();
    }
}
