package nl.eenplan.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a self-contained HTML document to PDF. Templates name the font family {@value
 * #FONT_FAMILY}; with the DejaVu fonts present it is embedded and the PDF is tagged (PDF/UA). Inline
 * SVG (charts) is drawn by Batik, without scripts and without loading anything from elsewhere.
 */
@Component
public class PdfDocuments {

    /** The font family templates ask for. */
    public static final String FONT_FAMILY = "EenPlan Sans";

    private final File fontDirectory;

    PdfDocuments(@Value("${eenplan.pdf.font-directory:/usr/share/fonts/truetype/dejavu}") File fontDirectory) {
        this.fontDirectory = fontDirectory;
        // The renderer reports every step at INFO; only its warnings belong in EenPlan's log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    /** The PDF of this HTML; nothing is fetched from elsewhere while rendering. */
    public byte[] render(String html) {
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Charts are inline SVG; Batik draws them, and nothing outside the document is loaded.
        builder.useSVGDrawer(
                new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        var regular = new File(fontDirectory, "DejaVuSans.ttf");
        var bold = new File(fontDirectory, "DejaVuSans-Bold.ttf");
        if (regular.canRead() && bold.canRead()) {
            builder.useFont(regular, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(bold, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // PDF/UA needs every font embedded, which the built-in PDF fonts are not.
            builder.usePdfUaAccessibility(true);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
