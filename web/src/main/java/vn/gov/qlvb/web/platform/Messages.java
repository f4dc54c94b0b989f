package vn.gov.qlvb.web.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up UI texts and rule-violation messages in the resource bundles (Vietnamese first). */
public final class Messages {

    public static final String BUNDLE = "vn.gov.qlvb.web.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? VIETNAMESE : locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** Picks Vietnamese or English from an Accept-Language list; Vietnamese when unsure. */
    public static Locale negotiate(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(l.getLanguage())) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }
}
