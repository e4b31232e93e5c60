// The words of the furniture around a captured post or article, per language: pieces of the interfaces of
// Facebook, X (Twitter), Telegram, Instagram and of news sites' publishing tools (WordPress and the like). They
// are regular-expression sources (so "\d+" and ".*" may appear), matched case-insensitively. A language is one
// more key in each table (its ISO 639-1 code); report-body.ts only combines them.

/** Phrases by language code. */
export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/** The audience mark that closes a Facebook post's header ("<page> · <date> · Shared with Public"). */
export const FACEBOOK_AUDIENCE: PhraseTable = {
  en: ['Shared with Public', 'Shared with Friends', 'Shared with Custom'],
  ar: ['تمت المشاركة مع العامة', 'تمت المشاركة مع الأصدقاء', 'مشاركة مع العامة'],
  // French interface: "Partagé avec : Public" (a space before the colon, often narrow).
  fr: ['Partagé avec\\s?:?\\s?Public', 'Partagé avec\\s?:?\\s?Amis', 'Partagé avec\\s?:?\\s?Personnalisé'],
};

/** The words that open the audience mark, whatever the audience: a post's date stands right before them. */
export const FACEBOOK_SHARED_WITH: PhraseTable = {
  en: ['Shared with'],
  ar: ['تمت المشاركة مع', 'مشاركة مع'],
  fr: ['Partagé avec'],
};

/**
 * The label a publishing tool prints before an article's date in its byline ("تاريخ النشر: 14.03.2022 | 09:12",
 * "Published: 3 March 2024", "Publié le 3 mars 2024"). Not "updated", which is a later day, and not a bare "نشر في"
 * or "published on", which a sentence uses of another text; the byline's label opens a line or follows a separator.
 */
export const PUBLISHED_LABEL: PhraseTable = {
  en: ['Published(?: on)?', 'Date published', 'Publication date', 'Posted on'],
  ar: ['تاريخ النشر', 'نشر بتاريخ', 'تم النشر(?: في| بتاريخ)?'],
  fr: ['Publié le', 'Date de publication'],
};

/** The reaction bar that follows a post, glued to its last word in captures, and the comment list's controls. */
export const POST_END: PhraseTable = {
  en: [
    'All reactions:',
    'LikeCommentShare',
    'LikeComment',
    'Most relevant',
    'Write a comment',
    'View all \\d+ comments',
  ],
  ar: ['كل التفاعلات:', 'جميع التفاعلات:', 'أعجبنيتعليق', 'الأكثر صلة', 'اكتب تعليق[اًً]'],
  fr: [
    'Toutes les réactions\\s?:',
    "J['’]aimeCommenterPartager",
    "J['’]aimeCommenter",
    'Les plus pertinents',
    'Écrire un commentaire',
    'Afficher les \\d+ commentaires',
  ],
};

/** The tabs above an X post in a capture. */
export const X_TABS: PhraseTable = {
  en: ['Post', 'Conversation', 'Thread'],
  ar: ['منشور', 'محادثة', 'سلسلة'],
  fr: ['Post', 'Conversation', 'Fil'],
};

/** A line that is a button or a menu item by itself. */
export const BUTTONS: PhraseTable = {
  en: [
    'Copy link to Tweet',
    'Copy link',
    'Embed Tweet',
    'Embed Post',
    'More',
    'Reply',
    'Retweet',
    'Retweeted',
    'Repost',
    'Quote',
    'Like',
    'Liked',
    'Share',
    'Follow',
    'Following',
    'Undo',
    'Bookmark',
    'Translate post',
    'Translate Tweet',
    'See translation',
    'Show this thread',
    'Show more replies',
    'New conversation',
    'End of conversation',
    'Most relevant',
    'Newest',
    'All comments',
    'Write a comment\\W*',
    'Add a comment\\W*',
    'View replies',
    'Hide replies',
    'Comment',
    'Like · Reply(?: · .*)?',
    'Back to top ↑?',
  ],
  ar: [
    'رد',
    'الرد',
    'ردود',
    'أعجبني',
    'إعجاب',
    'مشاركة',
    'تعليق',
    'متابعة',
    'ترجمة المنشور',
    'عرض الترجمة',
    'ترجمة التغريدة',
    'نسخ الرابط',
    'عرض المزيد من الردود',
    'الأكثر صلة',
    'الأحدث',
    'كل التعليقات',
    'اكتب تعليق[اًً]\\W*',
    'أعجبني · رد(?: · .*)?',
    '[اأإ]ضاف[ةه] تعليق',
    '[اأ]ضف تعليق',
  ],
  fr: [
    'Copier le lien',
    'Intégrer le post',
    'Plus',
    'Répondre',
    'Republier',
    'Citer',
    "J['’]aime",
    'Partager',
    'Suivre',
    'Abonné',
    'Traduire le post',
    'Voir la traduction',
    'Afficher plus de réponses',
    'Plus récents',
    'Tous les commentaires',
    'Écrire un commentaire\\W*',
    'Commenter',
    "J['’]aime · Répondre(?: · .*)?",
    'Retour en haut ↑?',
  ],
};

