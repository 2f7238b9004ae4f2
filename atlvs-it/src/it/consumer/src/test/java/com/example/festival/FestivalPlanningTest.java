package com.example.festival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectRepository;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.testing.ProjectFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.PostgresServer;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What an application's own tests do with the SDK's published fixtures. */
@AtlvsTest
class FestivalPlanningTest {

    @Test
    void runsOnTheEmbeddedServerTheSdkSupports(TestDatabase database) {
        PostgresServer server = database.server();

        assertEquals(PostgresServer.Kind.EMBEDDED, server.kind());
        assertTrue(server.majorVersion() >= 15, () -> "PostgreSQL " + server.version());
    }

    @Test
    void aVenueAndAProjectThereAreStoredAndReadBack(Fixtures fixtures) {
        // given
        OrganizationFixture company = fixtures.organization("Harbour Lights Productions");

        // when
        Location venue = company.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(company.id())
                .name("Pier 4 Warehouse")
                .type(LocationType.VENUE)
                .city("Bergen")
                .country("NO")
                .capacity(1200)
                .build()));
        Project project = company.asOwner(tx -> new ProjectService(tx).create(Project.builder()
                .organizationId(company.id())
                .code("HL-2026")
                .name("Harbour Lights 2026")
                .locationId(venue.id())
                .startDate(LocalDate.of(2026, 8, 14))
                .endDate(LocalDate.of(2026, 8, 16))
                .currency("NOK")
                .build()));

        // then: read back in a transaction of its own
        company.asOwner(tx -> {
            Location storedVenue = tx.repository(LocationRepository.class).get(venue.id());
            assertEquals("Pier 4 Warehouse", storedVenue.name());
            assertEquals(LocationType.VENUE, storedVenue.type());
            assertEquals("Bergen", storedVenue.city().orElseThrow());
            assertEquals(1200, storedVenue.capacity().orElseThrow());
            assertEquals(company.id(), storedVenue.organizationId());
            assertEquals(1L, storedVenue.version());

            Project storedProject = tx.repository(ProjectRepository.class).findByCode("hl-2026").orElseThrow();
            assertEquals(project.id(), storedProject.id());
            assertEquals("Harbour Lights 2026", storedProject.name());
            assertEquals(ProjectStatus.PLANNING, storedProject.status());
            assertEquals(venue.id(), storedProject.locationId().orElseThrow());
            assertEquals(LocalDate.of(2026, 8, 16), storedProject.endDate().orElseThrow());
            assertEquals(company.owner().id(), storedProject.createdBy().orElseThrow());
            return null;
        });
    }

    @Test
    void anotherOrganizationSeesNeitherTheVenueNorTheProject(Fixtures fixtures) {
        // given
        OrganizationFixture company = fixtures.organization("Northern Stage Company");
        OrganizationFixture competitor = fixtures.organization("Southern Stage Company");
        Location venue = company.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                .organizationId(company.id()).name("Old Mill Yard").type(LocationType.SITE).build()));
        company.asOwner(tx -> new ProjectService(tx).create(Project.builder()
                .organizationId(company.id()).code("OMY-1").name("Old Mill Open Air").locationId(venue.id()).build()));

        // when / then
        competitor.asOwner(tx -> {
            assertTrue(tx.repository(LocationRepository.class).find(venue.id()).isEmpty());
            assertTrue(tx.repository(ProjectRepository.class).findByCode("OMY-1").isEmpty());
            return null;
        });
    }

    @Test
    void theModulesFixturesBuildAFestivalAndItsBooks(Fixtures fixtures) {
        // given
        OrganizationFixture company = fixtures.organization("Fjord Festival AS");

        // when
        ProjectFixtures.FestivalBuild build = ProjectFixtures.festivalBuild(company);
        Invoice invoice = FinanceFixtures.issuedInvoice(company);

        // then
        assertEquals(8, build.tasks().size());
        assertEquals(company.id(), build.project().organizationId());
        assertEquals(InvoiceStatus.ISSUED, invoice.status());
        assertTrue(invoice.invoiceNumber().orElseThrow().startsWith("INV-"), () -> "number " + invoice.invoiceNumber());
    }
}
