package org.landscapelab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.landscapelab.security.InstructorAccount;
import org.landscapelab.security.InstructorAccounts;
import org.landscapelab.security.Roles;
import org.springframework.dao.DataAccessException;

/** For administrators: who may sign in as an instructor, with a password or through the institution's provider. */
@Route("instructor/accounts")
@PageTitle("Instructor accounts · Landscape Lab")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends Main implements BeforeEnterObserver {

    static final String PATH = "/instructor/accounts";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final InstructorAccounts accounts;
    private final AuthenticationContext signedIn;

    AccountsView(InstructorAccounts accounts, AuthenticationContext signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
        addClassNames("lab-page", "lab-accounts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1("Instructor accounts"), new Anchor("/instructor", "Back to the class"));
        NativeTable table = new NativeTable();
        table.addClassNames("lab-table", "lab-accounts-table");
        NativeTableRow head = new NativeTableRow();
        for (String h : new String[] {"Login", "Signs in with", "Role", "Added", ""}) {
            head.add(new NativeTableHeaderCell(h));
        }
        table.getHead().add(head);
        NativeTableBody body = new NativeTableBody();
        try {
            for (InstructorAccount a : accounts.list()) {
                Button remove = new Button("Remove", e -> confirmRemove(a.username()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", "Remove " + a.username());
                boolean self = a.username().equals(signedIn.getPrincipalName().orElse(""));
                remove.setEnabled(!self);
                NativeTableRow r = new NativeTableRow(
                        new NativeTableCell(a.username()),
                        new NativeTableCell(a.signsInWithPassword() ? "password" : "institution sign-in"),
                        new NativeTableCell(a.administrator() ? "administrator" : "instructor"),
                        new NativeTableCell(
                                DAY.format(a.createdAt()) + (a.createdBy() == null ? "" : " by " + a.createdBy())),
                        new NativeTableCell(remove));
                r.getElement().setAttribute("data-username", a.username());
                body.add(r);
            }
        } catch (DataAccessException e) {
            add(new Paragraph("The accounts cannot be reached right now. Try again in a minute."));
            return;
        }
        table.add(body);
        add(table, addForm());
        Anchor backup = new Anchor(BackupController.PATH, "Download a backup of the records (SQL, H2 only)");
        backup.getElement().setAttribute("router-ignore", true);
        backup.getElement().setAttribute("download", true);
        backup.addClassName("lab-backup");
        add(new H2("Backup"), new Paragraph(backup));
    }

    private Div addForm() {
        TextField name = new TextField("Login name or e-mail");
        name.addClassName("lab-account-name");
        name.setMaxLength(200);
        PasswordField password =
                new PasswordField("Password (at least " + InstructorAccounts.MIN_PASSWORD + " characters)");
        password.addClassName("lab-account-password");
        Checkbox provider = new Checkbox("Signs in through the institution (no password; the login is their e-mail)");
        provider.addValueChangeListener(e -> password.setEnabled(!e.getValue()));
        Checkbox admin = new Checkbox("Administrator (may add and remove instructors)");
        Button add = new Button("Add instructor", e -> {
            try {
                accounts.add(
                        name.getValue(),
                        provider.getValue() ? null : password.getValue(),
                        admin.getValue(),
                        signedIn.getPrincipalName().orElse("?"));
                Notification.show(
                        "Added " + name.getValue().strip().toLowerCase(java.util.Locale.ROOT) + ".",
                        3000,
                        Notification.Position.BOTTOM_START);
                render();
            } catch (IllegalArgumentException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            } catch (DataAccessException ex) {
                Notification.show(
                        "The accounts cannot be reached right now. Try again in a minute.",
                        5000,
                        Notification.Position.MIDDLE);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("lab-account-add");
        Div form = new Div(new H2("Add an instructor"), name, password, provider, admin, add);
        form.addClassName("lab-account-form");
        return form;
    }

    private void confirmRemove(String username) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Remove " + username + "?",
                "They can no longer sign in as an instructor. The learners' records are not affected.",
                "Remove",
                e -> {
                    try {
                        accounts.remove(username);
                        render();
                    } catch (IllegalArgumentException ex) {
                        Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
                    }
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
