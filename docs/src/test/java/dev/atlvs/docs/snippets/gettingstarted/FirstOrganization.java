package dev.atlvs.docs.snippets.gettingstarted;

// tag::gs-organization[]
import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberService;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;

// end::gs-organization[]
/** The getting-started guide's organization: an owner and a contributor. */
public record FirstOrganization(Organization organization, User maya, User priya) {

    /** Creates the organization and its two members. */
    public static FirstOrganization create(Atlvs atlvs) {
        // tag::gs-organization[]
        Platform platform = atlvs.platform();       // operations across tenants: users, organizations, members
        User maya = platform.registerUser(User.builder()
                .email("maya@northern-lights.example").displayName("Maya Okafor").build());
        User priya = platform.registerUser(User.builder()
                .email("priya@northern-lights.example").displayName("Priya Nair").build());

        Organization festival = platform.createOrganization(Organization.builder()
                        .name("Northern Lights Festival").slug("northern-lights")
                        .timezone("Europe/Oslo").baseCurrency("NOK").build(), maya.id())   // Maya becomes its owner
                .organization();

        // Maya, an owner, invites Priya; the membership is active once Priya accepts.
        Member invited = atlvs.inTenant(festival.id(), maya.id(),
                tx -> new MemberService(tx).invite(priya.id(), MemberRole.CONTRIBUTOR));
        platform.activateMember(festival.id(), invited.id());
        // end::gs-organization[]
        return new FirstOrganization(festival, maya, priya);
    }
}
