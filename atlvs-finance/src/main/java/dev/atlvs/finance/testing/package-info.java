/**
 * Test data of the finance module: accounts, fiscal periods, journal entries, budgets, expenses,
 * revenue, forecasts, invoices and payments, written through the module's services as an
 * organization's owner. The builders take any {@link dev.atlvs.core.module.FixtureOrganization}, such
 * as the organizations that {@code atlvs-testing} creates for an {@code @AtlvsTest}.
 *
 * <pre>{@code
 * OrganizationFixture acme = fixtures.organization("Acme Live");
 * Invoice invoice = FinanceFixtures.issuedInvoice(acme);
 * }</pre>
 */
package dev.atlvs.finance.testing;
