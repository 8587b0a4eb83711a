package org.headlesscart.console;

import java.util.Set;

import jakarta.faces.application.Application;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import org.headlesscart.console.security.ConsolePaths;

/**
 * Makes every console view a Faces protected view (a GET needs the session's {@code jakarta.faces.Token}, which
 * {@code h:link}, {@code h:button} and redirects add), except the entry points a user types or is sent to: the
 * login page, the 403 page, the dashboard, the "not found" page shown for any unknown console address, and the
 * error page a failed Ajax request is sent to. Registered at start from the views on disk, because Mojarra compares
 * a {@code <protected-views>} url-pattern with the view id for equality: {@code /console/*} would protect nothing.
 */
public class ProtectedConsoleViews implements SystemEventListener {

    static final Set<String> ENTRY_POINTS = Set.of(ConsolePaths.LOGIN, ConsolePaths.FORBIDDEN, ConsolePaths.DASHBOARD,
            ConsolePaths.NOT_FOUND, ConsolePaths.ERROR);

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        protect(context.getExternalContext(), context.getApplication().getViewHandler(), "/console/");
    }

    private static void protect(ExternalContext external, ViewHandler views, String folder) {
        Set<String> paths = external.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                protect(external, views, path);
            } else if (path.endsWith(".xhtml") && !ENTRY_POINTS.contains(path)) {
                views.addProtectedView(path);
            }
        }
    }
}
