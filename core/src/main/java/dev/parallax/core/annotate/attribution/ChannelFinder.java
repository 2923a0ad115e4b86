package dev.parallax.core.annotate.attribution;

import dev.parallax.core.annotate.Span;
import dev.parallax.core.clean.Agencies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the channel of an attribution: the media that relayed a statement, when its sentence
 * says so, as a chain from the original speaker to the medium nearest the article.
 *
 * <ul>
 *   <li>inner relays, nearest the speaker: "told state broadcaster CCTV", "in an interview with
 *       NHK", "in a post on X", "in a statement carried by KCNA", "quoted by Interfax";</li>
 *   <li>outer relays: "as reported by Reuters", "according to Xinhua", "as per the KCNA report", "via AP";</li>
 *   <li>"Kyodo reported, citing officials": the cited party is the original speaker and the
 *       attribution's own source becomes a relay.</li>
 * </ul>
 * "according to" and "told" make a relay only of a medium: a news agency of {@link Agencies}
 * or a phrase with a word for a medium in it ("broadcaster", "newspaper", "agency", "TV"…).
 * Stateless and thread-safe.
 */
final class ChannelFinder {
    private ChannelFinder() {}

    private static final Set<String> MEDIUM_WORDS = Set.of("agency", "news", "newspaper", "broadcaster", "television",
            "tv", "radio", "media", "daily", "magazine", "outlet", "channel", "times", "post", "journal", "gazette",
            "herald", "tribune", "press", "network", "website", "wire", "paper", "tabloid", "broadcast", "report",
            "x", "twitter", "facebook", "telegram", "instagram", "youtube", "truth", "weibo", "social");
    private static final Set<String> NP_STOP = Set.of("that", "on", "in", "at", "and", "which", "who", "as",
            "saying", "said", "says", "to", "after", "when", "while", "because", "but", "earlier", "last");

    /** One relay phrase: its words, its tier (0 inner, 1 outer, 2 citing) and whether the party must be a medium. */
    private record Relay(List<String> words, int tier, boolean mediumOnly) {}

    private static final List<Relay> RELAYS = List.of(
            new Relay(List.of("carried", "by"), 0, false),
            new Relay(List.of("in", "a", "post", "on"), 0, false),
            new Relay(List.of("in", "a", "tweet", "on"), 0, false),
            new Relay(List.of("in", "an", "interview", "with"), 0, true),
            new Relay(List.of("quoted", "by"), 0, false),
            new Relay(List.of("told"), 0, true),
            new Relay(List.of("as", "reported", "by"), 1, false),
            new Relay(List.of("reported", "by"), 1, false),
            new Relay(List.of("as", "per"), 1, false),
            new Relay(List.of("according", "to"), 1, true),
            new Relay(List.of("via"), 1, false),
            new Relay(List.of("citing"), 2, false));

    private record Found(Relay relay, int phraseStart, int phraseEnd, int npStart, int npEnd) {}

    /** The chain of {@code a}, read in its unit's tokens outside its content; empty when no relay is named. */
    static List<ChannelLink> chain(String text, List<Token> t, boolean[] inQuote, Attribution a) {
        List<Found> found = find(t, inQuote, a);
        if (found.isEmpty()) {
            return List.of();
        }
        found.sort(Comparator.comparingInt((Found f) -> f.relay().tier()).thenComparingInt(Found::phraseStart));
        List<ChannelLink> links = new ArrayList<>();
        // "Kyodo reported, citing officials": only a medium relays what it cites; "X said, citing low growth" is an argument.
        boolean sourceIsMedium = a.source() != null && isMedium(Token.of(text, a.source().start(), a.source().end()));
        found.removeIf(f -> f.relay().tier() == 2 && !sourceIsMedium);
        if (found.isEmpty()) {
            return List.of();
        }
        Found citing = found.stream().filter(f -> f.relay().tier() == 2).findFirst().orElse(null);
        if (citing != null) {
            links.add(link(text, t, citing, ChannelLink.Role.SPEAKER));
            if (a.source() != null) {
                links.add(new ChannelLink(a.sourceName(), a.source(), ChannelLink.Role.RELAY, a.cue().of(text)));
            }
        } else if (a.source() != null) {
            links.add(new ChannelLink(a.sourceName(), a.source(), ChannelLink.Role.SPEAKER, ""));
        }
        for (Found f : found) {
            if (f != citing) {
                links.add(link(text, t, f, ChannelLink.Role.RELAY));
            }
        }
        return List.copyOf(links);
    }

    /** Marks the relay phrases of {@code a} as taken, so that "according to Xinhua" is not read as a second attribution. */
    static void markRelays(List<Token> t, Attribution a, boolean[] taken) {
        for (Found f : find(t, new boolean[t.size()], a)) {
            for (int i = f.phraseStart(); i <= f.npEnd(); i++) {
                taken[i] = true;
            }
        }
    }

