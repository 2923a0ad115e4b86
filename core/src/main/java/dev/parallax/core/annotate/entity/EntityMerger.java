package dev.parallax.core.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entities of a story's articles into the story's entities. Two articles' entities
 * are one when they are of one class and share a name up to spelling ({@link NameForms#key}:
 * "al-Assad" and "al Assad", "Zelenskyy" and "Zelensky"), when they are one state by any of its
 * names, when one person's name is the other's with initials or without given names
 * ("J. Biden", "Biden"), or when one is the other's acronym ("NATO", "North Atlantic Treaty
 * Organization"). The tagger's class may differ between articles for one name of a place,
 * organisation or other thing ("Donbas" a location here, a miscellaneous name there), and a
 * surname it took for a place is the person named in full in the same article. A short form ("Kim", "Biden", "UN") merges only when it fits exactly one entity
 * of the story. Deterministic: the same input gives the same entities in the same order.
 */
public final class EntityMerger {

    /** The entities of one article, under the article's id. */
    public record ArticleEntities(String articleId, List<ArticleEntity> entities) {
        public ArticleEntities {
            entities = List.copyOf(entities);
        }
    }

    /** The story's entities, ordered by the number of articles naming them, then by first appearance. */
    public List<StoryEntity> merge(List<ArticleEntities> articles) {
        List<Node> nodes = new ArrayList<>();
        for (ArticleEntities a : articles) {
            for (ArticleEntity e : a.entities()) {
                nodes.add(new Node(a.articleId(), e, nodes.size()));
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Node> full = nodes.stream().filter(n -> !n.isShort()).toList();
        for (int i = 0; i < full.size(); i++) {
            for (int j = i + 1; j < full.size(); j++) {
                if (full.get(i).sameAs(full.get(j))) {
                    union(parent, full.get(i).index, full.get(j).index);
                }
            }
        }
        for (Node s : nodes) {
            if (!s.isShort()) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            for (Node f : full) {
                if (s.fits(f)) {
                    roots.add(find(parent, f.index));
                }
            }
            if (roots.size() == 1) {
                union(parent, s.index, roots.iterator().next());
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (nodes.get(i).isShort() && nodes.get(j).isShort() && nodes.get(i).sameAs(nodes.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes) {
            groups.computeIfAbsent(find(parent, n.index), k -> new ArrayList<>()).add(n);
        }
        List<StoryEntity> out = new ArrayList<>();
        groups.values().forEach(g -> out.add(entity(g)));
        Map<StoryEntity, Integer> order = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            order.put(out.get(i), i);
        }
        out.sort(Comparator.comparingInt((StoryEntity e) -> -e.articles().size()).thenComparingInt(order::get));
        return List.copyOf(out);
    }

    private static StoryEntity entity(List<Node> group) {
        Map<String, Integer> nameCount = new LinkedHashMap<>();
        Map<EntityType, Integer> typeCount = new LinkedHashMap<>();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        List<StoryEntity.StoryMention> mentions = new ArrayList<>();
        for (Node n : group) {
            nameCount.merge(n.entity.name(), 1, Integer::sum);
            typeCount.merge(n.entity.type(), 1, Integer::sum);
            articles.add(n.articleId);
            for (EntityMention m : n.entity.mentions()) {
                aliases.add(NameForms.clean(m.text()));
                mentions.add(new StoryEntity.StoryMention(n.articleId, m));
            }
        }
        String name = nameCount.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> e.getKey().split(" ").length).thenComparingInt(e -> e.getKey().length())).orElseThrow().getKey();
        EntityType type = typeCount.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> aliasList = new ArrayList<>();
        aliasList.add(name);
        aliases.stream().filter(a -> !a.equals(name)).forEach(aliasList::add);
        return new StoryEntity(name, type, aliasList, List.copyOf(articles), mentions);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** One article's entity with the forms it is compared by. */
    private static final class Node {
        final String articleId;
        final ArticleEntity entity;
        final int index;
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> acronyms = new LinkedHashSet<>();
        final Set<String> asAcronyms = new LinkedHashSet<>();
        final List<String> fullest;

        Node(String articleId, ArticleEntity entity, int index) {
            this.articleId = articleId;
            this.entity = entity;
            this.index = index;
            keys.add(NameForms.key(entity.name()));
            List<String> best = NameForms.words(entity.name());
            for (EntityMention m : entity.mentions()) {
                if (m.forGovernment()) {
                    continue; // "Pyongyang" stands for the state here, but is no name of it
                }
                if (best.size() < 2 || NameForms.words(m.text()).size() > 1) {
                    // A full name's short forms ("Bush" of "George W. Bush") are no key of it: they may name others.
                    keys.add(NameForms.key(m.text()));
                }
                String a = NameForms.acronym(m.text());
                if (!a.isEmpty()) {
                    acronyms.add(a);
                }
                String as = NameForms.asAcronym(m.text());
                if (!as.isEmpty()) {
                    asAcronyms.add(as);
                }
            }
            this.fullest = best;
        }

        /** A one-word name or a bare acronym, which may be short for several entities. */
        boolean isShort() {
            return fullest.size() < 2 && acronyms.isEmpty();
        }

        boolean sameAs(Node o) {
            boolean sameClass = entity.type() == o.entity.type() || isState() && o.isState();
            // One name tagged as a place in one article and an organisation or other name in the
            // next ("Donbas", "WhatsApp") is one entity; a person's name is kept apart from a place's.
            boolean placeLike = entity.type() != EntityType.PERSON && o.entity.type() != EntityType.PERSON;
            if (!sameClass && !placeLike) {
                return false;
            }
            for (String k : keys) {
                if (o.keys.contains(k)) {
                    return true;
                }
            }
            if (!sameClass) {
                return false;
            }
            if (entity.type() == EntityType.PERSON && fullest.size() > 1 && o.fullest.size() > 1) {
                return PersonNames.sameOrShort(fullest, o.fullest) || PersonNames.sameOrShort(o.fullest, fullest);
            }
            return acronymOf(o) || o.acronymOf(this);
        }

        /** True when this short form can stand for the fuller entity {@code f}. */
        boolean fits(Node f) {
            if (sameAs(f)) {
                return true;
            }
            if (!asAcronyms.isEmpty()) {
                return acronymOf(f);
            }
            if (entity.type() != EntityType.PERSON && !isState() && f.entity.type() == EntityType.PERSON && articleId.equals(f.articleId)
                    && f.fullest.size() > 1 && keys.contains(NameForms.key(f.fullest.get(f.fullest.size() - 1)))) {
                return true; // "Macron" tagged a place in an article that names Emmanuel Macron: his surname
            }
            return entity.type() == EntityType.PERSON && f.entity.type() == EntityType.PERSON
                    && PersonNames.sameOrShort(fullest, f.fullest);
        }

        private boolean acronymOf(Node o) {
            for (String a : asAcronyms) {
                if (o.acronyms.contains(a)) {
                    return true;
                }
            }
            return false;
        }

        private boolean isState() {
            return entity.type() == EntityType.LOCATION && States.standard().state(entity.name()).isPresent();
        }
    }
}
