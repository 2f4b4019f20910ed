package org.landscapelab.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The furthest step a student reached in each lesson, for this browser session. The seam for durable progress:
 * replace this bean with one backed by the data folder.
 */
@SpringComponent
class SessionProgress {

    @SuppressWarnings("unchecked")
    private static ConcurrentHashMap<String, Integer> furthest() {
        VaadinSession session = VaadinSession.getCurrent();
        ConcurrentHashMap<String, Integer> map = session.getAttribute(ConcurrentHashMap.class);
        if (map == null) {
            map = new ConcurrentHashMap<>();
            session.setAttribute(ConcurrentHashMap.class, map);
        }
        return map;
    }

    void visited(String slug, int stepIndex) {
        furthest().merge(slug, stepIndex, Math::max);
    }

    int furthest(String slug) {
        return furthest().getOrDefault(slug, 0);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String> passed() {
        VaadinSession session = VaadinSession.getCurrent();
        java.util.Set<String> set = (java.util.Set<String>) session.getAttribute("lab-passed");
        if (set == null) {
            set = ConcurrentHashMap.newKeySet();
            session.setAttribute("lab-passed", set);
        }
        return set;
    }

    void passed(String slug, String checkpointId) {
        passed().add(slug + "/" + checkpointId);
    }

    boolean hasPassed(String slug, String checkpointId) {
        return passed().contains(slug + "/" + checkpointId);
    }
}
