package org.ministerial.scenario;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, as the JDK knows them. */
final class IsoCodes {
    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private IsoCodes() {
    }

    static boolean isCountry(String code) {
        return ALPHA3.contains(code);
    }
}
