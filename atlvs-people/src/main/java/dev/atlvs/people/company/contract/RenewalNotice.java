package dev.atlvs.people.company.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the renewal calendar: a contract whose renewal notice window opens on {@code noticeDate}.
 *
 * @param contractId the contract
 * @param companyId its company
 * @param title its title
 * @param noticeDate the day the notice window opens (renewal date less the notice days)
 * @param renewalDate the renewal date
 * @param autoRenewal whether it renews by itself unless notice is given
 */
public record RenewalNotice(UUID contractId, UUID companyId, String title, LocalDate noticeDate, LocalDate renewalDate, boolean autoRenewal) {
    public RenewalNotice {
        requireNonNull(contractId, "contractId is null");
        requireNonNull(companyId, "companyId is null");
        requireNonNull(title, "title is null");
        requireNonNull(noticeDate, "noticeDate is null");
        requireNonNull(renewalDate, "renewalDate is null");
    }
}
