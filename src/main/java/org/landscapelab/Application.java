package org.landscapelab;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.List;
import org.landscapelab.config.LabProperties;
import org.landscapelab.config.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Landscape Lab: a self-hosted course on the loss landscapes of deep models. */
@SpringBootApplication
@EnableConfigurationProperties(LabProperties.class)
@StyleSheet(Lumo.STYLESHEET)
// Push is off for every page (a websocket per tab costs ~130 KiB of server memory and a connection); results of
// background work reach a student's page by polling while the work runs, and instructors' pages turn push on.
@Push(PushMode.DISABLED)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(List.of(args).subList(1, args.length), System.out));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Landscape Lab");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Applied before the first paint, so a dark-theme reader never sees a white flash.
        settings.addInlineWithContents(
                "try{var t=localStorage.getItem('lab-theme');"
                        + "if(t==='dark'){document.documentElement.setAttribute('theme','dark');}}catch(e){}",
                com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }
}
