package dev.atlvs.people.company.contract;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyRepository;
import dev.atlvs.people.company.CompanyStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations on company contracts: creating them, moving them through {@link ContractStatus#LIFECYCLE} (send,
 * recall, activate once signed, terminate, expire by date), renewing them (the successor and the renewed contract in
 * one transaction), the renewal calendar with the automatic roll-forward, and the consumption of an MSA's cap.
 *
 * <pre>{@code
 * ContractService contracts = new ContractService(tx);
 * CompanyContract msa = contracts.create(CompanyContract.builder().organizationId(tx.organizationId()).companyId(vendor.id())
 *         .type(ContractType.MSA).title("Rigging MSA 2026").value(new BigDecimal("100000")).currency("GBP").build());
 * contracts.send(msa.id());
 * contracts.activate(msa.id(), Instant.parse("2026-02-01T10:00:00Z"));
 * CapConsumption cap = contracts.capConsumption(msa.id());
 * }</pre>
 */
public final class ContractService {
    private final TenantTransaction tx;

    public ContractService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Creates a contract, a draft unless given another state. */
    public CompanyContract create(CompanyContract contract) {
        tx.require(PeoplePermissions.CONTRACTS_CREATE);
        return contracts().insert(contract);
    }

    /** The contract. */
    public CompanyContract get(UUID id) {
        return contracts().get(id);
    }

    /** Sends a draft for signature: draft → pending. */
    public CompanyContract send(UUID id) {
        return move(id, ContractStatus.PENDING);
    }

    /** Takes a contract back from signature: pending → draft. */
    public CompanyContract recall(UUID id) {
        return move(id, ContractStatus.DRAFT);
    }

    /**
     * Activates a contract all parties signed, at {@code signedAt}: pending → active. Refused for a blacklisted company
     * ({@code company_contracts_company_blacklisted}) and for an SOW whose MSA is not active
     * ({@code company_contracts_msa_active}).
     */
    public CompanyContract activate(UUID id, Instant signedAt) {
        requireNonNull(signedAt, "signedAt is null");
        tx.require(PeoplePermissions.CONTRACTS_UPDATE);
        CompanyContract contract = ContractStatus.LIFECYCLE.require(contracts().get(id), ContractStatus.ACTIVE);
        requireActivatable(contract);
        return contracts().update(CompanyContract.builder().from(contract).status(ContractStatus.ACTIVE).signedAt(signedAt).build());
    }

    /** Ends an active contract before its time: active → terminated. */
    public CompanyContract terminate(UUID id) {
        return move(id, ContractStatus.TERMINATED);
    }

    /**
     * Moves every active contract without automatic renewal whose end date is before {@code asOf} to expired, and
     * returns them as they are now. Idempotent: a second run on the same day moves nothing.
     */
    public List<CompanyContract> expireEnded(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        tx.require(PeoplePermissions.CONTRACTS_UPDATE);
        List<CompanyContract> expired = new ArrayList<>();
        for (CompanyContract contract : contracts().endedBefore(asOf)) {
            ContractStatus.LIFECYCLE.require(contract, ContractStatus.EXPIRED);
            expired.add(contracts().update(ImmutableCompanyContract.copyOf(contract).withStatus(ContractStatus.EXPIRED)));
        }
        return expired;
    }

    /**
     * Renews an active (or expired) contract for {@code start} to {@code end}: creates its successor, active and signed
     * now under the same terms (a renewal date, when the contract had one, moves to {@code end}), and marks the contract
     * renewed, in this one transaction. An SOW's successor stays under the same MSA and counts against its cap in its
     * place.
     *
     * @return the successor
     */
    public CompanyContract renew(UUID id, LocalDate start, LocalDate end) {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        tx.require(PeoplePermissions.CONTRACTS_UPDATE);
        CompanyContract contract = ContractStatus.LIFECYCLE.require(contracts().get(id), ContractStatus.RENEWED);
        CompanyContract successor = tx.validate("CompanyContract", CompanyContract.builder().organizationId(contract.organizationId())
                .companyId(contract.companyId()).projectId(contract.projectId()).type(contract.type()).title(contract.title())
                .description(contract.description()).value(contract.value()).currency(contract.currency())
                .autoRenewal(contract.autoRenewal()).renewalNoticeDays(contract.renewalNoticeDays())
                .renewalTerms(contract.renewalTerms()).terms(contract.terms()).parentContractId(contract.parentContractId())
                .status(ContractStatus.ACTIVE).signedAt(tx.now()).startDate(start).endDate(end)
                .renewalDate(contract.renewalDate().map(previous -> end)).renewsContractId(contract.id()).build());
        requireActivatable(successor);
        contracts().update(ImmutableCompanyContract.copyOf(contract).withStatus(ContractStatus.RENEWED));
        return contracts().insert(successor);
    }

    /**
     * Renews every active contract with automatic renewal whose renewal date is on or before {@code asOf}, each for a
     * term as long as its last one (from the day after its end, or its renewal date), and returns the successors.
     * Idempotent: a renewed contract is not due again.
     */
    public List<CompanyContract> rollForward(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        List<CompanyContract> successors = new ArrayList<>();
        for (CompanyContract contract : contracts().autoRenewalsDue(asOf)) {
            LocalDate renewal = contract.renewalDate().orElseThrow();
            LocalDate start = contract.endDate().map(end -> end.plusDays(1)).orElse(renewal);
            long days = contract.startDate().flatMap(s -> contract.endDate().map(e -> ChronoUnit.DAYS.between(s, e))).orElse(364L);
            LocalDate end = start.plusDays(days);
            successors.add(renew(contract.id(), start, end));
        }
        return successors;
    }

    /** The renewal calendar: contracts whose notice window opens between {@code from} and {@code to}, by that day. */
    public List<RenewalNotice> renewalCalendar(LocalDate from, LocalDate to) {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        return contracts().noticeWindowsOpening(from, to).stream()
                .map(c -> new RenewalNotice(c.id(), c.companyId(), c.title(), c.noticeDate().orElseThrow(), c.renewalDate().orElseThrow(),
                        c.autoRenewal()))
                .toList();
    }

    /** How much of an MSA's cap its SOWs take. */
    public CapConsumption capConsumption(UUID msaId) {
        CompanyContract msa = contracts().get(msaId);
        BigDecimal committed = contracts().committedUnder(msaId);
        return new CapConsumption(msa.id(), msa.value(), committed, msa.value().map(cap -> cap.subtract(committed)), msa.currency());
    }

    private CompanyContract move(UUID id, ContractStatus target) {
        tx.require(PeoplePermissions.CONTRACTS_UPDATE);
        CompanyContract contract = ContractStatus.LIFECYCLE.require(contracts().get(id), target);
        return contracts().update(ImmutableCompanyContract.copyOf(contract).withStatus(target));
    }

    /** The rules of activation the database holds too, checked first for a clear error. */
    private void requireActivatable(CompanyContract contract) {
        Company company = tx.repository(CompanyRepository.class).findIncludingDeleted(contract.companyId()).orElseThrow();
        if (company.status() == CompanyStatus.BLACKLISTED) {
            throw PeopleRules.COMPANY_CONTRACTS_COMPANY_BLACKLISTED.exception();
        }
        Optional<CompanyContract> parent = contract.parentContractId().flatMap(contracts()::find);
        if (parent.isPresent() && parent.get().status() != ContractStatus.ACTIVE) {
            throw PeopleRules.COMPANY_CONTRACTS_MSA_ACTIVE.exception();
        }
    }

    private CompanyContractRepository contracts() {
        return tx.repository(CompanyContractRepository.class);
    }
}
