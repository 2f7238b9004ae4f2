/**
 * Onboarding: a person's workflow onto a project in a role, with its checklist of documentation, training, equipment,
 * access and compliance tasks, its progress derived by the database, and the readiness of a project's crew.
 *
 * <pre>{@code
 * OnboardingService onboarding = new OnboardingService(tx);
 * OnboardingChecklist checklist = onboarding.generate(ana.id(), festival.id(), Optional.of(rigger.id()), "Rigger");
 * checklist.tasks().stream().filter(t -> t.category() == TaskCategory.DOCUMENTATION).forEach(t -> onboarding.complete(t.id()));
 * OnboardingProgress progress = onboarding.progress(checklist.workflow().id());   // 3 of 11 required: 27.27 %
 * ProjectReadiness readiness = onboarding.readiness(festival.id(), LocalDate.of(2026, 7, 1));
 * }</pre>
 */
package dev.atlvs.pipeline.workforce.onboarding;
