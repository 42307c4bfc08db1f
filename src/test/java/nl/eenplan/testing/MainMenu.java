package nl.eenplan.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The main menu as a person uses it: on a phone it is folded into "Menu", which is opened first. */
public final class MainMenu {

    private MainMenu() {}

    /** A link of the main menu, opening the menu first where it is folded. */
    public static Locator link(Page page, String name) {
        var button = page.locator("summary.ep-menu-button");
        if (button.isVisible() && page.locator("details.ep-menu[open]").count() == 0) {
            button.click();
        }
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(navigationName(page)))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }

    private static String navigationName(Page page) {
        return "en".equals(page.locator("html").getAttribute("lang")) ? "Main menu" : "Hoofdmenu";
    }
}
