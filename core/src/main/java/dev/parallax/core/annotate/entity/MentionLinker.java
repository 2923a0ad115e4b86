package dev.parallax.core.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links an article's mentions into its entities. A short form joins the full name it can only
 * mean: "Lula" the one person named "Luiz Inácio Lula da Silva", "Putin" the one "Vladimir
 * Putin", "KCNA" the one "Korean Central News Agency"; a short form that fits two full names
 * ("Bush" beside "George W. Bush" and "Laura Bush") stays an entity of its own. A state's names join
 * under its common name ("Russian Federation" is Russia), and so does a seat of government used
 * as the actor of a sentence ("Pyongyang sent troops", "the Kremlin said"), flagged as such; used
 * as a place ("in Pyongyang") it stays the city.
 */
public final class MentionLinker {
    /** Verbs whose subject is a government when the subject is its seat. */
    private static final Pattern ACTOR_VERB = Pattern.compile("^['’]?s?\\s*(?:has|have|had|will|would|could|may|might|must|did|does|is|was|also|then|later|now)?\\s*"
            + "(?:said|says|say|denied|denies|deny|accused|accuses|announced|announces|warned|warns|claimed|claims|"
            + "confirmed|confirms|acknowledged|acknowledges|insisted|insists|wants|wanted|launched|rejected|rejects|"
            + "responded|responds|called|calls|agreed|agrees|sent|sends|demanded|demands|threatened|threatens|"
            + "deployed|signed|urged|urges|blamed|blames|condemned|condemns|welcomed|welcomes|hopes|believes|"
            + "refused|refuses|recognized|recognised|supports|supported|backed|backs|ordered|imposed|expelled|"
            + "summoned|retaliated|vowed|vows|pledged|pledges|decided|declined|dismissed|criticized|criticised|"
            + "admitted|admits|thanked|praised|offered|proposed|responded|reacted|stated|declared|reported|"
            + "announced|approved|asked|told|has|have)\\b");

    private final States states;

    public MentionLinker() {
        this.states = States.standard();
    }

    /** The article's entities, in the order of their first mention. */
    public List<ArticleEntity> link(String text, List<EntityMention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        List<EntityMention> rest = new ArrayList<>();
        for (EntityMention m : mentions) {
            Optional<String> state = m.type() == EntityType.PERSON || m.type() == EntityType.MISC ? Optional.empty() : states.state(m.text());
            Optional<String> seat = states.seatOf(m.text());
            if (state.isPresent()) {
                stateCluster(clusters, state.get()).add(m);
            } else if (seat.isPresent() && actsAsGovernment(text, m)) {
                stateCluster(clusters, seat.get()).add(m.asGovernment());
            } else {
                rest.add(m);
            }
        }
        rest = consistentTypes(rest);
        // Fullest names first, so that short forms find them.
        rest.sort(Comparator.comparingInt((EntityMention m) -> -NameForms.words(m.text()).size())
                .thenComparingInt(m -> m.span().start()));
        for (EntityMention m : rest) {
            Cluster c = find(clusters, m);
            if (c == null) {
                c = new Cluster(null, m.type());
                clusters.add(c);
            }
            c.add(m);
        }
        return clusters.stream().filter(c -> !c.mentions.isEmpty()).map(Cluster::entity)
                .sorted(Comparator.comparingInt(e -> e.mentions().get(0).span().start())).toList();
    }

