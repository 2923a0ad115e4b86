package dev.parallax.core.corroborate;

import dev.parallax.core.digest.Entity;
import dev.parallax.core.digest.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives each quote's speaker the full name the story knows for them: a short form ("Lula",
 * "Milei") becomes the one person among the story's entities whose name holds it ("Luiz Inácio
 * Lula da Silva", "Javier Milei"), so that one person's quotes are listed under one name. A short form
 * that two people of the story share, or that no person holds, stays as the articles wrote it.
 */
public final class SpeakerNames {
    private SpeakerNames() {}

    /** The quotes with their speakers' full names where exactly one person of {@code entities} fits. */
    public static List<Quote> named(List<Quote> quotes, List<Entity> entities) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            String full = fullName(q.speaker(), entities);
            out.add(full == null ? q : new Quote(full, q.text(), q.variants(), q.via(), q.sources(), q.first()));
        }
        return out;
    }

    private static String fullName(String speaker, List<Entity> entities) {
        if (speaker == null) {
            return null;
        }
        Set<String> words = Speakers.names(speaker);
        if (words.isEmpty()) {
            return null;
        }
        String found = null;
        for (Entity e : entities) {
            if (!e.type().equals("person")) {
                continue;
            }
            Set<String> full = Speakers.names(e.name());
            if (full.containsAll(words) && full.size() > words.size() || e.name().equals(speaker)) {
                if (found != null && !found.equals(e.name())) {
                    return null; // two people fit: leave the name as written
                }
                found = e.name();
            }
        }
        return found == null || found.equals(speaker) ? null : found;
    }
}
