package dev.parallax.core.clean;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Month names and common abbreviations of many languages (nominative and, where dates use it,
 * genitive forms; Arabic, Persian, Hebrew and Hindi names of the Gregorian months), mapped to
 * month numbers; names that mean different months in different
 * languages (Croatian "listopad") are left out.
 */
final class MonthNames {
    private MonthNames() {}

    /** One entry per month (January first): its spellings, space-separated, {@code _} for a space inside a name. */
    private static final String[] SPELLINGS = {
        "january jan janv januar jänner janvier enero ene janeiro gennaio januari ocak ianuarie január "
                + "stycznia styczeń ledna leden sausio enero января январь січня січень януари ιανουαρίου ιανουάριος يناير كانون_الثاني ژانویه ינואר जनवरी",
        "february feb febr februar feber février fevrier févr fevr febrero febreiro fevereiro fev febbraio februari "
                + "şubat subat februarie február lutego luty února únor pebrero февраля февраль лютого лютий "
                + "февруари φεβρουαρίου فبراير شباط فوریه פברואר फ़रवरी फरवरी",
        "march mar mars märz maerz mär marzo março marco maart mrt mart martie március márc marca marzec března "
                + "březen marso marts maret mac марта март березня березень μαρτίου مارس آذار מרץ मार्च",
        "april apr avril avr abril abr aprile nisan aprilie április ápr kwietnia kwiecień dubna duben "
                + "апреля апрель квітня квітень април απριλίου أبريل ابريل إبريل نيسان آوریل אפריל अप्रैल",
        "may mai mayo maio maggio mei mayıs mayis május máj maja maj května květen мая май травня травень μαΐου مايو أيار ايار מאי मई",
        "june jun juni juin junio junho giugno giu haziran iunie június jún czerwca czerwiec června červen "
                + "hunyo июня июнь червня червень юни ιουνίου يونيو يونيه حزيران ژوئن יוני जून",
        "july jul juli juillet juil julio julho luglio lug temmuz iulie július júl lipca lipiec července "
                + "červenec hulyo июля июль липня липень юли ιουλίου يوليو يوليه تموز ژوئیه יולי जुलाई",
        "august aug august août aout agosto ago augustus ağustos agustos augusztus sierpnia sierpień srpna "
                + "srpen agustus ogos avgust augusti августа август серпня серпень αυγούστου أغسطس اغسطس آب اوت אוגוסט अगस्त",
        "september sep sept septembre septiembre setiembre setembro settembre eylül eylul septembrie szeptember "
                + "szept września wrzesień září setyembre septembar septemvri сентября сентябрь вересня вересень "
                + "септември σεπτεμβρίου سبتمبر أيلول ايلول سپتامبر ספטמבר सितंबर सितम्बर",
        "october oct octobre octubre outubro ottobre ott oktober okt ekim octombrie október października "
                + "październik října říjen oktubre oktobar октября октябрь жовтня жовтень октомври οκτωβρίου أكتوبر اكتوبر تشرين_الأول تشرين_الاول اکتبر אוקטובר अक्टूबर",
        "november nov novembre noviembre novembro kasım kasim noiembrie listopada listopad listopadu "
                + "nobyembre novembar ноября ноябрь листопада листопад ноември νοεμβρίου نوفمبر تشرين_الثاني نوامبر נובמבר नवंबर नवम्बर",
        "december dec décembre decembre déc diciembre dic dezembro dez dicembre dezember aralık aralik "
                + "decembrie grudnia grudzień prosince prosinec disyembre desember disember decembar "
                + "декабря декабрь грудня грудень декември δεκεμβρίου ديسمبر كانون_الأول كانون_الاول دسامبر דצמבר दिसंबर दिसम्बर",
    };

    private static final Map<String, Integer> NUMBERS = numbers();

    /** A regex alternation of every spelling, longest first, for case-insensitive Unicode matching. */
    static final String ALTERNATION = NUMBERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"));

    private static Map<String, Integer> numbers() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < SPELLINGS.length; i++) {
            for (String name : SPELLINGS[i].split(" ")) {
                m.put(name.replace('_', ' '), i + 1);
            }
        }
        return Map.copyOf(m);
    }

    /** The month number (1–12) of a spelling in any case, if it is one. */
    static OptionalInt number(String name) {
        Integer n = NUMBERS.get(name.toLowerCase(Locale.ROOT));
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }
}