    /**
     * One type for every mention of one name: the tagger may call "Jenner" a person in one
     * sentence and a place in the next. A name that is the surname of a person the article names in
     * full ("Kylie Jenner"), and that the tagger calls a person at least once, is that person every
     * time. Other names keep their types: "Washington" beside "The Washington Post" is still the
     * city (a vote among the mentions was tried too: on a handful of real pages it turned
     * "Telegram" into MISC and "The Water Coolest" into a place as often as it set a type right).
     */
    static List<EntityMention> consistentTypes(List<EntityMention> mentions) {
        java.util.Map<String, List<EntityMention>> byKey = new java.util.LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byKey.computeIfAbsent(NameForms.key(m.text()), k -> new ArrayList<>()).add(m);
        }
        Set<String> surnames = new HashSet<>();
        byKey.forEach((key, ms) -> {
            List<String> words = NameForms.words(ms.get(0).text());
            if (ms.stream().anyMatch(m -> m.type() != EntityType.PERSON) && ms.stream().anyMatch(m -> m.type() == EntityType.PERSON)
                    && mentions.stream().anyMatch(m -> m.type() == EntityType.PERSON && endsWith(NameForms.words(m.text()), words))) {
                surnames.add(key);
            }
        });
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            boolean retype = m.type() != EntityType.PERSON && surnames.contains(NameForms.key(m.text()));
            out.add(retype ? new EntityMention(m.span(), m.text(), EntityType.PERSON, m.forGovernment()) : m);
        }
        return out;
    }

    private static boolean endsWith(List<String> name, List<String> tail) {
        return name.size() > tail.size() && name.subList(name.size() - tail.size(), name.size()).equals(tail);
    }

    private static Cluster stateCluster(List<Cluster> clusters, String state) {
        for (Cluster c : clusters) {
            if (state.equals(c.state)) {
                return c;
            }
        }
        Cluster c = new Cluster(state, EntityType.LOCATION);
        clusters.add(c);
        return c;
    }

    private static Cluster find(List<Cluster> clusters, EntityMention m) {
        String key = NameForms.key(m.text());
        String acronym = NameForms.asAcronym(m.text());
        List<String> words = NameForms.words(m.text());
        Cluster exact = null;
        List<Cluster> partial = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.state != null || c.type != m.type() && !(acronym.length() > 1 && c.type != EntityType.PERSON)) {
                continue;
            }
            if (c.keys().contains(key)) {
                exact = c;
                break;
            }
            if (!acronym.isEmpty() && c.acronyms().contains(acronym)) {
                partial.add(c);
            } else if (m.type() == EntityType.PERSON && c.type == EntityType.PERSON && PersonNames.sameOrShort(words, c.fullest())) {
                partial.add(c);
            }
        }
        if (exact != null) {
            return exact;
        }
        return partial.size() == 1 ? partial.get(0) : null;
    }

    static boolean actsAsGovernment(String text, EntityMention m) {
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40)).toLowerCase(Locale.ROOT);
        return ACTOR_VERB.matcher(after.startsWith(" ") || after.startsWith("'") || after.startsWith("’") ? after.stripLeading() : "#")
                .find() && !after.startsWith(",");
    }

    /** Mentions gathered as one entity, with their comparison keys, acronyms and fullest name kept as they are added. */
    private static final class Cluster {
        final String state;
        final EntityType type;
        final List<EntityMention> mentions = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private final Set<String> acronyms = new HashSet<>();
        private List<String> fullest = List.of();

        Cluster(String state, EntityType type) {
            this.state = state;
            this.type = type;
        }

        void add(EntityMention m) {
            mentions.add(m);
            keys.add(NameForms.key(m.text()));
            String acronym = NameForms.acronym(m.text());
            if (!acronym.isEmpty()) {
                acronyms.add(acronym);
            }
            List<String> words = NameForms.words(m.text());
            if (mentions.size() == 1 || words.size() > fullest.size()) {
                fullest = words;
            }
        }

        Set<String> keys() {
            return keys;
        }

        Set<String> acronyms() {
            return acronyms;
        }

        /** The words of the first mention with the most words. */
        List<String> fullest() {
            return fullest;
        }

        ArticleEntity entity() {
            List<EntityMention> ordered = mentions.stream().sorted(Comparator.comparingInt(m -> m.span().start())).toList();
            String name = state != null ? state : ordered.stream().map(m -> NameForms.clean(m.text()))
                    .max(Comparator.comparingInt((String s) -> s.split(" ").length).thenComparingInt(String::length)).orElseThrow();
            return new ArticleEntity(name, type, ordered);
        }
    }
}