    private static List<Found> find(List<Token> t, boolean[] inQuote, Attribution a) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            // A relay belongs to this attribution only from its source or cue on: "The admission, carried by
            // KCNA, comes after Moscow acknowledged …" does not route Moscow's words through KCNA.
            boolean beforeClause = t.get(i).start() < Math.min(a.cue().start(), a.source() == null ? Integer.MAX_VALUE : a.source().start());
            Found f = beforeClause && a.content().get(0).start() > a.cue().start() || inContent(t.get(i), a) || inQuote[i] ? null : match(t, i, a);
            if (f != null) {
                out.add(f);
                i = f.npEnd() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean inContent(Token w, Attribution a) {
        return a.content().stream().anyMatch(s -> s.start() <= w.start() && w.end() <= s.end());
    }

    private static Found match(List<Token> t, int i, Attribution a) {
        for (Relay r : RELAYS) {
            int n = r.words().size();
            if (i + n >= t.size()) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                same = t.get(i + j).is(r.words().get(j));
            }
            boolean told = r.words().get(0).equals("told");
            if (!same || a.cue().start() == t.get(i).start() && !told) {
                continue;                              // "according to X" as the cue itself is no relay
            }
            if (told && a.cue().start() != t.get(i).start()) {
                continue;                              // only the cue's own "told CCTV" routes through a medium
            }
            int npStart = i + n;
            while (npStart < t.size() && t.get(npStart).isAny(Set.of("the", "a", "an"))) {
                npStart++;
            }
            int npEnd = npStart;
            while (npEnd + 1 < t.size() && npEnd + 1 - npStart < 8 && t.get(npEnd + 1).isWord()
                    && !t.get(npEnd + 1).isAny(NP_STOP) && !inContent(t.get(npEnd + 1), a)) {
                npEnd++;
            }
            if (npStart >= t.size() || !t.get(npStart).isWord() || inContent(t.get(npStart), a)) {
                continue;
            }
            if (r.mediumOnly() && !isMedium(t.subList(npStart, npEnd + 1))) {
                continue;
            }
            int[] publisher = publisherOf(t, npStart, npEnd, a);
            if (publisher != null) {
                return new Found(r, i, i + n - 1, publisher[0], publisher[1]);
            }
            return new Found(r, i, i + n - 1, npStart, npEnd);
        }
        return null;
    }

    /** Nouns for a piece of coverage, whose publisher is the relay: "as per a report in the Post". */
    private static final Set<String> COVERAGE = Set.of("report", "reports", "article", "story", "dispatch", "bulletin",
            "broadcast", "interview");
    private static final Set<String> PUBLISHED_IN = Set.of("in", "by", "from", "on");

    /**
     * The publisher named after a piece of coverage ("a report in the CNN", "an article by Reuters"),
     * as token bounds, or null when the phrase {@code [npStart, npEnd]} is not one coverage noun
     * followed by its publisher.
     */
    private static int[] publisherOf(List<Token> t, int npStart, int npEnd, Attribution a) {
        if (npEnd != npStart || !t.get(npStart).isAny(COVERAGE) || npEnd + 1 >= t.size() || !t.get(npEnd + 1).isAny(PUBLISHED_IN)) {
            return null;
        }
        int start = npEnd + 2;
        while (start < t.size() && t.get(start).isAny(Set.of("the", "a", "an"))) {
            start++;
        }
        if (start >= t.size() || !t.get(start).isWord() || !t.get(start).isCapitalised() || inContent(t.get(start), a)) {
            return null;
        }
        int end = start;
        while (end + 1 < t.size() && end + 1 - start < 8 && t.get(end + 1).isWord() && !t.get(end + 1).isAny(NP_STOP)
                && !inContent(t.get(end + 1), a)) {
            end++;
        }
        return new int[] {start, end};
    }

    static boolean isMedium(List<Token> phrase) {
        StringBuilder all = new StringBuilder();
        for (Token w : phrase) {
            if (MEDIUM_WORDS.contains(w.lower()) && !(w.is("post") && !w.isCapitalised())) {
                return true;
            }
            all.append(all.isEmpty() ? "" : " ").append(w.text());
            if (Agencies.standard().canonical(w.text()).isPresent()) {
                return true;
            }
        }
        return Agencies.standard().canonical(all.toString()).isPresent();
    }

    private static ChannelLink link(String text, List<Token> t, Found f, ChannelLink.Role role) {
        int end = f.npEnd();
        if (end > f.npStart() && t.get(end).lower().equals("report")) {
            end--;                                     // "as per the KCNA report"
        }
        Span span = new Span(t.get(f.npStart()).start(), t.get(end).end());
        String relation = text.substring(t.get(f.phraseStart()).start(), t.get(f.phraseEnd()).end()).toLowerCase(Locale.ROOT);
        return new ChannelLink(span.of(text), span, role, relation);
    }
}
