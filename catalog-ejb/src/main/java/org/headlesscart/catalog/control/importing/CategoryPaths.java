package org.headlesscart.catalog.control.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds a category path of the Categories column ({@code Clothing > Tshirts}) in the store's category tree, held
 * in memory: categories are few. Each name is looked up among the children of the category before it, as
 * WooCommerce's importer does, so "Accessories" below Clothing and "Accessories" below Decor stay two categories.
 */
final class CategoryPaths {

    /** A category as the lookup needs it; a null or 0 parent is the top level. */
    record Node(Long id, Long parentId, String name, String slug) {
    }

    /**
     * @param found   the path's categories that exist, from the top
     * @param missing the names below the last found one, which are to be created in this order
     */
    record Resolution(List<Node> found, List<String> missing) {

        Resolution {
            found = List.copyOf(found);
            missing = List.copyOf(missing);
        }

        /** The id of the deepest category found: the parent of the first missing one; null for the top level. */
        Long deepestId() {
            return found.isEmpty() ? null : found.get(found.size() - 1).id();
        }
    }

    private CategoryPaths() {
    }

    static Resolution resolve(List<Node> categories, List<String> path) {
        List<Node> found = new ArrayList<>();
        Long parentId = null;
        for (int i = 0; i < path.size(); i++) {
            Optional<Node> child = child(categories, parentId, path.get(i));
            if (child.isEmpty()) {
                return new Resolution(found, path.subList(i, path.size()));
            }
            found.add(child.get());
            parentId = child.get().id();
        }
        return new Resolution(found, List.of());
    }

    /**
     * The child of {@code parentId} (null: the top level) that a name means: the one with exactly that name, else
     * one whose name differs only in case, else one whose slug is the name's slug (WordPress's {@code term_exists}
     * also matches slugs). Among equals the oldest (lowest id) wins.
     */
    static Optional<Node> child(List<Node> categories, Long parentId, String name) {
        List<Node> children = categories.stream().filter(c -> sameParent(c.parentId(), parentId))
                .sorted(Comparator.comparing(Node::id, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        String slug = Slugs.of(name);
        return Stream.<Predicate<Node>>of(c -> c.name().equals(name), c -> c.name().equalsIgnoreCase(name),
                        c -> !slug.isEmpty() && c.slug().equalsIgnoreCase(slug))
                .flatMap(test -> children.stream().filter(test).limit(1))
                .findFirst();
    }

    private static boolean sameParent(Long a, Long b) {
        return Objects.equals(topLevelAsNull(a), topLevelAsNull(b));
    }

    private static Long topLevelAsNull(Long parentId) {
        return parentId == null || parentId == 0 ? null : parentId;
    }
}
