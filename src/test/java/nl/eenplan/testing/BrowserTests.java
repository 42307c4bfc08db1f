package nl.eenplan.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The accessibility check itself: it must fail on a page that breaks WCAG. */
class BrowserTests {

    @Test
    void axeFailsAPageWithAnImageWithoutTextAndAFieldWithoutLabel() {
        try (var context = Browser.desktop()) {
            var page = context.newPage();
            page.setContent("<!DOCTYPE html><html lang='nl'><head><title>Fout</title></head><body><main>"
                    + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'></main></body></html>");

            assertThatThrownBy(() -> Browser.assertAccessible(page))
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("label");
        }
    }
}
