package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparable forms of company names and web sites. */
class CompanyNamesTest {

    @Test
    void legalFormsAccentsAndPunctuationAreDroppedFromNames() {
        assertThat(CompanyNames.normalize("Nordlicht Bühnen GmbH")).isEqualTo("nordlicht buhnen");
        assertThat(CompanyNames.normalize("Nordlicht-Bühnen G.m.b.H.")).isEqualTo("nordlicht buhnen");
        assertThat(CompanyNames.normalize("Éclairage Lumière S.A.")).isEqualTo("eclairage lumiere");
        assertThat(CompanyNames.normalize("Scène et Son SARL")).isEqualTo("scene et son");
        assertThat(CompanyNames.normalize("Harbour Audio Limited")).isEqualTo("harbour audio");
        assertThat(CompanyNames.normalize("  Harbour   Audio, Ltd. ")).isEqualTo("harbour audio");
        assertThat(CompanyNames.normalize("Skyline Rigging Inc")).isEqualTo("skyline rigging");
        assertThat(CompanyNames.normalize("Skyline Rigging LLC")).isEqualTo("skyline rigging");
    }

    @Test
    void aNameThatIsOnlyALegalFormKeepsNothingToCompare() {
        assertThat(CompanyNames.normalize("Ltd")).isEqualTo("ltd");
        assertThat(CompanyNames.normalize("!!!")).isEmpty();
    }

    @Test
    void theDomainIsTheHostWithoutWww() {
        assertThat(CompanyNames.domain("https://www.Nordlicht.example/kontakt?x=1")).contains("nordlicht.example");
        assertThat(CompanyNames.domain("http://nordlicht.example")).contains("nordlicht.example");
        assertThat(CompanyNames.domain("not a url")).isEqualTo(Optional.empty());
    }

    @Test
    void similarNamesScoreHigherThanUnrelatedOnes() {
        assertThat(CompanyNames.similarity("Skyline Rigging", "Skyline Riging Ltd")).isGreaterThan(0.5);
        assertThat(CompanyNames.similarity("Skyline Rigging", "Quayside Catering")).isLessThan(0.2);
        assertThat(CompanyNames.similarity("Skyline Rigging", "Skyline Rigging GmbH")).isEqualTo(1.0);
    }
}
