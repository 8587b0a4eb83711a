package org.headlesscart.catalog.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The catalog's revision: one row, incremented by every transaction that changes what the Products API shows.
 * Caches of catalog responses are valid while the revision they were built at is current.
 */
@Entity
@Table(name = "catalog_revision")
@NamedQuery(name = CatalogRevision.CURRENT, query = "SELECT r.revision FROM CatalogRevision r WHERE r.id = 1")
@NamedQuery(name = CatalogRevision.BUMP, query = "UPDATE CatalogRevision r SET r.revision = r.revision + 1, "
        + "r.changedAt = :now WHERE r.id = 1")
public class CatalogRevision {

    public static final String CURRENT = "CatalogRevision.current";
    public static final String BUMP = "CatalogRevision.bump";

    @Id
    @Column(columnDefinition = "tinyint")
    private int id;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CatalogRevision() {
    }
}
