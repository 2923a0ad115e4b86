package dev.parallax.core.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.annotate.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkingTest {
    private final MentionLinker linker = new MentionLinker();
    private final EntityMerger merger = new EntityMerger();

    /** Mentions at every occurrence of each phrase (type after a colon: "Lula:PERSON"), as a tagger gives them. */
    static List<EntityMention> mentions(String text, String... phrases) {
        List<EntityMention> out = new ArrayList<>();
        for (String p : phrases) {
            String phrase = p.substring(0, p.lastIndexOf(':'));
            EntityType type = EntityType.valueOf(p.substring(p.lastIndexOf(':') + 1));
            int from = 0;
            int i;
            boolean found = false;
            while ((i = text.indexOf(phrase, from)) >= 0) {
                int at = i;
                boolean inside = out.stream().anyMatch(m -> m.span().start() <= at && at < m.span().end());
                if (!inside) {
                    out.add(new EntityMention(new Span(i, i + phrase.length()), phrase, type));
                    found = true;
                }
                from = i + phrase.length();
            }
            assertThat(found).as("'%s' in the text", phrase).isTrue();
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    private List<ArticleEntity> link(String text, String... phrases) {
        return linker.link(text, mentions(text, phrases));
    }

    private static ArticleEntity named(List<ArticleEntity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + es));
    }

    @Test
    void aShortFormJoinsTheOnlyFullNameItFits() {
        String text = "Brazilian President Luiz Inácio Lula da Silva met Vladimir Putin. Lula said Putin agreed.";
        List<ArticleEntity> es = link(text, "Luiz Inácio Lula da Silva:PERSON", "Lula:PERSON", "Vladimir Putin:PERSON", "Putin:PERSON");
        assertThat(es).extracting(ArticleEntity::name).containsExactly("Luiz Inácio Lula da Silva", "Vladimir Putin");
        assertThat(named(es, "Luiz Inácio Lula da Silva").mentions()).extracting(EntityMention::text)
                .containsExactly("Luiz Inácio Lula da Silva", "Lula");
    }

    @Test
    void aNameTheTaggerTypesTwoWaysIsOneEntityOfTheTypeOfItsFullName() {
        String text = "Kylie Jenner sold a stake. Jenner kept the rest, and Jenner said so. Coty paid. Coty rose.";
        List<EntityMention> ms = new ArrayList<>(mentions(text, "Kylie Jenner:PERSON", "Coty:ORGANIZATION"));
        int first = text.indexOf("Jenner kept");
        int second = text.indexOf("Jenner said");
        ms.add(new EntityMention(new Span(first, first + 6), "Jenner", EntityType.LOCATION));
        ms.add(new EntityMention(new Span(second, second + 6), "Jenner", EntityType.PERSON));
        int coty = text.indexOf("Coty rose");
        ms.add(new EntityMention(new Span(coty, coty + 4), "Coty", EntityType.PERSON));
        ms.removeIf(m -> m.text().equals("Coty") && m.span().start() == coty && m.type() == EntityType.ORGANIZATION);
        ms.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<ArticleEntity> es = linker.link(text, ms);
        assertThat(es).extracting(ArticleEntity::name).containsExactly("Kylie Jenner", "Coty", "Coty");
        assertThat(named(es, "Kylie Jenner").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(es, "Kylie Jenner").mentions()).hasSize(3);
        // no fuller name to tell which type is right: the mentions keep theirs
        assertThat(es).extracting(ArticleEntity::type)
                .containsExactly(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PERSON);
    }

    @Test
    void aCourtesyTitleIsNoPartOfTheName() {
        String text = "President Andrzej Duda signed the bill. Mr. Duda said it was fair, and Duda left.";
        List<ArticleEntity> es = link(text, "Andrzej Duda:PERSON", "Mr. Duda:PERSON", "Duda:PERSON");
        assertThat(es).extracting(ArticleEntity::name).containsExactly("Andrzej Duda");
        assertThat(es.get(0).mentions()).hasSize(3);
    }

    @Test
    void aStrayQuotationMarkInAMentionIsNoPartOfTheName() {
        assertThat(NameForms.clean("” Duda")).isEqualTo("Duda");
        assertThat(NameForms.clean("\"Andrzej Duda,")).isEqualTo("Andrzej Duda");
        assertThat(NameForms.key("” Duda")).isEqualTo(NameForms.key("Duda"));
        assertThat(NameForms.clean("Lowe's")).isEqualTo("Lowe");
    }

    @Test
    void aPlaceInsideAnOrganisationsNameKeepsItsType() {
        String text = "The New York Times reported it. New York is large, and officials in New York agreed.";
        List<EntityMention> ms = new ArrayList<>(mentions(text, "The New York Times:ORGANIZATION"));
        int first = text.indexOf("New York is");
        int second = text.lastIndexOf("New York");
        ms.add(new EntityMention(new Span(first, first + 8), "New York", EntityType.ORGANIZATION));
        ms.add(new EntityMention(new Span(second, second + 8), "New York", EntityType.LOCATION));
        ms.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        assertThat(linker.link(text, ms)).filteredOn(e -> e.name().equals("New York")).extracting(ArticleEntity::type)
                .containsExactlyInAnyOrder(EntityType.ORGANIZATION, EntityType.LOCATION);
    }

    @Test
    void aShortFormThatFitsTwoPeopleStaysApart() {
        String text = "Kim Jong Un and his sister Kim Yo Jong attended. Kim said the troops were heroes.";
        List<ArticleEntity> es = link(text, "Kim Jong Un:PERSON", "Kim Yo Jong:PERSON", "Kim:PERSON");
        assertThat(es).extracting(ArticleEntity::name).containsExactly("Kim Jong Un", "Kim Yo Jong", "Kim");
    }

    @Test
    void anAcronymJoinsItsExpansion() {
        String text = "The Korean Central News Agency reported the visit. KCNA said it lasted two days.";
        List<ArticleEntity> es = link(text, "Korean Central News Agency:ORGANIZATION", "KCNA:ORGANIZATION");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).mentions()).hasSize(2);
    }

    @Test
    void aCapitalActingAsItsGovernmentJoinsTheStateFlaggedAndAsAPlaceStaysACity() {
        String text = "Pyongyang sent more than 10,000 soldiers. The Democratic People's Republic of Korea denied it. "
                + "Diplomats in Pyongyang were not told.";
        List<ArticleEntity> es = link(text, "Pyongyang:LOCATION", "Democratic People's Republic of Korea:LOCATION");
        ArticleEntity state = named(es, "North Korea");
        assertThat(state.mentions()).extracting(EntityMention::text).containsExactly("Pyongyang", "Democratic People's Republic of Korea");
        assertThat(state.mentions()).extracting(EntityMention::forGovernment).containsExactly(true, false);
        assertThat(named(es, "Pyongyang").mentions()).singleElement().extracting(EntityMention::forGovernment).isEqualTo(false);
    }

    @Test
    void entitiesMergeAcrossOutletsDespiteSpelling() {
        String a = "Syrian President Bashar al-Assad met Ukraine's Volodymyr Zelenskyy and NATO officials.";
        String b = "Bashar al Assad told Volodymyr Zelensky that the North Atlantic Treaty Organization was wrong. Assad left.";
        String c = "Zelenskiy and Assad spoke in Kyiv, where the Russian Federation struck overnight.";
        String d = "Russia said Kim Jong Un and Kim Yo Jong met. Kim smiled.";
        List<StoryEntity> story = merger.merge(List.of(
                new EntityMerger.ArticleEntities("a", link(a, "Bashar al-Assad:PERSON", "Ukraine:LOCATION", "Volodymyr Zelenskyy:PERSON", "NATO:ORGANIZATION")),
                new EntityMerger.ArticleEntities("b", link(b, "Bashar al Assad:PERSON", "Volodymyr Zelensky:PERSON",
                        "North Atlantic Treaty Organization:ORGANIZATION", "Assad:PERSON")),
                new EntityMerger.ArticleEntities("c", link(c, "Zelenskiy:PERSON", "Assad:PERSON", "Kyiv:LOCATION", "Russian Federation:LOCATION")),
                new EntityMerger.ArticleEntities("d", link(d, "Russia:LOCATION", "Kim Jong Un:PERSON", "Kim Yo Jong:PERSON", "Kim:PERSON"))));
        StoryEntity assad = story.stream().filter(e -> e.aliases().contains("Bashar al Assad")).findFirst().orElseThrow();
        assertThat(assad.aliases()).containsExactlyInAnyOrder("Bashar al-Assad", "Bashar al Assad", "Assad");
        assertThat(assad.articles()).containsExactly("a", "b", "c");
        StoryEntity zelensky = story.stream().filter(e -> e.aliases().contains("Zelenskiy")).findFirst().orElseThrow();
        assertThat(zelensky.articles()).containsExactly("a", "b", "c");
        assertThat(zelensky.mentions()).extracting(m -> m.mention().span().start()).hasSize(3);
        StoryEntity nato = story.stream().filter(e -> e.aliases().contains("NATO")).findFirst().orElseThrow();
        assertThat(nato.aliases()).contains("North Atlantic Treaty Organization");
        StoryEntity russia = story.stream().filter(e -> e.name().equals("Russia")).findFirst().orElseThrow();
        assertThat(russia.aliases()).containsExactly("Russia", "Russian Federation");
        assertThat(russia.articles()).containsExactly("c", "d");
        assertThat(story).filteredOn(e -> e.name().startsWith("Kim")).extracting(StoryEntity::name)
                .containsExactlyInAnyOrder("Kim Jong Un", "Kim Yo Jong", "Kim");
    }

    @Test
    void differentPeopleWithOneSurnameStayApart() {
        String a = "George W. Bush praised George H. W. Bush.";
        String b = "Joe Biden and Hunter Biden arrived; J. Biden spoke.";
        List<StoryEntity> story = merger.merge(List.of(
                new EntityMerger.ArticleEntities("a", link(a, "George W. Bush:PERSON", "George H. W. Bush:PERSON")),
                new EntityMerger.ArticleEntities("b", link(b, "Joe Biden:PERSON", "Hunter Biden:PERSON", "J. Biden:PERSON"))));
        assertThat(story).extracting(StoryEntity::name)
                .containsExactlyInAnyOrder("George W. Bush", "George H. W. Bush", "Joe Biden", "Hunter Biden");
        assertThat(story.stream().filter(e -> e.name().equals("Joe Biden")).findFirst().orElseThrow().aliases())
                .containsExactly("Joe Biden", "J. Biden");
    }

    @Test
    void aNameTaggedInAnotherClassIsStillOneEntityButAPersonStaysAPerson() {
        String a = "Fighting went on in Kursk, a post on Telegram said. Jordan Peterson spoke.";
        String b = "Kursk was retaken, Telegram channels said. Troops crossed into Jordan.";
        String c = "Donald Trump spoke by phone; Trump said the talks went well.";
        List<StoryEntity> story = merger.merge(List.of(
                new EntityMerger.ArticleEntities("a", link(a, "Kursk:LOCATION", "Telegram:ORGANIZATION", "Jordan Peterson:PERSON")),
                new EntityMerger.ArticleEntities("b", link(b, "Kursk:MISC", "Telegram:MISC", "Jordan:LOCATION")),
                new EntityMerger.ArticleEntities("c", link(c, "Donald Trump:PERSON", "Trump:LOCATION"))));
        assertThat(story).extracting(StoryEntity::name)
                .containsExactlyInAnyOrder("Kursk", "Telegram", "Jordan Peterson", "Jordan", "Donald Trump");
        StoryEntity kursk = story.stream().filter(e -> e.name().equals("Kursk")).findFirst().orElseThrow();
        assertThat(kursk.articles()).containsExactly("a", "b");
        StoryEntity trump = story.stream().filter(e -> e.name().equals("Donald Trump")).findFirst().orElseThrow();
        assertThat(trump.type()).isEqualTo(EntityType.PERSON);
        assertThat(trump.aliases()).contains("Trump");
    }

    @Test
    void nameFormsFoldSpellingVariants() {
        assertThat(NameForms.key("al-Assad")).isEqualTo(NameForms.key("al Assad"));
        assertThat(NameForms.key("Zelenskyy")).isEqualTo(NameForms.key("Zelensky")).isEqualTo(NameForms.key("Zelenskiy"));
        assertThat(NameForms.key("Khodorkovsky")).isEqualTo(NameForms.key("Hodorkovski"));
        assertThat(NameForms.key("São Paulo")).isEqualTo(NameForms.key("Sao Paulo"));
        assertThat(NameForms.key("Iran")).isNotEqualTo(NameForms.key("Iraq"));
        assertThat(NameForms.acronym("Korean Central News Agency")).isEqualTo("KCNA");
        assertThat(NameForms.asAcronym("U.N.")).isEqualTo("UN");
        assertThat(NameForms.surname("Bashar al-Assad")).isEqualTo(NameForms.key("Assad"));
    }

    @Test
    void aStateIsNoSurnameOfAPersonOfTheSameName() {
        String a = "Rep. Jim Jordan said aid to Jordan must continue.";
        List<StoryEntity> story = merger.merge(List.of(
                new EntityMerger.ArticleEntities("a", link(a, "Jim Jordan:PERSON", "Jordan:LOCATION"))));
        assertThat(story).extracting(StoryEntity::name).containsExactlyInAnyOrder("Jim Jordan", "Jordan");
    }
}
