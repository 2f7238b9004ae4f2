/**
 * Actuator integration of the starter, active only when Spring Boot Actuator is on the class path: the {@code atlvs}
 * health indicator.
 *
 * <pre>
 * GET /actuator/health/atlvs
 * {"status": "DOWN", "details": {"code": "MIGRATIONS_PENDING", "pending": {"projects": ["12"]}, ...}}
 * </pre>
 */
package dev.atlvs.spring.actuate;