/** What a counter counts: "1 Retweet", "2.3K Views", "131 زيارة" (a bare number is a counter too). */
export const COUNTED: PhraseTable = {
  en: ['retweets?', 'likes?', 'repl(?:y|ies)', 'views?', 'comments?', 'shares?', 'reposts?', 'quotes?', 'reactions?'],
  ar: ['زيارة', 'زيارات', 'مشاهدة', 'مشاهدات', 'تعليق', 'تعليقات', 'إعجاب', 'إعجابات', 'مشاركة', 'مشاركات', 'ردود'],
  fr: ['vues?', 'republications?', 'réponses?', 'commentaires?', 'partages?', 'citations?', 'réactions?', "j['’]aime"],
};

/** "<name> Retweeted <name>": a retweet's header. */
export const RESHARED: PhraseTable = {
  en: ['Retweeted', 'reposted'],
  ar: ['أعاد التغريد', 'أعاد النشر'],
  fr: ['a republié', 'a retweeté'],
};

/** Notices the capture tool saved with the page. */
export const CAPTURE_NOTICES: PhraseTable = {
  en: [
    'Loading seems to be taking a while\\.',
    'Twitter may be over capacity.*',
    'Thanks\\. Twitter will use this.*',
    'Something went wrong.*',
    'This (?:post|Tweet) is unavailable\\.?',
  ],
  ar: ['حدث خطأ ما.*', 'هذا المنشور غير متاح\\.?'],
  fr: ["Une erreur s['’]est produite.*", "Ce post n['’]est pas disponible\\.?"],
};

/**
 * A line that only says how long ago something was posted ("15 hours ago", "‏15 ساعة مضت", "منذ 3 أيام", "il y a 2
 * jours"): the date stamp of a link in a list of other stories, or of a post. The count may be digits of either kind.
 */
export const RELATIVE_TIMES: PhraseTable = {
  en: ['(?:an?|[0-9]+) (?:seconds?|minutes?|hours?|days?|weeks?|months?) ago'],
  ar: [
    '[0-9٠-٩]+ (?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|يوما|أسبوع|أسابيع|شهر|أشهر) (?:مضت|مضى)',
    '(?:منذ|قبل) (?:[0-9٠-٩]+ )?(?:ثانية|ثوان|دقيقة|دقائق|ساعة|ساعات|ساعتين|يوم|أيام|يومين|أسبوع|أسابيع|شهر|أشهر)',
  ],
  fr: ['il y a (?:une?|[0-9]+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois)'],
};

/**
 * A heading after which nothing is the article: previous/next post links, share buttons, the "like this" widget,
 * the related-posts list, the comment form and the readers' comments.
 */
export const TAIL_HEADINGS: PhraseTable = {
  en: [
    'Previous(?: post| article)?',
    'Next(?: post| article)?',
    'Read next',
    'You may also like',
    'Share this(?: article| story| post)?:?',
    'Like this:?',
    'Related(?: posts| articles| news)?:?',
    'Leave a (?:Reply|comment)\\b.*',
    'Comments?:?',
    '\\d+ Comments?',
  ],
  ar: [
    'السابق',
    'التالي',
    '(?:المقال|الخبر|المنشور) (?:السابق|التالي)',
    '[اأ]قرأ التالي',
    'اخترنا لك',
    'قد يعجبك أيضا[ًً]?',
    'شارك هذا (?:الموضوع|المقال|الخبر):?',
    'شارك الخبر:?',
    'شارك:',
    'معجب بهذه:?',
    'مرتبط',
    '(?:أخبار|مقالات) ذات صلة',
    '(?:دع|اترك) (?:تعليق|رد)[اًً].*',
    'التعليقات',
    'تعليقات القراء',
    'آخر المواضيع',
    'آخر الأخبار',
    'الأكثر قراءة',
    'تابعنا على (?:فيسبوك|فيس بوك|تويتر|تلغرام|تيليجرام).*',
  ],
  // Not "Lire aussi": French sites put it inside the article, before more of the text.
  fr: [
    'Article précédent',
    'Article suivant',
    'Vous aimerez aussi',
    'Partager cet article\\s?:?',
    'Partager\\s?:',
    'Articles similaires',
    'Sur le même sujet',
    'Dans la même rubrique',
    'Laisser un commentaire\\b.*',
    'Commentaires?\\s?:?',
    '\\d+ commentaires?',
  ],
};

/**
 * The credit line a news article ends with ("المصدر: سانا", "Source: Reuters"): it is the article's last line (it
 * names the source, so it is kept); what follows on the page is other stories.
 */
export const SOURCE_LINES: PhraseTable = {
  en: ['Sources?\\s?:.{1,60}'],
  ar: ['(?:المصدر|المصادر)\\s?:.{1,60}'],
  fr: ['Sources?\\s?:.{1,60}'],
};

/** All the phrases of a table, every language, as one alternation. */
export function alternation(table: PhraseTable): string {
  return `(?:${Object.values(table).flat().join('|')})`;
}
