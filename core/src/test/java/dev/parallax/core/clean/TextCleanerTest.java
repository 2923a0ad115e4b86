package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private static final String PAGE = String.join("\n",
            "Home",
            "World",
            "Markets",
            "Flood waters recede in river towns as repair crews move in",
            "By Staff Reporter | Updated: March 12th 2024, 09:41 GMT",
            "Flood waters began to recede on Tuesday in the river towns, officials said, as crews started repairs.",
            "READ MORE: Storm season forecast raises fresh worries",
            "More than 2,000 people spent the night in shelters, according to the regional authority.",
            "\"We lost everything,\" one resident said.",
            "Watch | Aerial footage of the flooded valley",
            "The authority said roads would reopen within a week if the weather holds.",
            "This story has been auto-generated from a syndicated feed and has not been edited.",
            "Related Stories",
            "Elections: turnout climbs in the north",
            "Court rules on port expansion plan",
            "Champions crowned after late winner",
            "A look at why the port expansion plan divided the city for a decade.");

    @Test
    void keepsEveryBodyParagraphAndDropsFurniture() {
        Extracted e = cleaner.clean(PAGE);
        assertThat(e.text()).contains("Flood waters began to recede", "More than 2,000 people",
                "\"We lost everything,\" one resident said.", "roads would reopen");
        assertThat(e.text()).doesNotContain("READ MORE", "Watch", "auto-generated", "Related Stories",
                "Court rules", "port expansion", "Home", "Markets");
        assertThat(e.text().split("\n\n")).hasSize(4);
    }

    @Test
    void aSentenceHardWrappedAcrossLinesIsOneParagraph() {
        String text = "Officials said on Monday that the standards were final and would be sent to the states for review.\n\n"
                + "The new standards, written by 26 states, will introduce climate change as a core aspect of science "
                + "education\n\n in up to 40 states – in many for the first time. The groups welcomed the change.\n\n"
                + "Critics said the standards went too far, and several states said they would not adopt them this year.\n\n"
                + "iPhone sales were not affected by the debate over the new standards in the schools, analysts said.";
        Extracted e = cleaner.clean(text);
        assertThat(e.text()).contains("as a core aspect of science education in up to 40 states – in many for the first time.");
        assertThat(e.text()).contains("this year.\n\niPhone sales");
    }

    @Test
    void anEncyclopediasReferenceMarksAreNoText() {
        String text = "The church was founded in the nineteenth century and grew quickly across the Midwest, where its "
                + "members built towns, schools and a temple over the following decades.\n\n"
                + "The church denounced the doctrine in 1976.[27][28] Its members were told of the change at a general "
                + "conference that year, and most of its congregations accepted it.[citation needed]\n\n"
                + "The church has since opened its membership to people of all backgrounds, and its leaders have spoken of "
                + "the change many times in the years since then.";
        Extracted e = cleaner.clean(text);
        assertThat(e.text()).contains("in 1976. Its members").contains("accepted it.\n").doesNotContain("[");
    }

    @Test
    void readsTitleAndStampedDate() {
        Extracted e = cleaner.clean(PAGE);
        assertThat(e.title()).isEqualTo("Flood waters recede in river towns as repair crews move in");
        assertThat(e.published()).isEqualTo("2024-03-12T09:41Z");
    }

    @Test
    void takesNoCaptionBylineOrEditorsNoteForTheTitle() {
        String body = "French police have arrested a man suspected of planning an attack on two churches in a "
                + "Paris suburb, the country's interior minister said on Wednesday.\n\nThe man was detained on Sunday "
                + "after he called an ambulance, and officers found weapons and notes in his car.";
        assertThat(cleaner.clean("Image copyright AFP Image caption The man was known to the intelligence services\n\n"
                + body).title()).isNull();
        assertThat(cleaner.clean("This story is updated at the bottom with a response from the mayor\n\n" + body).title())
                .isNull();
        assertThat(cleaner.clean("Enlarge this image toggle caption Jane Roe via AP Jane Roe via AP\n\n" + body).title())
                .isNull();
        assertThat(cleaner.clean("Thursday, Apr 22, 2010\n\n" + body).title()).isNull();
        assertThat(cleaner.clean("November 8, 8:25 AM CST\n\n" + body).title()).isNull();
        assertThat(cleaner.clean("Please enable Javascript to watch this video\n\n" + body).title()).isNull();
        assertThat(cleaner.clean("Market decline may deepen on Monday\n\n" + body).title())
                .isEqualTo("Market decline may deepen on Monday");
        assertThat(cleaner.clean("Fire kills 12 in Rome, May 3\n\n" + body).title()).isEqualTo("Fire kills 12 in Rome, May 3");
        Extracted e = cleaner.clean("By Staff Sgt. Benjamin W. Stratton, 7th Air Force Public Affairs / Published March 24, "
                + "2017\n\n" + body);
        assertThat(e.title()).isNull();
        assertThat(e.published()).isEqualTo("2017-03-24");
        Extracted prose = cleaner.clean("By Sept. 11, 2002, the fund had paid out $1 billion to the families of the "
                + "victims.\n\n" + body);
        assertThat(prose.text()).startsWith("By Sept. 11, 2002, the fund had paid out");
        assertThat(prose.published()).isNull();
        assertThat(cleaner.clean("Police arrest man suspected of planning church attacks\n\n" + body).title())
                .isEqualTo("Police arrest man suspected of planning church attacks");
        for (String furniture : List.of("Follow CBSMIAMI.COM: Facebook | Twitter",
                "Message: * A friend wanted you to see this item from WRAL.com: http://wr.al/13gnP",
                "Most Popular Stories Most Popular Stories More>>", "WARNING: The video contains subject matter of a graphic nature",
                "Edited and translated by Zhang Qian, People's Daily Online", "► Update: Man charged with murder in shooting",
                "Associated Press Tue Feb 19, 2013 7:44 PM")) {
            assertThat(cleaner.clean(furniture + "\n\n" + body).title()).as(furniture).isNull();
        }
        assertThat(cleaner.clean("North Korea's leader named the sexiest man alive by a satirical paper\n\n"
                + "Edited and translated by Zhang Qian, People's Daily Online\n\n" + body).title())
                .isEqualTo("North Korea's leader named the sexiest man alive by a satirical paper");
    }

    @Test
    void stripsAMetadataPrefixGluedToTheFirstLine() {
        Extracted e = cleaner.clean("date 2025-04-27 Lagos, April 27: The central bank raised its main rate "
                + "by half a point on Sunday, its third increase this year, citing stubborn inflation.");
        assertThat(e.published()).isEqualTo("2025-04-27");
        assertThat(e.text()).startsWith("Lagos, April 27: The central bank");
    }

    @Test
    void dropsACutOffTeaserThatRepeatsTheLead() {
        String lead = "The committee approved the budget on Friday after a long debate over health spending cuts.";
        Extracted e = cleaner.clean("Budget approved\n" + lead.substring(0, 50) + " ...\n" + lead);
        assertThat(e.text()).isEqualTo(lead);
    }

    @Test
    void joinsBodyRunsAcrossARelatedBlockAndDropsCookieNotices() {
        String para = "The council said the new bridge would open in the spring, after two years of delays caused by "
                + "flooding, a shortage of steel and a dispute with the contractor over the cost of the work.";
        String page = String.join("\n",
                "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out.",
                "News", "Local", "Sport",
                para, para.replace("council", "mayor"), para.replace("bridge", "tunnel"),
                "Related", "Bridge tolls to rise", "Ferry service cut", "Roadworks at the station",
                para.replace("spring", "autumn"), para.replace("steel", "concrete"),
                "Most read", "Weather", "Contact us", "Privacy");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("mayor said", "new tunnel", "in the autumn", "shortage of concrete")
                .doesNotContain("cookies", "Bridge tolls", "Most read");
    }

    private static final String PARA = "The council said the new bridge would open in the spring, after two years of delays "
            + "caused by flooding, a shortage of steel and a dispute with the contractor over the cost of the work.";

    @Test
    void keepsASubHeadingAndAShortQuoteBetweenParagraphs() {
        String page = String.join("\n", "Home", "News", "Sport", PARA, "What happens next", PARA.replace("council", "mayor"),
                "\"It is a relief\"", PARA.replace("bridge", "tunnel"), "Most read", "Weather", "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("What happens next", "\"It is a relief\"", "mayor said", "new tunnel")
                .doesNotContain("Home", "Most read", "Contact us");
    }

    @Test
    void endsTheBodyAtReaderCommentsAndDropsBlurbsOfOtherArticles() {
        String page = String.join("\n", PARA, PARA.replace("council", "mayor"), PARA.replace("bridge", "tunnel"),
                "Leave a comment", "Anna", "2 days ago at 07:52 am",
                "I drive over that bridge every day and I am glad the work is finally going to be finished.",
                "Rating: 12 Votes", "More in Local",
                "Schools close early as the heatwave continues",
                "Parents were told on Monday that classes would end at noon for the rest of the week.",
                "3 hours ago");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("mayor said", "new tunnel")
                .doesNotContain("I drive over", "Schools close", "Parents were told", "Leave a comment");
    }

    @Test
    void endsTheBodyAtACommentThreadThatOutweighsIt() {
        String comment = "I have lived in this town for forty years and I have never seen the council finish a project "
                + "on time, so I will believe it when I see it, but I hope they prove me wrong this time.";
        String page = String.join("\n", "Home", "News", PARA, "Share this:", "Click to share on Facebook",
                "34 responses to \u201cBridge to open in spring\u201d", "riverfan says:", "November 19, 2019 at 6:34 am",
                comment, "Jane Roe on November 19, 2019 at 7:02 am said:", comment.replace("forty", "fifty"),
                "oldtimer says:", comment.replace("forty", "sixty"));
        String text = cleaner.clean(page).text();
        assertThat(text).isEqualTo(PARA);
    }

    @Test
    void endsTheBodyAtACommentSectionHeadedByTwoCommentLines() {
        String comment = "I have lived in this town for forty years and I have never seen the council finish a project "
                + "on time, so I will believe it when I see it, but I hope they prove me wrong this time.";
        String page = String.join("\n", "Home", "News", PARA, "[ 167 comments ]", "Top Rated Comments", "(View all)",
                "riverfan", "2 days ago at 07:52 am", comment, "Rating: 36 Votes", "oldtimer",
                "2 days ago at 08:12 am", comment.replace("forty", "fifty"), "Rating: 12 Votes", "jdoe",
                "2 days ago at 09:40 am", comment.replace("forty", "sixty"));
        String text = cleaner.clean(page).text();
        assertThat(text).isEqualTo(PARA);
    }

    @Test
    void keepsAShortSentenceThatEndsOrStartsTheBody() {
        String page = String.join("\n", "Home", "News", "The work is done.", PARA, PARA.replace("council", "mayor"),
                "\"That's correct,\" the mayor said.", "Most read", "Weather", "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).startsWith("The work is done.").endsWith("\"That's correct,\" the mayor said.");
    }

    @Test
    void keepsANumberedListThatContinuesTheBody() {
        String page = String.join("\n", "Home", "Deals", PARA,
                "Here are the picks of the week, each with a link to the shop:",
                "1) A folding bicycle with a steel frame", "http://shop.example/a1",
                "2) A camping stove and two pots", "http://shop.example/b2",
                "3) Walking boots, size 38 to 46", "http://shop.example/c3",
                "4) A rain jacket", "http://shop.example/d4",
                "5) A set of three maps of the coast", "http://shop.example/e5",
                "Most read", "Weather", "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("1) A folding bicycle", "3) Walking boots", "5) A set of three maps")
                .doesNotContain("Most read", "Contact us");
    }

    @Test
    void crossesALongLineWithoutAFullStopBetweenParagraphs() {
        String lead = "The club paid the release fee of the goalkeeper on Wednesday morning to secure the transfer.";
        String page = String.join("\n", "Home", "Sport", "BREAKING: Club pays release fee for goalkeeper", lead,
                "This has freed the way for the move of the other goalkeeper to the club in the capital",
                PARA, PARA.replace("council", "mayor"), "Most read", "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).startsWith(lead).contains("This has freed the way", "mayor said")
                .doesNotContain("BREAKING", "Most read");
    }

    @Test
    void keepsAJapaneseArticleWrittenWithoutSpaces() {
        String page = String.join("\n", "ホーム", "ニュース",
                "市は月曜日、新しい橋が来年の春に開通すると発表した。洪水と鉄鋼不足のため、工事は二年遅れていた。",
                "市長は記者会見で、住民の協力に感謝すると述べた。",
                "関連記事", "天気", "お問い合わせ");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("新しい橋", "市長は記者会見で").doesNotContain("ホーム", "関連記事", "お問い合わせ");
    }

    @Test
    void passesOverOtherArticlesHeadlinesRunIntoTheirBlurbs() {
        String page = String.join("\n", "Home", "Local",
                "Police: Two In Custody After Death Of Student-AthleteA woman and a man have been charged in the death "
                        + "of a student found in a park last week, police said on Tuesday evening.",
                "Customers Leave Without Paying Their Bill At SteakhouseA party of six left the restaurant on "
                        + "Friday without paying a bill of almost seven hundred dollars, its manager said.",
                "State To Mail Panel Applications To Thousands Of VotersThe state will mail applications for "
                        + "its new redistricting panel to a quarter of a million voters chosen at random.",
                "Weather", "Sports",
                "Bridge To Open In Spring", "November 19, 2019 at 9:45 am",
                PARA, PARA.replace("council", "mayor"), "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).isEqualTo(PARA + "\n\n" + PARA.replace("council", "mayor"));
    }

    @Test
    void dropsACopyOfTheWholeBodyInOneLine() {
        String second = PARA.replace("council", "mayor");
        String page = String.join("\n", "Home", "News", PARA, second, "Share", PARA + " " + second, "Contact us");
        assertThat(cleaner.clean(page).text()).isEqualTo(PARA + "\n\n" + second);
        String copyFirst = String.join("\n", "Home", "News", PARA + " " + second, PARA, second, "Contact us");
        assertThat(cleaner.clean(copyFirst).text()).isEqualTo(PARA + "\n\n" + second);
    }

    @Test
    void keepsAListOfDatesThatFollowsTheBody() {
        String page = String.join("\n", "Home", "Music", PARA, PARA.replace("council", "mayor"),
                "Tour dates",
                "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
                "June 10 – Tampa, FL @ Credit Union Amphitheatre",
                "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre",
                "June 17 – Nashville, TN @ Bridgestone Arena",
                "June 19 – Charlotte, NC @ Music Pavilion",
                "July 2 – Uncasville, CT @ Mohegan Sun Arena",
                "Most read", "Weather", "Contact us");
        String text = cleaner.clean(page).text();
        assertThat(text).contains("mayor said", "Tour dates", "June 9 – West Palm Beach", "July 2 – Uncasville")
                .doesNotContain("Most read", "Contact us");
    }
}
