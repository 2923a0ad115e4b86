package dev.parallax.core.clean;

import dev.parallax.core.annotate.Words;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a page whose text is mostly {@linkplain SiteNotice notices of the site or the web} rather
 * than news: an archive's crawl notice, a social network's location settings, a sign-up form saved
 * in place of the article. Such pages are scraped in bulk, often word for word the same under many
 * addresses, so as articles they would make a "story" of unrelated links; the clean stage rejects
 * them instead, naming the notice.
 *
 * <p>The text is cut into sentences by their end marks and lines (no model is needed for a share).
 * A notice runs from a sentence that {@link SiteNotice} tells through the sentences after it that
 * still name the web's machinery ("… donating their crawl data to the Internet Archive. Flowing in
 * every day, these data are added to the Wayback Machine …"), and the page is a notice when its
 * notices hold at least {@link #MIN_NOTICE_SHARE} of its words and it reads as no report ("said",
 * "according to", "ruled", a weekday): a news report about the web, even one full of crawlers and
 * archives, says who said or decided what and when, and a notice does not.
 */
public final class NoticePage {
    /** Share of the page's words in notice sentences from which the page is a notice, not news. */
    static final double MIN_NOTICE_SHARE = 0.5;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"'”’)]?)\\s+(?=[\"'“‘(]?[\\p{Lu}\\d])|\\n+");
    private static final int QUOTED_CHARS = 120;
    /**
     * Words of a report: who said or decided what, and the weekday it happened. A report about the
     * web has them; a notice, which tells how a site or a crawl works, does not.
     */
    private static final Pattern REPORTS = Pattern.compile(
            "\\b(?:said|says|saying|told|tells|according to|announced|reported|ruled|argued|testified"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);

    private NoticePage() {}

    /**
     * The page's first notice sentence (cut to {@value #QUOTED_CHARS} characters) when the page is
     * mostly notices; empty for a page of news.
     */
    public static Optional<String> notice(String text) {
        Reading r = read(text);
        boolean mostlyNotices = r.words() > 0 && r.noticeWords() >= MIN_NOTICE_SHARE * r.words();
        return mostlyNotices && !REPORTS.matcher(text).find() ? Optional.of(r.first()) : Optional.empty();
    }

    /** The share of the text's words that are in notice sentences (0 for an empty text). */
    static double share(String text) {
        Reading r = read(text);
        return r.words() == 0 ? 0 : (double) r.noticeWords() / r.words();
    }

    private record Reading(int words, int noticeWords, String first) {}

    private static Reading read(String text) {
        int words = 0;
        int noticeWords = 0;
        String first = null;
        boolean inNotice = false;
        for (String sentence : SENTENCE_END.split(text)) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            int n = Words.count(s);
            words += n;
            inNotice = SiteNotice.is(s) || inNotice && SiteNotice.namesTheWeb(s);
            if (inNotice) {
                noticeWords += n;
                if (first == null) {
                    first = s.length() <= QUOTED_CHARS ? s : s.substring(0, QUOTED_CHARS) + "…";
                }
            }
        }
        return new Reading(words, noticeWords, first);
    }
}
