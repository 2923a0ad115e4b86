package dev.parallax.core.clean;

import java.util.regex.Pattern;

/**
 * Tells a photo caption left in an article's text by its wire-style conventions: "FILE - In this
 * May 20, 2017 file photo, …", a gallery's "Hide Caption 5 of 6 Photos: …", "… in this photograph
 * provided by …" (not "nobody in this picture is …"), "General view of …", a position marker after
 * a name ("Francois Molins (L) and …", "(2nd R)"; not a bare "(R)", which is also a party), "… is
 * pictured …", "… pose for a photo …", and a place and a full date closing a line written in the
 * present ("French soldiers patrol outside the cathedral in Paris, April 22, 2015."), where a report
 * would say "on April 22" or tell a past event ("were reported in Wuhan, China, Dec. 31, 2019.").
 * A caption describes a picture: it is no event for a timeline and no statement for a brief. The
 * conventions are the wire agencies' own, not any outlet's.
 */
public final class PhotoCaption {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    /** What may stand between "in this" and "photo": "undated", "handout", "Saturday, July 1, 2017,". */
    private static final String PHOTO_QUALIFIER = "(?:undated |handout |file |combination |aerial |"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day,? |\\S+ \\d{1,2}, \\d{4},? )";
    private static final Pattern CAPTION = Pattern.compile(
            "^FILE\\s*[-–—]|^(?-i:(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\\.? \\d{1,2}(?:, \\d{4})?):\\s|\\b(?:hide|toggle) caption\\b|\\b\\d+ of \\d+ (?:photos|images|pictures)\\b"
                    + "|\\bin this " + PHOTO_QUALIFIER + "*(?:file )?"
                    + "(?:photo|photograph|picture|image|handout|frame grab|video grab|screen ?grab)s?"
                    + "(?:,|\\s+(?:provided|released|taken|made|from|by|obtained|shot|distributed)\\b)"
                    // closing the line, the photo needs a qualifier: "… in this March 24, 2014 handout photo."
                    + "|\\bin this " + PHOTO_QUALIFIER + "+(?:file )?(?:photo|photograph|picture|image|handout)s?[.)]?\\s*$"
                    + "|^(?:an? )?(?:general|aerial) view of\\b"
                    // a photo named by its age or kind: "A 2003 photo of …", "A file image from the spacecraft shows …"
                    + "|^(?:an? |this )(?:file |undated |handout |archive |\\d{4} )(?:photo|photograph|image|picture)s?\\b"
                    + "|\\bposes? for (?:photographers|cameras|a photographer)\\b"
                    + "|^this (?:undated |handout |file |\\p{L}+,? )?(?:\\S+ \\d{1,2}, \\d{4},? )?"
                    + "(?:photo|photograph|image|picture|frame grab)s? (?:provided|released|taken|made available|obtained|shows)\\b"
                    + "|\\s\\((?-i:L|(?:2nd|3rd|4th) [LR])\\)(?=[\\s,])|\\s\\((?:left|right|centre|center)\\)(?=[\\s,])"
                    + "|\\b(?:is|are) pictured\\b"
                    + "|\\bposes? for (?:a )?(?:photo|photograph|picture|portrait)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Caption cues that prose also uses, told apart by tense: a place and a full date closing the
     * line after a comma ("… in Paris, April 22, 2015.", AP's "…, Thursday, Oct. 3, 2013, in San
     * Antonio.", also before the photo's credits, "… (AP Photo/J. Scott Applewhite) (Associated
     * Press)"; not "on Monday, Jan. 1, 2024."), and AP's position marker after a full name ("Sen.
     * Bill Nelson, left, and …").
     */
    private static final Pattern PRESENT_CUE = Pattern.compile(
            "(?:(?<!day),|,\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)\\s+" + MONTH + "\\.?\\s+\\d{1,2},\\s+\\d{4}"
                    + "(?:,\\s+in\\s+[^,.]{2,40})?\\.?$"
                    + "|(?-i:\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+), (?:left|right|center|centre|(?:second|third) from (?:left|right)"
                    + "|far (?:left|right)),",
            Pattern.CASE_INSENSITIVE);
    /** The credits in brackets after a caption: "(AP Photo/J. Scott Applewhite) (Associated Press)". */
    private static final Pattern CREDITS = Pattern.compile("(?:\\s*\\([^()]{1,60}\\))+$");
    /** A verb form of a past event, which a report has and a caption, written in the present, does not. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:was|were|had|has|have|did|said|told|\\p{L}{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

    private PhotoCaption() {}

    /** Whether the sentence reads as a photo caption. */
    public static boolean is(String sentence) {
        String s = sentence.strip();
        String uncredited = CREDITS.matcher(s).replaceFirst("");
        return CAPTION.matcher(s).find() || PRESENT_CUE.matcher(uncredited).find() && !PAST.matcher(uncredited).find();
    }
}
