/**
 * Shortlists: curated candidate lists for a crew role on a project, their members' funnel (candidate, contacted,
 * interviewed, offered, selected; rejected or declined), the target count no selection exceeds, and the funnel report.
 * Selecting a member publishes {@code shortlist.member_selected}, the hook for an assignment offer.
 *
 * <pre>{@code
 * ShortlistService shortlists = new ShortlistService(tx);
 * Shortlist lds = shortlists.create(Shortlist.builder().organizationId(tx.organizationId())
 *         .name("LD candidates - Q3 tour").targetCount(2).build());
 * ShortlistMember ana = shortlists.addCandidate(lds.id(), anaId, Optional.of(1), Optional.empty());
 * shortlists.move(ana.id(), ShortlistMemberStatus.INTERVIEWED);
 * shortlists.select(ana.id());
 * }</pre>
 */
package dev.atlvs.people.shortlist;
