package dev.atlvs.people.company.contract;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * An agreement with a company. An {@link ContractType#SOW} falls under an {@link ContractType#MSA} of the same
 * company ({@link #parentContractId()}), which is active when the SOW becomes active; the values of an MSA's SOWs stay
 * within the MSA's {@link #value()} when it has one (its cap). A blacklisted company's contract is not activated. The
 * status follows {@link ContractStatus#LIFECYCLE}; move it through {@link ContractService}. The notice window of a
 * renewal opens {@link #renewalNoticeDays()} before the {@link #renewalDate()}.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("company_contracts")
public interface CompanyContract extends TenantEntity {

    Table<CompanyContract, ImmutableCompanyContract.Builder> TABLE = CompanyContractTable.TABLE;

    static ImmutableCompanyContract.Builder builder() {
        return ImmutableCompanyContract.builder();
    }

    @NotNull
    UUID companyId();

    /** The project the contract is for, where it is for one. */
    Optional<UUID> projectId();

    @NotNull
    ContractType type();

    @Db.Sortable
    @NotBlank
    @Size(max = 300)
    String title();

    Optional<@Size(max = 10000) String> description();

    /** The contract's value in {@link #currency()}; for an MSA, the cap on its SOWs' values. */
    Optional<@PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal> value();

    @Db.Char(3)
    Optional<@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String> currency();

    Optional<LocalDate> startDate();

    /** Not before {@link #startDate()}. */
    Optional<LocalDate> endDate();

    /** When the contract renews or ends. */
    Optional<LocalDate> renewalDate();

    /** Whether the contract rolls forward by itself at its renewal date ({@link ContractService#rollForward}). */
    @Value.Default
    default boolean autoRenewal() {
        return false;
    }

    /** How many days before {@link #renewalDate()} notice must be given. */
    @Value.Default
    @Min(0)
    @Max(365)
    default int renewalNoticeDays() {
        return 30;
    }

    Optional<@Size(max = 4000) String> renewalTerms();

    Optional<@Size(max = 20000) String> terms();

    /** The MSA an SOW falls under: a contract of the same company. */
    Optional<UUID> parentContractId();

    /** The contract this one succeeds on renewal. */
    Optional<UUID> renewsContractId();

    /** When the last party signed; required once the contract is active. */
    Optional<Instant> signedAt();

    @Db.Sortable
    @Value.Default
    default ContractStatus status() {
        return ContractStatus.DRAFT;
    }

    /** The day the notice window of the renewal opens: the renewal date less the notice days. */
    default Optional<LocalDate> noticeDate() {
        return renewalDate().map(date -> date.minusDays(renewalNoticeDays()));
    }

    @Value.Check
    default void check() {
        Violations.of("CompanyContract")
                .ordered(startDate(), endDate(), PeopleRules.COMPANY_CONTRACTS_END_DATE_CHECK)
                .require(value().isEmpty() || currency().isPresent(), PeopleRules.COMPANY_CONTRACTS_VALUE_CURRENCY_CHECK)
                .require(type() != ContractType.SOW || parentContractId().isPresent(), PeopleRules.COMPANY_CONTRACTS_SOW_PARENT_CHECK)
                .require(status() == ContractStatus.DRAFT || status() == ContractStatus.PENDING || signedAt().isPresent(),
                        PeopleRules.COMPANY_CONTRACTS_SIGNED_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
