package dev.limber.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a rendered page a test asserts on: an element by id, a hidden input's value. */
public final class Html {

    private Html() {
    }

    /** The value of the (first) input named {@code name}; fails when there is none. */
    public static String hidden(String html, String name) {
        Matcher input = Pattern.compile("<input\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
        if (!input.find()) {
            throw new AssertionError("no input named " + name + " in the page");
        }
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("the input named " + name + " has no value: " + input.group());
        }
        return value.group(1);
    }

    /** The opening tag of the element with this id, e.g. {@code <input id="hold-1" ... aria-invalid="true">}. */
    public static String tag(String html, String id) {
        Matcher tag = opening(html, id);
        return tag.group();
    }

    /** The element with this id up to its closing tag (elements of the same name must not nest in it). */
    public static String element(String html, String id) {
        Matcher tag = opening(html, id);
        String name = tag.group(1);
        int end = html.indexOf("</" + name + ">", tag.end());
        if (end < 0) {
            throw new AssertionError("element " + id + " is not closed");
        }
        return html.substring(tag.start(), end + name.length() + 3);
    }

    /** The message of the field's error paragraph ({@code id="<key>-error"}), without the hidden "Error: " prefix. */
    public static String fieldError(String html, String key) {
        return element(html, key + "-error").replaceAll("<span class=\"visually-hidden\">Error: </span>", "")
                .replaceAll("<[^>]+>", "").strip();
    }

    private static Matcher opening(String html, String id) {
        Matcher tag = Pattern.compile("<(\\w+)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no element with id " + id + " in the page");
        }
        return tag;
    }

    /** The form posting to {@code action}, from its opening tag to its end. */
    public static String form(String html, String action) {
        Matcher tag = Pattern.compile("<form\\b[^>]*\\baction=\"" + Pattern.quote(action) + "\"[^>]*>").matcher(html);
        if (!tag.find()) {
            throw new AssertionError("no form posting to " + action + " in the page");
        }
        int end = html.indexOf("</form>", tag.end());
        return html.substring(tag.start(), end + "</form>".length());
    }

    private static final Pattern CONTROL = Pattern.compile(
            "<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    /**
     * What a browser sends for a form as rendered, in document order: every named input (checkboxes and radio
     * buttons only when checked), each select's selected option (else its first), each textarea's text.
     * Buttons are left out; a test adds the one it presses.
     */
    public static List<Map.Entry<String, String>> fields(String form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher control = CONTROL.matcher(form);
        while (control.find()) {
            if (control.group(1) != null) {
                String attributes = control.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                boolean choice = "checkbox".equals(type) || "radio".equals(type);
                if (name != null && (!choice || flag(attributes, "checked"))) {
                    String value = attribute(attributes, "value");
                    fields.add(Map.entry(name, value == null ? (choice ? "on" : "") : value));
                }
            } else if (control.group(2) != null) {
                String name = attribute(control.group(2), "name");
                String first = null;
                String selected = null;
                Matcher option = OPTION.matcher(control.group(3));
                while (option.find()) {
                    String value = attribute(option.group(1), "value");
                    first = first == null ? value : first;
                    selected = selected == null && flag(option.group(1), "selected") ? value : selected;
                }
                String chosen = selected == null ? first : selected;
                if (name != null && chosen != null) {
                    fields.add(Map.entry(name, chosen));
                }
            } else {
                String name = attribute(control.group(4), "name");
                if (name != null) {
                    fields.add(Map.entry(name, unescape(control.group(5))));
                }
            }
        }
        return fields;
    }

    private static boolean flag(String attributes, String name) {
        return Pattern.compile("(?:^|\\s)" + name + "(?:\\s|$)").matcher(attributes).find();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** Text as a browser reads it from Qute's escaping. */
    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
