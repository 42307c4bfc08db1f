package nl.eenplan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** PL-4: the radar chart is well-formed SVG, an image with a name, and draws exactly the figures it gets. */
class RadarChartTests {

    static final List<String> AXES = List.of("Financiën", "Werk & opleiding", "Huisvesting", "Justitie");

    @Test
    @DisplayName("PL-4: the chart is well-formed SVG with role img and a title, whatever the names hold")
    void wellFormed() throws Exception {
        var svg = RadarChart.svg(
                "Zelfredzaamheid van <script>\"Sanne\" & co\u0001",
                AXES,
                List.of(new RadarChart.Series("01-11-2026 </svg>", List.of(1, 2, 3, 4))),
                5);
        var root = parse(svg).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Zelfredzaamheid van <script>\"Sanne\" & co");
        assertThat(root.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    @DisplayName("PL-4: a ring per level, an axis per domain, a line per assessment, a dot per level given")
    void figuresMatch() throws Exception {
        var values = new ArrayList<Integer>(Arrays.asList(5, null, 1, 3));
        var doc = parse(RadarChart.svg(
                "t",
                AXES,
                List.of(new RadarChart.Series("a", values), new RadarChart.Series("b", List.of(2, 2, 2, 2))),
                5));

        var polygons = doc.getElementsByTagName("polygon");
        assertThat(polygons.getLength()).as("5 rings and 2 series").isEqualTo(7);
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("circle").getLength())
                .as("3 + 4 levels given")
                .isEqualTo(7);
        var texts = new ArrayList<String>();
        for (var i = 0; i < doc.getElementsByTagName("text").getLength(); i++) {
            texts.add(doc.getElementsByTagName("text").item(i).getTextContent());
        }
        assertThat(texts).containsAll(AXES).contains("a", "b");

        // The first axis points straight up: level 5 at the outer ring, 150 above the centre (380, 230).
        var series = (Element) polygons.item(5);
        var corners = series.getAttribute("points").split(" ");
        assertThat(corners[0]).isEqualTo("380.0,80.0");
        assertThat(corners[1]).as("not assessed: the centre").isEqualTo("380.0,230.0");
        assertThat(corners[2]).as("level 1 on the third axis, straight down").isEqualTo("380.0,260.0");
    }

    @Test
    @DisplayName("PL-4: a radar chart needs three axes or more")
    void threeAxes() {
        assertThatThrownBy(() -> RadarChart.svg("t", List.of("a", "b"), List.of(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
