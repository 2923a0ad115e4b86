package dev.parallax.core.clean;

import java.util.regex.Pattern;

/**
 * Tells a photo caption left in an article's text by its wire-style conventions: "FILE - In this
 * May 20, 2017 file photo, …", a gallery's "Hide Caption 5 of 6 Photos: …", "… in this photograph provided by …", "General view of …", a
 * position marker after a name ("Francois Molins (L) and …", "(2nd R)"; not a bare "(R)", which is
 * also a party), "… is seen during …" (not "is seen as"), and a place and a full date closing the
 * line after a comma ("… patrol outside the cathedral in Paris, April 22, 2015."), where a report
 * would say "on April 22" (or "on Sunday, April 22", a weekday before the comma). A caption
 * describes a picture: it is no event for a timeline and no statement for a brief. The conventions
 * are the wire agencies' own, not any outlet's.
 */
public final class PhotoCaption {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern CAPTION = Pattern.compile(
            "^FILE\\s*[-–—]|\\b(?:hide|toggle) caption\\b|\\b\\d+ of \\d+ (?:photos|images|pictures)\\b"
                    + "|\\bin this (?:undated |handout |file |combination |aerial |\\S+ \\d{1,2}, \\d{4},? )*(?:file )?"
                    + "(?:photo|photograph|picture|image|handout|frame grab|video grab|screen ?grab)s?\\b"
                    + "|^(?:an? )?(?:general|aerial) view of\\b"
                    + "|\\s\\((?:L|(?:2nd|3rd|4th) [LR]|left|right|centre|center)\\)(?=[\\s,])"
                    + "|\\b(?:is|are) (?:seen|pictured)\\b(?! (?:as|by|to|in the)\\b)"
                    + "|\\bposes? for (?:a )?(?:photo|photograph|picture|portrait)s?\\b"
                    + "|\\b(?:photo|photograph|picture) (?:taken|provided|released|obtained|made available)\\b"
                    + "|(?<!day),\\s+" + MONTH + "\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?$",
            Pattern.CASE_INSENSITIVE);

    private PhotoCaption() {}

    /** Whether the sentence reads as a photo caption. */
    public static boolean is(String sentence) {
        return CAPTION.matcher(sentence.strip()).find();
    }
}
