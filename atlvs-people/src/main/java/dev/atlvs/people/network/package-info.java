/**
 * The people network: who knows whom (colleague, collaborator, friend, mentor and mentee), and the network queries:
 * degrees of separation and the shortest introduction path, a bounded bidirectional breadth-first search.
 *
 * <pre>{@code
 * NetworkService network = new NetworkService(tx);
 * network.connect(ana.id(), ben.id(), RelationshipType.COLLEAGUE, 4, Optional.empty());
 * network.connect(ben.id(), cleo.id(), RelationshipType.MENTOR, 5, Optional.of("Ben trained Cleo on grandMA3"));
 * IntroductionPath path = network.path(ana.id(), cleo.id()).orElseThrow();
 * int degrees = path.degrees();   // 2
 * }</pre>
 */
package dev.atlvs.people.network;
