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
import dev.atlvs.pipeline.sales.activity.Activity;
import dev.atlvs.pipeline.sales.activity.ActivityRepository;
import dev.atlvs.pipeline.sales.contact.Contact;
import dev.atlvs.pipeline.sales.contact.ContactRepository;
import dev.atlvs.pipeline.sales.contact.DealContact;
import dev.atlvs.pipeline.sales.contact.DealContactRepository;
import dev.atlvs.pipeline.sales.deal.ConversionRepository;
import dev.atlvs.pipeline.sales.deal.Deal;
import dev.atlvs.pipeline.sales.deal.DealRepository;
import dev.atlvs.pipeline.sales.deal.PipelineDealRepository;
import dev.atlvs.pipeline.sales.pipeline.Pipeline;
import dev.atlvs.pipeline.sales.pipeline.PipelineRepository;
import dev.atlvs.pipeline.sales.pipeline.PipelineStage;
import dev.atlvs.pipeline.sales.pipeline.PipelineStageRepository;
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
        tables.addAll(List.of(Pipeline.TABLE, PipelineStage.TABLE, Deal.TABLE, Activity.TABLE));

        // contacts
        tables.addAll(List.of(Contact.TABLE, DealContact.TABLE));

        // forecasts
        tables.add(dev.atlvs.pipeline.sales.forecast.PipelineForecast.TABLE);

        // automations

        // manning
        tables.addAll(List.of(dev.atlvs.pipeline.workforce.manning.ManningSlot.TABLE,
                dev.atlvs.pipeline.workforce.manning.ManningAssignment.TABLE));

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
        repositories.addAll(List.of(PipelineRepository.class, PipelineStageRepository.class, DealRepository.class,
                ConversionRepository.class, PipelineDealRepository.class, ActivityRepository.class));

        // contacts
        repositories.addAll(List.of(ContactRepository.class, DealContactRepository.class));

        // forecasts
        repositories.add(dev.atlvs.pipeline.sales.forecast.PipelineForecastRepository.class);
        repositories.add(dev.atlvs.pipeline.sales.forecast.ForecastReads.class);
        repositories.add(dev.atlvs.pipeline.sales.funnel.FunnelReads.class);

        // automations
        repositories.add(dev.atlvs.pipeline.sales.automation.DealAutomationRepository.class);

        // manning
        repositories.addAll(List.of(dev.atlvs.pipeline.workforce.manning.ManningSlotRepository.class,
                dev.atlvs.pipeline.workforce.manning.ManningAssignmentRepository.class));

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
        types.add(new EntityType("pipeline", Pipeline.TABLE));
        types.add(new EntityType("deal", Deal.TABLE));

        // contacts

        // forecasts

        // automations

        // manning
        types.add(new EntityType("manning_slot", dev.atlvs.pipeline.workforce.manning.ManningSlot.TABLE));

        // onboarding and advancing
        types.add(new EntityType("onboarding_workflow", dev.atlvs.pipeline.workforce.onboarding.OnboardingWorkflow.TABLE));
        types.add(new EntityType("advancing_item", dev.atlvs.pipeline.workforce.advancing.AdvancingItem.TABLE));
        return List.copyOf(types);
    }

    @Override
    public List<EventType> eventTypes() {
        List<EventType> types = new ArrayList<>();
        // sales
        types.add(new EventType("deal.created", "deal", "a deal was opened in a pipeline"));
        types.add(new EventType("deal.stage_changed", "deal", "a deal moved to another stage of its pipeline"));
        types.add(new EventType("deal.value_changed", "deal", "the value or currency of a deal changed"));
        types.add(new EventType("deal.held", "deal", "a deal was put on hold"));
        types.add(new EventType("deal.resumed", "deal", "a deal on hold was resumed"));
        types.add(new EventType("deal.won", "deal", "a deal was won"));
        types.add(new EventType("deal.lost", "deal", "a deal was lost, with its reason"));
        types.add(new EventType("deal.project_created", "deal", "a won deal became a project"));
        types.add(new EventType("deal.activity_logged", "deal", "a note, call, email, meeting or task was logged on a deal"));
        types.add(new EventType("deal.activity_completed", "deal", "an activity of a deal was completed"));

        // contacts
        types.add(new EventType("deal.contact_added", "deal", "a contact was put on a deal"));
        types.add(new EventType("deal.primary_contact_changed", "deal", "another contact became the primary contact of a deal"));

        // forecasts

        // automations

        // manning
        types.addAll(List.of(
                new EventType(dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_CONFIRMED,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.AGGREGATE,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_CONFIRMED_DESCRIPTION),
                new EventType(dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_DECLINED,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.AGGREGATE,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_DECLINED_DESCRIPTION),
                new EventType(dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_CANCELLED,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.AGGREGATE,
                        dev.atlvs.pipeline.workforce.manning.ManningEvents.ASSIGNMENT_CANCELLED_DESCRIPTION)));

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
        read.put("pipelines", PipelinePermissions.DEALS_READ);
        read.put("pipeline_stages", PipelinePermissions.DEALS_READ);
        read.put("pipeline_opportunities", PipelinePermissions.DEALS_READ);
        read.put("pipeline_activities", PipelinePermissions.DEALS_READ);

        // contacts
        read.put("pipeline_contacts", PipelinePermissions.CONTACTS_READ);
        read.put("opportunity_contacts", PipelinePermissions.CONTACTS_READ);

        // forecasts
        read.put(dev.atlvs.pipeline.sales.forecast.PipelineForecast.TABLE.name(), PipelinePermissions.FORECASTS_READ);

        // automations

        // manning
        read.put(dev.atlvs.pipeline.workforce.manning.ManningSlot.TABLE.name(), PipelinePermissions.MANNING_READ);
        read.put(dev.atlvs.pipeline.workforce.manning.ManningAssignment.TABLE.name(), PipelinePermissions.MANNING_READ);

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
        sources.add(new SearchSource("deal", Deal.TABLE, List.of("title"), List.of("stage_name", "company_name"), List.of("description")));

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

    // automations: the trigger and action types of pipeline automations, run by the core's automation engine
    @Override
    public List<dev.atlvs.core.automation.AutomationTrigger> automationTriggers() {
        return dev.atlvs.pipeline.sales.automation.PipelineAutomations.triggers();
    }

    @Override
    public List<dev.atlvs.core.automation.AutomationAction> automationActions() {
        return dev.atlvs.pipeline.sales.automation.PipelineAutomations.actions();
    }
}
