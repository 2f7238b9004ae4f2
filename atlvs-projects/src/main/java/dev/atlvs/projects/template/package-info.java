/**
 * Project templates: starting a new project as a copy of an existing one, its plan moved in time.
 * {@link dev.atlvs.projects.template.ProjectTemplateService#copy} copies, in the caller's transaction, the
 * project (as planning), its tasks (to do, unassigned, with their sub-task tree and milestone links), its
 * milestones (not completed), its dependencies (type and lag) and the current plan of its budget (revision
 * 1, nothing committed or spent), every date shifted by the days between the source's start and the new one.
 *
 * <pre>{@code
 * Project nextYear = new ProjectTemplateService(tx).copy(festival.id(),
 *         NewProjectFromTemplate.of("Northern Lights Festival 2027", "NLF-2027", LocalDate.of(2027, 6, 30)));
 * }</pre>
 */
package dev.atlvs.projects.template;
