package org.headlesscart.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogService;

/** The store as the console's pages name it ({@code #{consoleStore.name}}): its title, from configuration. */
@Named
@RequestScoped
public class ConsoleStore {

    @EJB
    CatalogService catalog;

    private String name;

    public String getName() {
        if (name == null) {
            name = catalog.storeDetails().title();
        }
        return name;
    }
}
