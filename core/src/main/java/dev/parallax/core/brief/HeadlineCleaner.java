package dev.parallax.core.brief;

import java.util.regex.Pattern;

/**
 * Cleans a source title for use as a story headline, removing only what is not part of the
 * headline's statement: an outlet or section suffix ("… | The Daily Star", "… - BBC News"), an
 * attribution tag that news desks append ("…: Reports", "…: sources"), and a label prefix
 * ("BREAKING:", "WATCH:", "Exclusive:"). Never adds or rewords text; returns the title as given
 * when cleaning would leave too little of it.
 */
public final class HeadlineCleaner {
    private static final Pattern LABEL = Pattern.compile(
            "^(?:breaking(?: news)?|watch|video|live(?: updates?)?|exclusive|just in|update[d]?|explained|explainer|"
                    + "photos?|in pictures|must read|viral)\\s*[:|–—-]\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_TAG = Pattern.compile(
            "\\s*[:–—-]\\s*(?:reports?|report says|sources?(?: say)?|officials?(?: say)?|media|media reports?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A short trailing part after a spaced separator: the outlet or section name. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]{2,40})$");
    private static final Pattern PIPE_SUFFIX = Pattern.compile("\\s*\\|\\s*[^|]{2,60}$");
    private static final int MIN_WORDS = 4;
    private static final int MAX_SUFFIX_WORDS = 4;

    private HeadlineCleaner() {}

    /** The cleaned title; the title itself (stripped) when less than a headline would remain. */
    public static String clean(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        String cleaned = t;
        cleaned = keepIfLongEnough(cleaned, PIPE_SUFFIX.matcher(cleaned).replaceFirst(""));
        var suffix = SUFFIX.matcher(cleaned);
        if (suffix.find() && words(suffix.group(1)) <= MAX_SUFFIX_WORDS && looksLikeAName(suffix.group(1))) {
            cleaned = keepIfLongEnough(cleaned, cleaned.substring(0, suffix.start()));
        }
        cleaned = keepIfLongEnough(cleaned, ATTRIBUTION_TAG.matcher(cleaned).replaceFirst(""));
        cleaned = keepIfLongEnough(cleaned, LABEL.matcher(cleaned).replaceFirst(""));
        return cleaned;
    }

    private static String keepIfLongEnough(String before, String after) {
        String a = after.strip();
        return words(a) >= MIN_WORDS ? a : before;
    }

    /** Outlet and section names are capitalised words ("BBC News", "World", "The Hindu"). */
    private static boolean looksLikeAName(String s) {
        for (String w : s.strip().split(" ")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !w.equals("of") && !w.equals("the") && !w.equals("and")) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
