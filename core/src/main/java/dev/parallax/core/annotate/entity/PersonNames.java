package dev.parallax.core.annotate.entity;

import java.util.List;

/**
 * When two person names can name one person: the same surname and compatible given names
 * ("Joe Biden", "Joseph R. Biden", "J. Biden"), or one word of the fuller name alone
 * ("Putin", "Lula", "Mr. Duda": a courtesy title or rank first is no part of the name). Names are lists of {@link NameForms#key}ed words.
 */
final class PersonNames {
    private PersonNames() {}

    /** True when {@code name} is the person {@code full} names, in full or in short. */
    static boolean sameOrShort(List<String> titled, List<String> fullTitled) {
        List<String> name = withoutHonorifics(titled);
        List<String> full = withoutHonorifics(fullTitled);
        if (name.isEmpty() || full.isEmpty()) {
            return false;
        }
        if (name.size() == 1) {
            return full.contains(name.get(0));
        }
        if (!NameForms.surname(String.join(" ", name)).equals(NameForms.surname(String.join(" ", full)))) {
            return false;
        }
        return compatible(name.get(0), full.get(0)) && middlesAgree(name, full);
    }

    /** Courtesy titles and ranks a name opens with ("Mr. Duda", "Sen. Warren"): no part of the name itself. */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr", "mrs", "ms", "mis", "miss", "mx", "dr",
            "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sen", "rep", "gov", "gen", "col", "maj", "capt", "lt", "sgt",
            "adm", "pres");

    private static List<String> withoutHonorifics(List<String> name) {
        int i = 0;
        while (i < name.size() - 1 && HONORIFICS.contains(name.get(i))) {
            i++;
        }
        return i == 0 ? name : name.subList(i, name.size());
    }

    /** "George W. Bush" and "George H. W. Bush" are two people: when both give middle names, they must agree. */
    private static boolean middlesAgree(List<String> a, List<String> b) {
        List<String> ma = a.subList(1, a.size() - 1);
        List<String> mb = b.subList(1, b.size() - 1);
        if (ma.isEmpty() || mb.isEmpty()) {
            return true;
        }
        if (ma.size() != mb.size()) {
            return false;
        }
        for (int i = 0; i < ma.size(); i++) {
            if (!compatible(ma.get(i), mb.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Given names agree when equal or when one is the other's initial. */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return a.length() == 1 && b.startsWith(a) || b.length() == 1 && a.startsWith(b);
    }
}
