/**
 * What lets N servers of one database behave as one (docs/scaling.md): {@link
 * org.headlesscart.platform.cluster.ClusterLeases}, a lease per job in the database, for work that must run on one
 * node of a cluster at a time. It lives in catalog-ejb because every other module depends on catalog; the lease
 * table comes with the catalog's migrations.
 */
package org.headlesscart.platform.cluster;
