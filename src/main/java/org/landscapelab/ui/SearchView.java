package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.LessonSearch;
import org.landscapelab.security.Roles;

/**
 * Search across the lessons and the glossary ({@code /search?q=…}): each hit names the lesson and step (or the term),
 * shows the text around the match with the match marked, and links there. Drafts only for signed-in instructors.
 */
@Route("search")
@PageTitle("Search · Landscape Lab")
@AnonymousAllowed
class SearchView extends Main implements BeforeEnterObserver {

    private final LessonRepository lessons;
    private final boolean staff;
    private final TextField query = new TextField("Search the lessons and the glossary");
    private final Paragraph count = new Paragraph();
    private final OrderedList hits = new OrderedList();

    SearchView(LessonRepository lessons, AuthenticationContext signedIn) {
        this.lessons = lessons;
        this.staff = signedIn.hasRole(Roles.INSTRUCTOR);
        addClassNames("lab-page", "lab-search");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(LessonSearch.MAX_QUERY);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setWidthFull();
        query.addClassName("lab-search-field");
        query.addValueChangeListener(e -> {
            show(e.getValue());
            // the address holds the search, so it can be shared and the back button returns to it
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            "search"
                                    + (e.getValue().isBlank()
                                            ? ""
                                            : "?"
                                                    + QueryParameters.simple(Map.of(
                                                                    "q",
                                                                    e.getValue().strip()))
                                                            .getQueryString())));
        });
        count.addClassName("lab-search-count");
        count.getElement().setAttribute("role", "status");
        hits.addClassName("lab-search-hits");
        add(new H1("Search"), query, count, hits);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        String text = q.isEmpty() ? "" : q.getFirst();
        query.setValue(text.length() > LessonSearch.MAX_QUERY ? text.substring(0, LessonSearch.MAX_QUERY) : text);
        show(query.getValue());
        query.focus();
    }

    private void show(String text) {
        hits.removeAll();
        if (text.isBlank()) {
            count.setText("Type a word or two: a term, a theorem, a widget.");
            return;
        }
        List<LessonSearch.Hit> found = LessonSearch.search(lessons.current(), text, staff);
        count.setText(
                found.isEmpty()
                        ? "Nothing found for “" + text.strip() + "”."
                        : found.size() + (found.size() == 1 ? " place" : " places")
                                + (found.size() == LessonSearch.MAX_HITS
                                        ? " (the first " + LessonSearch.MAX_HITS + ")"
                                        : "")
                                + " for “" + text.strip() + "”.");
        found.forEach(h -> hits.add(hit(h)));
    }

    private static ListItem hit(LessonSearch.Hit h) {
        RouterLink link = h.glossary()
                ? new RouterLink(h.title(), GlossaryView.class)
                : new RouterLink(h.title(), LessonView.class, LessonView.parameters(h.slug(), h.step()));
        if (h.glossary()) {
            link.getElement().setAttribute("href", "glossary#term-" + h.step());
            link.getElement().setAttribute("router-ignore", true);
        }
        link.addClassName("lab-search-title");
        Div snippet = new Div();
        snippet.getElement()
                .appendChild(
                        Element.createText(h.snippet().substring(0, h.matchStart())),
                        new Element("mark").setText(h.snippet().substring(h.matchStart(), h.matchEnd())),
                        Element.createText(h.snippet().substring(h.matchEnd())));
        snippet.addClassName("lab-search-snippet");
        ListItem item = new ListItem(link, snippet);
        item.getElement().setAttribute("data-slug", h.slug());
        item.getElement().setAttribute("data-step", h.step());
        return item;
    }
}
