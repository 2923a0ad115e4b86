package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {
    private final Credits credits = new Credits(Agencies.standard());

    @Test
    void readsAgencyCreditsInTheirCommonForms() {
        assertThat(credits.read("", "LONDON (Reuters) - Shares fell on Monday.").agency()).isEqualTo("Reuters");
        assertThat(credits.read("By AFP | Updated: May 2, 2024\nText", "Text.").agency()).isEqualTo("Agence France-Presse");
        assertThat(credits.read("", "Berlin, May 2 (dpa) - The chancellor spoke.").agency()).isEqualTo("Deutsche Presse-Agentur");
        assertThat(credits.read("Body.\nThe rest. (AP)", "Body.").agency()).isEqualTo("Associated Press");
    }

    @Test
    void aSourceIsNotACredit() {
        assertThat(credits.read("", "Prices rose, according to Reuters, and markets fell.").agency()).isNull();
        assertThat(credits.read("", "The minister told AFP that talks would resume.").agency()).isNull();
        assertThat(credits.read("", "APPLE shares rose as the AP reported earlier.").agency()).isNull();
        assertThat(credits.read("", "As per the Korean Central News Agency (KCNA), troops took part.").agency()).isNull();
    }

    @Test
    void readsPersonBylinesButNotAgencies() {
        assertThat(credits.read("Headline here\nBy Jane Doe and John Roe | March 3, 2024\nBody", "Body.").byline())
                .isEqualTo("Jane Doe and John Roe");
        assertThat(credits.read("By Reuters Staff\nBody", "Body.").byline()).isNull();
        assertThat(credits.read("Title\n\n By Kase Wickman\n\n Sunday, July 31, 2011 21:39 EDT\n\n Body", "Body.").byline())
                .as("a byline never runs into the next line").isEqualTo("Kase Wickman");
    }

    @Test
    void readsDatelines() {
        assertThat(Credits.dateline("NAIROBI: The election commission said on Monday…")).hasValue("Nairobi");
        assertThat(Credits.dateline("Paris, June 3 (Reuters) – The French government said…")).hasValue("Paris");
        assertThat(Credits.dateline("Seoul [South Korea], April 27 (ANI): Russia has said…")).hasValue("Seoul, South Korea");
        assertThat(Credits.dateline("New Delhi: The minister announced…")).hasValue("New Delhi");
        assertThat(Credits.dateline("Lagos, April 27 The central bank raised rates…")).hasValue("Lagos");
        assertThat(Credits.dateline("KATHMANDU, Nepal (AP) — A Swiss climber said…")).hasValue("Kathmandu, Nepal");
        assertThat(Credits.dateline("MONTPELIER, Vt. (AP) — The Latest on the storm…")).hasValue("Montpelier, Vt.");
        assertThat(Credits.dateline("OSAN AIR BASE, South Korea (AFNS) -- Forces held an exercise…"))
                .hasValue("Osan Air Base, South Korea");
        assertThat(Credits.dateline("Hong Kong (CNN Business)A muddled view of trade talks weighs on investors."))
                .hasValue("Hong Kong");
        assertThat(Credits.datelineLength("Hong Kong (CNN Business)A muddled view")).isEqualTo("Hong Kong (CNN Business)".length());
        assertThat(Credits.datelineLength("WASHINGTON (CNN)The Senate voted on Tuesday.")).isEqualTo("WASHINGTON (CNN)".length());
        assertThat(Credits.datelineLength("Apple (AAPL)Shares rose 3% in early trading.")).isZero();
        assertThat(Credits.datelineLength("WASHINGTON—The chairman of the committee promised a review.")).isEqualTo("WASHINGTON—".length());
        assertThat(Credits.datelineLength("Coca-Cola—The company said sales rose.")).isZero();
        assertThat(Credits.datelineLength("WASHINGTON The Senate passed the budget on Friday.")).isEqualTo("WASHINGTON ".length());
        assertThat(Credits.datelineLength("DUBAI A Bahraini court sentenced an activist.")).isEqualTo("DUBAI ".length());
        assertThat(Credits.datelineLength("SINGAPORE/BEIJING Flamboyant former basketball star Dennis Rodman arrived."))
                .isEqualTo("SINGAPORE/BEIJING ".length());
        assertThat(Credits.datelineLength("NASA Administrator Bill Nelson said the launch would go ahead.")).isZero();
        assertThat(Credits.datelineLength("FBI agents searched the house on Monday.")).isZero();
        assertThat(Credits.datelineLength("NEW YORK, May 18 (UPI) -- Art supply company Crayola is warning bloggers."))
                .isEqualTo("NEW YORK, May 18 (UPI) -- ".length());
        assertThat(Credits.datelineLength("FILE - In this May 24, 2016, file photo, police search a field.")).isZero();
        assertThat(Credits.dateline("The United Nations (UN)The body voted on Monday.")).isEmpty();
        assertThat(Credits.dateline("Mr. Duda, Poland's president, said on Monday…")).isEmpty();
        assertThat(Credits.dateline("Andrzej Duda, President of Poland, said on Monday…")).isEmpty();
        assertThat(Credits.dateline("However, Microsoft — which owns LinkedIn — said it would appeal.")).isEmpty();
        assertThat(Credits.dateline("In Washington, Republicans — who hold the House — blocked the bill.")).isEmpty();
        assertThat(Credits.datelineLength("Meanwhile, Democrats -- led by the speaker -- walked out.")).isZero();
        assertThat(Credits.datelineLength("Nik Richie — owner of the gossip website — connected a reporter with her.")).isZero();
        assertThat(Credits.datelineLength("DENVER (AP) — The Broncos won on Sunday.")).isEqualTo("DENVER (AP) — ".length());
        assertThat(Credits.dateline("The minister said: we will act.")).isEmpty();
        assertThat(Credits.dateline("Officials said the talks would resume.")).isEmpty();
    }
}
