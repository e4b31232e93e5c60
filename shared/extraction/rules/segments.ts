// Splits folded report text into paragraphs, sentences and clauses (offsets into the folded text). Clauses
// split a sentence where a new statement starts ("، فيما أحصى المرصد…", "; while…"), so a campaign total in
// one clause does not turn the event figure in the other into an aggregate.

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  clauses: Array<{ start: number; end: number }>;
}

// A full stop glued to the next Arabic word ("…لتلقي العلاج.وتعتبر…", as captures that lose their line breaks
// write it) ends a sentence too: Arabic writes no abbreviations with a dot between two words of two letters or more,
// nor after a closing bracket or quote ("(8 سنوات).وبذلك"), nor with the dot moved off the word before ("بيان رسمي
// .وأضاف").
const SENTENCE_END = /[.!?؟;؛]+(?=[\s"'),،]|$)|(?<=[\u0621-\u064A]{2}\s?|[)"])[.!?؟]+(?=[\u0621-\u064A]{2})|\n/gu;
// "13 were killed in Saqba, nine in Hamouriyah and six in Kafr Batna": one clause per place of a list.
const CLAUSE_BREAK = new RegExp(
  String.raw`(?:[،,;؛]\s*|\s)(?=(?:و)?(?:فيما|بينما|في\s+حين|كما)\s)|[،,]\s*(?=(?:مضيفا|مضيفه|مشيرا` +
    String.raw`|مشيره)\s+(?:ان|الي\s+ان)\s)|[،,;؛]\s*(?=(?:while|whereas|but|meanwhile)\s)|\s(?=(?:while` +
    String.raw`|whereas)\s)|,\s*(?=(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten` +
    String.raw`|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+in\s+(?!the\s+(?:morning|evening` +
    String.raw`|afternoon|night)\b)[a-z])|\s(?=and\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine` +
    String.raw`|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+in\s+(?!the\s+(?:morning|evening` +
    String.raw`|afternoon|night)\b)[a-z])`,
  'gu',
);

export function splitSentences(folded: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const pushSentence = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(folded[a] as string)) a++;
    while (b > a && /\s/.test(folded[b - 1] as string)) b--;
    if (b - a < 2) return;
    sentences.push({ index: sentences.length, paragraph, start: a, end: b, clauses: splitClauses(folded, a, b) });
  };
  SENTENCE_END.lastIndex = 0;
  for (const m of folded.matchAll(SENTENCE_END)) {
    const at = m.index ?? 0;
    // "11.00", "2.5": a dot between digits does not end a sentence.
    if (m[0] === '.' && /\d/.test(folded[at - 1] ?? '') && /\d/.test(folded[at + 1] ?? '')) continue;
    const end = at + m[0].length;
    pushSentence(start, m[0] === '\n' ? at : end);
    if (m[0] === '\n') paragraph++;
    start = end;
  }
  pushSentence(start, folded.length);
  return sentences;
}

function splitClauses(folded: string, start: number, end: number): Array<{ start: number; end: number }> {
  const text = folded.slice(start, end);
  const cuts: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at > 8 && at < text.length - 8) cuts.push(at);
  }
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const cut of cuts) {
    out.push({ start: start + from, end: start + cut });
    from = cut;
  }
  out.push({ start: start + from, end });
  return out;
}
