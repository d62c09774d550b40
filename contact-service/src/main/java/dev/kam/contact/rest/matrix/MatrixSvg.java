package dev.kam.contact.rest.matrix;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.service.matrix.MatrixView;
import java.util.Locale;

/**
 * Draws a {@link MatrixView} as SVG: the 2x2 grid (involvement low to high from left to right,
 * interest low to high from bottom to top), the quadrant titles, each person at the place the
 * domain layout gave him, coloured by our best relationship with him, the primary contact ringed,
 * and a legend. Every text from the data is escaped; long labels are shortened (the full text stays
 * in the dot's tooltip).
 */
public final class MatrixSvg {

    public static final String MEDIA_TYPE = "image/svg+xml";

    static final int WIDTH = 1000;
    static final int HEIGHT = 730;
    static final int LEFT = 90;
    static final int TOP = 60;
    static final int PLOT_WIDTH = 860;
    static final int PLOT_HEIGHT = 560;
    /** Average advance of a bold 12 px and a plain 10.5 px character: labels stay within their column. */
    static final double NAME_CHAR_PX = 7.2;
    static final double POSITION_CHAR_PX = 6.0;

    private MatrixSvg() {
    }

    public static String render(MatrixView matrix) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n");
        String title = "Buying centre of " + matrix.accountName()
                + (matrix.decisionName() == null ? "" : " \u2013 " + matrix.decisionName());
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, LEFT, 36, "start", "font-size=\"20\" font-weight=\"bold\" fill=\"#212121\"", shorten(title, 70));
        quadrants(svg);
        axes(svg, matrix.roleHighFrom());
        if (matrix.people().isEmpty()) {
            text(svg, LEFT + PLOT_WIDTH / 2, TOP + PLOT_HEIGHT / 2, "middle",
                    "font-size=\"16\" fill=\"#616161\"", "Nobody on record yet");
        }
        matrix.people().forEach(person -> person(svg, person, matrix.roleHighFrom()));
        legend(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void quadrants(StringBuilder svg) {
        int halfW = PLOT_WIDTH / 2;
        int halfH = PLOT_HEIGHT / 2;
        quadrant(svg, BuyingCentreRole.SPECIFIER, LEFT, TOP, "#f3ecfa", "high interest, low involvement");
        quadrant(svg, BuyingCentreRole.LEADER, LEFT + halfW, TOP, "#e7f0fb", "high interest, high involvement");
        quadrant(svg, BuyingCentreRole.BUTLER, LEFT, TOP + halfH, "#fbf3e4", "low interest, low involvement");
        quadrant(svg, BuyingCentreRole.HELPER, LEFT + halfW, TOP + halfH, "#eaf5ea", "low interest, high involvement");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(PLOT_WIDTH)
                .append("\" height=\"").append(PLOT_HEIGHT)
                .append("\" fill=\"none\" stroke=\"#757575\" stroke-width=\"1.5\"/>\n");
        svg.append("<line x1=\"").append(LEFT + halfW).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(LEFT + halfW).append("\" y2=\"").append(TOP + PLOT_HEIGHT)
                .append("\" stroke=\"#9e9e9e\" stroke-dasharray=\"6 4\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + halfH).append("\" x2=\"")
                .append(LEFT + PLOT_WIDTH).append("\" y2=\"").append(TOP + halfH)
                .append("\" stroke=\"#9e9e9e\" stroke-dasharray=\"6 4\"/>\n");
    }

    /** The quadrant's title sits faintly in its middle, behind the people, where no label can hide it. */
    private static void quadrant(StringBuilder svg, BuyingCentreRole role, int x, int y, String fill, String what) {
        int cx = x + PLOT_WIDTH / 4;
        int cy = y + PLOT_HEIGHT / 4;
        svg.append("<g class=\"quadrant\" data-quadrant=\"").append(role.name()).append("\">")
                .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                .append(PLOT_WIDTH / 2).append("\" height=\"").append(PLOT_HEIGHT / 2).append("\" fill=\"")
                .append(fill).append("\"/>");
        text(svg, cx, cy + 4, "middle",
                "font-size=\"34\" font-weight=\"bold\" fill=\"#455a64\" fill-opacity=\"0.16\" letter-spacing=\"3\"",
                role.name());
        svg.append("<title>").append(escape(role.name() + ": " + what)).append("</title>");
        svg.append("</g>\n");
    }

    private static void axes(StringBuilder svg, int highFrom) {
        int bottom = TOP + PLOT_HEIGHT;
        text(svg, LEFT + PLOT_WIDTH / 2, bottom + 42, "middle", "font-size=\"14\" fill=\"#212121\"",
                "Involvement in the purchase decision: low \u2192 high");
        svg.append("<text x=\"").append(LEFT - 50).append("\" y=\"").append(TOP + PLOT_HEIGHT / 2)
                .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#212121\" transform=\"rotate(-90 ")
                .append(LEFT - 50).append(' ').append(TOP + PLOT_HEIGHT / 2).append(")\">")
                .append(escape("Interest in the outcome: low \u2192 high")).append("</text>\n");
        // score ticks at the centres of their slots, as the layout places people
        for (int score = 1; score <= 5; score++) {
            double centre = slotCentre(score, highFrom);
            int x = (int) Math.round(LEFT + centre * PLOT_WIDTH);
            int y = (int) Math.round(TOP + (1 - centre) * PLOT_HEIGHT);
            text(svg, x, bottom + 18, "middle", "font-size=\"11\" fill=\"#757575\"", Integer.toString(score));
            text(svg, LEFT - 12, y + 4, "end", "font-size=\"11\" fill=\"#757575\"", Integer.toString(score));
        }
    }

    /** Where a score's slot centre lies on its axis; the same split as the domain layout's. */
    private static double slotCentre(int score, int highFrom) {
        if (score >= highFrom) {
            return 0.5 + 0.5 * (score - highFrom + 0.5) / (5 - highFrom + 1);
        }
        return 0.5 * (score - 1 + 0.5) / (highFrom - 1);
    }

    private static void person(StringBuilder svg, MatrixView.Person person, int highFrom) {
        double cx = LEFT + person.x() * PLOT_WIDTH;
        double cy = TOP + (1 - person.y()) * PLOT_HEIGHT;
        String tooltip = person.name() + (person.position() == null ? "" : ", " + person.position()) + " \u2013 "
                + person.role().name() + " (interest " + person.interest() + ", involvement " + person.involvement()
                + "), relationship: " + qualityWord(person.bestRelationship())
                + (person.primaryContact() ? ", primary contact" : "");
        svg.append("<g class=\"person\" data-stakeholder-id=\"").append(person.stakeholderId())
                .append("\" data-quadrant=\"").append(person.quadrant().name())
                .append("\" data-role=\"").append(person.role().name())
                .append("\" data-relationship=\"").append(qualityWord(person.bestRelationship()))
                .append("\" data-primary=\"").append(person.primaryContact()).append("\">");
        svg.append("<title>").append(escape(tooltip)).append("</title>");
        if (person.primaryContact()) {
            svg.append("<circle class=\"primary\" cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy))
                    .append("\" r=\"12\" fill=\"none\" stroke=\"#1a237e\" stroke-width=\"2.5\"/>");
        }
        svg.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"7\" fill=\"")
                .append(colour(person.bestRelationship())).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        String nameStyle = person.erased() ? "font-size=\"12\" font-style=\"italic\" fill=\"#757575\""
                : "font-size=\"12\" font-weight=\"bold\" fill=\"#212121\"";
        String name = person.name();
        // centred under the dot and no wider than the person's column, so labels never cross a quadrant line
        double column = columnWidth(person.x(), highFrom);
        text(svg, cx, cy + 22, "middle", nameStyle, shorten(name, (int) ((column - 8) / NAME_CHAR_PX)));
        if (person.position() != null && !person.position().isBlank()) {
            text(svg, cx, cy + 35, "middle", "font-size=\"10.5\" fill=\"#616161\"",
                    shorten(person.position(), (int) ((column - 8) / POSITION_CHAR_PX)));
        }
        if (person.role() != person.quadrant()) {
            // an overridden role: the dot stays where the scores put it, the label says what the team decided
            text(svg, cx, cy + (person.position() == null || person.position().isBlank() ? 35 : 47), "middle",
                    "class=\"override\" font-size=\"10\" font-style=\"italic\" fill=\"#37474f\"",
                    "role set to " + person.role().name());
        }
        svg.append("</g>\n");
    }

    /** The width in pixels of the score column a place lies in (low columns are wider when fewer). */
    private static double columnWidth(double x, int highFrom) {
        int columns = x > 0.5 ? 5 - highFrom + 1 : highFrom - 1;
        return PLOT_WIDTH * 0.5 / columns;
    }

    private static void legend(StringBuilder svg) {
        int y = TOP + PLOT_HEIGHT + 80;
        int x = LEFT;
        text(svg, x, y + 4, "start", "font-size=\"12\" font-weight=\"bold\" fill=\"#212121\"",
                "Our best relationship:");
        x += 165;
        for (RelationshipQuality quality : RelationshipQuality.values()) {
            x = legendDot(svg, x, y, colour(quality), qualityWord(quality));
        }
        x = legendDot(svg, x, y, colour(null), qualityWord(null));
        svg.append("<circle cx=\"").append(x + 8).append("\" cy=\"").append(y)
                .append("\" r=\"10\" fill=\"none\" stroke=\"#1a237e\" stroke-width=\"2.5\"/>");
        text(svg, x + 24, y + 4, "start", "font-size=\"12\" fill=\"#212121\"", "primary contact");
        svg.append('\n');
    }

    private static int legendDot(StringBuilder svg, int x, int y, String colour, String label) {
        svg.append("<circle cx=\"").append(x + 8).append("\" cy=\"").append(y).append("\" r=\"7\" fill=\"")
                .append(colour).append("\"/>");
        text(svg, x + 20, y + 4, "start", "font-size=\"12\" fill=\"#212121\"", label);
        return x + 20 + label.length() * 7 + 24;
    }

    static String colour(RelationshipQuality quality) {
        if (quality == null) {
            return "#9e9e9e";
        }
        return switch (quality) {
            case GOOD -> "#2e7d32";
            case NEUTRAL -> "#f9a825";
            case POOR -> "#c62828";
        };
    }

    static String qualityWord(RelationshipQuality quality) {
        return quality == null ? "none" : quality.name().toLowerCase(Locale.ROOT);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String style, String content) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(style).append('>').append(escape(content)).append("</text>");
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= max ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** XML text and attribute escaping; characters XML 1.0 cannot carry at all are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
