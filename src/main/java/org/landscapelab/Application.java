package org.landscapelab;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.landscapelab.config.LabProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Landscape Lab: a self-hosted course on the loss landscapes of deep models. */
@SpringBootApplication
@EnableConfigurationProperties(LabProperties.class)
@StyleSheet(Lumo.STYLESHEET)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
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
