// Arabic compass words, the noun and its adjective: "شرق دير الزور" (east of), "ريف حلب الشمالي"/"شمالي حلب"
// (northern). Reports place a strike with them, so several lists need them: what ends a list of names, what makes
// an ambiguous word a place, what links a neighbourhood to its city.
export const AR_COMPASS_WORDS: readonly string[] = ['شرق', 'غرب', 'شمال', 'جنوب', 'شرقي', 'غربي', 'شمالي', 'جنوبي'];
