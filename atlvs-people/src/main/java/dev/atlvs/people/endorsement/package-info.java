/**
 * Endorsements: recommendations of a person's skill by colleagues of the directory or by external referees, verified
 * when endorser and endorsed finished a project together, and weighted into an {@link
 * dev.atlvs.people.endorsement.EndorsementScore} for candidate matching.
 *
 * <pre>{@code
 * EndorsementService endorsements = new EndorsementService(tx);
 * endorsements.endorse(Endorsement.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .endorserName("Maya Brandt").endorserCompany("Northlight Touring").rating(4).build());
 * boolean verified = endorsements.of(ana.id()).get(0).verified();
 * }</pre>
 */
package dev.atlvs.people.endorsement;
