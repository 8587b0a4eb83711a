package org.headlesscart.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A product tag. */
@Entity
@Table(name = "tag")
@NamedQuery(name = Tag.ALL, query = "SELECT t FROM Tag t ORDER BY t.name, t.id")
@NamedQuery(name = Tag.BY_SLUG, query = "SELECT t FROM Tag t WHERE t.slug = :slug")
public class Tag {

    public static final String ALL = "Tag.all";
    public static final String BY_SLUG = "Tag.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, columnDefinition = "text")
    private String description = "";

    @Version
    private long version;

    protected Tag() {
    }

    public Tag(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getDescription() { return description; }

    public void rename(String name, String slug, String description) {
        this.name = name;
        this.slug = slug;
        this.description = description == null ? "" : description;
    }
}
