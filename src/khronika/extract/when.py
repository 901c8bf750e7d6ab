"""When an act happened: the date its own clause names, else the one the report names before
it (a day or more later where it says so), never the date of a description of someone or of
when something was said; an act told only in the title by the body's first dated mention of
its victim."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from khronika.extract.context import COURT_ACTS, DocContext, Trigger
from khronika.extract.dates import DateMention, shift_month
from khronika.extract.participants import NUMBER_WORDS, title_sentence
from khronika.extract.syntax import (
    VERBAL,
    clause_chain,
    descendants,
    head_in,
    in_past_perfect,
    sentence_at,
    subtree_chars,
)
from khronika.model import Act, DateValue, Participant, Span
from khronika.nlp.base import Analysis
from khronika.nlp.paragraphs import dateline_end


def title_span(a: Analysis) -> tuple[int, int] | None:
    """The report's title: its first line, when that line is a sentence of its own (or a
    short line set apart by a blank one, opening with a topic: "📍 Crimea. Searches at …")."""
    if not a.sentences:
        return None
    first = a.sentences[title_sentence(a)]
    line_end = a.text.find("\n", first.start)
    if line_end == -1 or a.text[first.start : line_end].rstrip().endswith("."):
        return None
    if line_end > first.end + 1 and (
        line_end - first.start > _SHORT_TITLE or not a.text.startswith("\n\n", line_end)
    ):
        return None
    return first.start, line_end


_SHORT_TITLE = 160  # characters


def headline_dates(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """A title names no date: an act told only there is dated by the body's first dated
    sentence that names its victim ("29 мая Гаджиева посадили в машину"), not by the
    publication line before it."""
    a = ctx.a
    title = title_span(a)
    if title is None:
        return acts
    out = []
    for act in acts:
        if title[0] <= act.trigger.start < title[1] and (act.date is None or act.date.inferred):
            named = [v for v in act.victims if v.kind == "person"]
            names = {v.name for v in named}
            first_told = next(
                (
                    b
                    for b in acts
                    if b.trigger.start >= title[1]
                    and b.type == act.type
                    and names & {v.name for v in b.victims}
                ),
                None,
            )
            if first_told is not None and first_told.date is None:
                # («суд оштрафовал Ершову …» undated, then «в ноябре её уже штрафовали»: the
                # body's first telling of the title's act is undated, and so is the title's)
                out.append(replace(act, date=None))
                continue
            found = _first_dated_mention(ctx, named, title[1]) if named else None
            if (
                first_told is not None
                and first_told.date is not None
                and first_told.date.span.start < title[1]  # (dated only by the publication line)
                and found is not None
                and any(
                    b is not first_told
                    and b.type == act.type
                    and names & {v.name for v in b.victims}
                    and any(e.start <= found.start < e.end for e in b.evidence)
                    for b in acts
                )
            ):
                # (the first date told of them is another act of the kind: an earlier fine)
                out.append(replace(act, date=first_told.date))
                continue
            # (where the first dated sentence naming them tells another act, the body's own
            # telling of this one dates it: «Правозащитницу … оштрафовали» is the fine the body
            # dates, not the listing the body dates first)
            told_another = found is None or any(
                b.type != act.type and any(e.start <= found.start < e.end for e in b.evidence) for b in acts
            )
            told = next(
                (
                    b.date
                    for b in acts
                    if told_another
                    and not title[0] <= b.trigger.start < title[1]
                    and b.type == act.type
                    and names & {v.name for v in b.victims}
                    and b.date is not None
                    and b.date.span.start >= title[1]  # (a day the body tells, not the publication's)
                ),
                None,
            )
            if told is not None:
                act = replace(act, date=replace(told, inferred=True))
            elif found is not None and not told_another:
                # (a date the body tells of another act — «депортированного … в апреле» in the
                # sentence that tells the verdict — dates nothing of the title's)
                act = replace(act, date=_value(found, inferred=True))
        out.append(act)
    return out


def _first_dated_mention(ctx: DocContext, people: list[Participant], after: int) -> DateMention | None:
    a = ctx.a
    stems = [w[:-2] if len(w) > 5 else w for v in people for w in v.name.split()[-1:]]
    for sent in a.sentences:
        if sent.start < after:
            continue
        text = a.text[sent.start : sent.end]
        if not any(stem in text for stem in stems):
            continue
        dated = _dates_between(ctx, sent.start, sent.end)
        if dated:
            return dated[0]
    return None


def ends_a_term(ctx: DocContext, start: int) -> bool:
    """'remanded until 5 May', 'под стражу до 5 мая': the date is the end of a term (the word
    before it is one of the pack's `until_words`), not when it happened."""
    before = re.search(r"(\w+)\s+$", ctx.a.text[max(0, start - 12) : start])
    return before is not None and before.group(1).lower() in ctx.pack.cue("until_words")


def act_date(ctx: DocContext, trig: Trigger, s: int) -> DateValue | None:
    """When the act happened, as precisely as the text tells; never a day counted past the
    report's own ("the next day" after an undated arrest is not the day after publication)."""
    found = _act_date(ctx, trig, s)
    if found is not None and found.inferred and found.value:
        ref = ctx.reference.isoformat()
        if found.value > ref[: len(found.value)]:
            return None
    return found


def _act_date(ctx: DocContext, trig: Trigger, s: int) -> DateValue | None:
    a = ctx.a
    sent = a.sentences[s]
    pos = a.tokens[trig.i].start
    inside = _dates_between(ctx, sent.start, sent.end)
    counted_back = _days_after_it(ctx, trig, inside)
    if counted_back is not None:
        return counted_back
    own = _dates_of_the_act(ctx, trig, inside)
    if inside and not own:
        return None  # "X, arrested on 5 May, received five years": the sentence's date is unknown
    if own:
        for_the_act = [d for d in own if not _in_dateline(a, sent.start, d)]
        if not for_the_act and any(
            a.tokens[j].lemma in ctx.pack.cue("reaction_verbs") for j in a.ancestors(trig.i)
        ):
            # ("GENEVA (12 March 2025) – UN experts expressed alarm at the arrest of …": the
            # statement's day, not the arrest's)
            return None
        # ("BOGOTÁ, 9 March (Reuters) - Gunmen shot dead X on Sunday": the day told for the act)
        d = min(for_the_act or own, key=lambda d: abs(d.start - pos))
        # ("GENEVA (15 March 2024) – UN experts expressed alarm at the conviction of X": the
        # dateline's date is when the report was issued; a date told for the act itself wins)
        return _value(d, inferred=_in_dateline(a, sent.start, d))
    told = _decision_date(ctx, s) if trig.rules.type in COURT_ACTS else None
    if told is not None:
        return told
    later, days = _day_shift(ctx, s)
    if later is None and _background(a, s):
        # "Gunmen killed X on Sunday. X had received death threats for months": what came
        # before the story, with no date of its own, was not done on the story's day
        return None
    # (unless the sentence counts its own day: «Накануне вечером задержали …» under a title)
    same = _same_act_just_told(ctx, trig, s) if later is None else None
    if same is not None:
        return same
    # (not the end of a term: "held in custody until 14 November" was not done then)
    # (nor the year of an event only spoken of: "his posts about the 2020 protests")
    before = [
        d
        for d in ctx.dates
        if d.end <= sent.start and d.value and not ends_a_term(ctx, d.start) and not _an_event_year(ctx, d)
    ]
    # ("X was detained on 1 December 2023. She had been stripped of her licence in October
    # 2021. She now faces charges": the story's year, not the background's; "had been detained
    # the day before. During questioning …" goes on with the story)
    story_years: set[str] = set()
    if a.language == "en" and not _background(a, s):
        story_years = {d.value[:4] for d in before if d.value and not _background_at(a, d.start)}

    def background(start: int, value: str | None) -> bool:
        return bool(story_years and value and value[:4] not in story_years and _background_at(a, start))

    # (but "had been in custody since their arrest in October" runs into the story)
    before = [d for d in before if not background(d.start, d.value) or _a_start(ctx, d)] or before
    # ("detained on 2 February over comments she left in 2020": the comments' year, not the story's)
    before = [d for d in before if not _dates_a_thing(ctx, d)] or before
    if before:
        d = before[-1]
        # ("the next day" counts from the last day something happened, not from the day it
        # was said: "…, Human Rights Watch said today. The next day, a court fined her")
        done = [b for b in before if not _when_said(ctx, b)]
        if later and days is not None and done and done[-1].precision == "day" and done[-1].value:
            d = done[-1]
        # («Накануне задержали X. На следующий день суд …»: from the day an act was counted to
        # by a phrase of its own, not a date named in the text)
        named = {m.start for m in ctx.dates}
        counted_days = [
            act.date.value
            for act in ctx.history
            if act.date is not None
            and act.date.value
            and act.date.precision == "day"
            and act.date.inferred
            and act.date.span.start not in named
            and d.end <= act.date.span.start < sent.start
        ]
        if later and days is not None and (counted_days or (d.precision == "day" and d.value)):
            base = counted_days[-1] if counted_days else d.value
            return _days_from(date.fromisoformat((base or "")[:10]), days, later)
        months = _month_shift(ctx, s) if not later else None
        if months is not None and d.precision in ("day", "month") and d.value:
            m, n = months
            return DateValue(
                shift_month(int(d.value[:4]), int(d.value[5:7]), n),
                "month",
                Span(m.start(), m.end(), m.group()),
                inferred=True,
            )
        if not later and _told_later(ctx, trig, s):
            return None  # "He later received five years": after the last date named, but when is unknown
        if any(
            rx.search(a.text, sent.start, sent.end) for rx in ctx.pack.cue_patterns.get("period_phrases", ())
        ):
            return None  # "have been deported in recent years": over a span, on no day named before
        counted = [  # "detained the day before. During questioning …": the day counted from it
            act.date
            for act in ctx.history
            if act.date is not None
            and d.end <= act.date.span.start < sent.start
            and not background(act.date.span.start, act.date.value)
        ]
        if counted and not later:
            return replace(counted[-1], inferred=True)
        return _value(d, inferred=True)
    if later and days:
        # «Накануне вечером задержали …» with no date named before: a day from the report's own
        return _days_from(ctx.reference, days, later)
    return None


_DAY_UNITS = {"day": 1, "week": 7}


def _days_after_it(ctx: DocContext, trig: Trigger, inside: list[DateMention]) -> DateValue | None:
    """ "The body was found on Sunday, five days after he was seized": the act of a clause
    counted back from the day the main clause names is that many days before it."""
    a = ctx.a
    t = a.tokens[trig.i]
    if t.pos not in VERBAL or t.dep != "advcl" or t.head == t.i:
        return None
    if not any(k.text.lower() in ctx.pack.cue("after_words") for k in a.kids(trig.i, "mark")):
        return None
    unit = next((k for k in a.kids(trig.i, "npadvmod", "obl:npmod", "obl") if k.lemma in _DAY_UNITS), None)
    number = next((k for k in a.kids(unit.i, "nummod")), None) if unit is not None else None
    if unit is None or number is None:
        return None
    n = int(number.text) if number.text.isdigit() else NUMBER_WORDS.get(number.text.lower())
    clause = descendants(a, trig.i) | {trig.i}
    main = [
        d
        for d in inside
        if d.precision == "day"
        and d.value
        and not any(a.tokens[j].start <= d.start < a.tokens[j].end for j in clause)
    ]
    told = main[0].value if main else None
    if not n or told is None:
        return None
    day = date.fromisoformat(told[:10]) - timedelta(days=n * _DAY_UNITS[unit.lemma])
    lo, hi = a.tokens[number.i].start, a.tokens[unit.i].end
    return DateValue(day.isoformat(), "day", Span(lo, hi, a.text[lo:hi]), inferred=True)


def _background(a: Analysis, s: int) -> bool:
    """A sentence told in the past perfect ("had been stripped of her licence"): what came
    before the story."""
    return any(in_past_perfect(a, i) for i in a.sentence_tokens(s) if a.tokens[i].dep == "root")


def _a_start(ctx: DocContext, d: DateMention) -> bool:
    """ "since their arrest in October": a date a since-phrase opens with, within a few words
    (not where one "had lived since 2015": a life somewhere, not the story's custody)."""
    before = ctx.a.text[max(0, d.start - 40) : d.start].lower()
    if not any(re.search(rf"\b{re.escape(w)}\b", before) for w in ctx.pack.cue("since_words")):
        return False
    s = sentence_at(ctx.a, d.start)
    living = ctx.pack.word("living_verbs")
    return s is None or not any(
        ctx.a.tokens[i].lemma in living and d.start - 40 <= ctx.a.tokens[i].start < d.start
        for i in ctx.a.sentence_tokens(s)
    )


def _background_at(a: Analysis, char: int) -> bool:
    """The sentence holding this character is told in the past perfect, or the clause it
    stands in is ("…, where he had lived since 2015": a time before the story)."""
    s = sentence_at(a, char)
    if s is None:
        return False
    if _background(a, s):
        return True
    at = next((i for i in a.sentence_tokens(s) if a.tokens[i].start >= char), None)
    for j in [at, *a.ancestors(at)] if at is not None else []:
        if a.tokens[j].pos in VERBAL:
            return a.tokens[j].dep != "root" and in_past_perfect(a, j)
    return False


def _days_from(base: date, days: int, phrase: re.Match[str]) -> DateValue:
    """The day `days` after (or before) `base`, resting on the phrase that counts it."""
    day = base + timedelta(days=days)
    return DateValue(
        day.isoformat(), "day", Span(phrase.start(), phrase.end(), phrase.group()), inferred=True
    )


def _same_act_just_told(ctx: DocContext, trig: Trigger, s: int) -> DateValue | None:
    """'Riot police detained five people today at the cemetery, where … died last week. Among
    those detained are X and Y': an undated act of the type told, dated, in the sentence
    before goes on telling that act, whatever other dates came between."""
    if s == 0:
        return None
    prev = ctx.a.sentences[s - 1]
    for act in reversed(ctx.history):
        if (
            act.type == trig.rules.type
            and act.date is not None
            and prev.start <= act.evidence[0].start < prev.end
        ):
            return replace(act.date, inferred=True)
    return None


def _told_later(ctx: DocContext, trig: Trigger, s: int) -> bool:
    """A word of the pack's `later_words` on the act's own clause: the verb it hangs on is the
    trigger or one above it ("He later received five years"), not a verb joined after it
    ("She was detained and released several hours later": the detention is not later)."""
    a = ctx.a
    above = {trig.i, *a.ancestors(trig.i)}
    # (and `earlier_words`: «Ранее Шмидт дважды штрафовали» is before the last date, undated too)
    words = ctx.pack.cue("later_words") | ctx.pack.cue("earlier_words")
    for k in a.sentence_tokens(s):
        t = a.tokens[k]
        if t.text.lower() not in words and t.lemma not in words:
            continue
        verb = next((j for j in [t.head, *a.ancestors(t.head)] if a.tokens[j].pos in VERBAL), None)
        if verb is None or verb in above:
            return True
    return False


def _dates_between(ctx: DocContext, start: int, end: int) -> list[DateMention]:
    """The resolved dates named between two characters that are not the end of a term."""
    return [d for d in ctx.dates if start <= d.start < end and d.value and not ends_a_term(ctx, d.start)]


def _value(d: DateMention, inferred: bool = False) -> DateValue:
    return DateValue(d.value or "", d.precision, Span(d.start, d.end, d.text), inferred=inferred)  # type: ignore[arg-type]


def _decision_date(ctx: DocContext, s: int) -> DateValue | None:
    """'X was sentenced to five years. The verdict was handed down on 14 March.': an undated
    court decision is dated by the next sentence that names the decision (the pack's
    `decision_words`) with a date of its own."""
    a = ctx.a
    if s + 1 >= len(a.sentences):
        return None
    nxt = a.sentences[s + 1]
    words = {a.tokens[i].lemma for i in a.sentence_tokens(s + 1)} | {
        a.tokens[i].text.lower() for i in a.sentence_tokens(s + 1)
    }
    if not words & ctx.pack.cue("decision_words"):
        return None
    dated = _dates_between(ctx, nxt.start, nxt.end)
    return _value(dated[0], inferred=True) if dated else None


def _day_shift(ctx: DocContext, s: int) -> tuple[re.Match[str] | None, int | None]:
    """A phrase of sentence s that counts days from the last date named, and how many: the
    pack's `next_day` ("the next day", "two days later": forward) or `day_before` ("the day
    before", «накануне» as an adverb — not «накануне выборов»: one back)."""
    a, sent = ctx.a, ctx.a.sentences[s]
    found = (rx.search(a.text, sent.start, sent.end) for rx in ctx.pack.cue_patterns.get("next_day", ()))
    later = next((m for m in found if m), None)
    if later is not None:
        return later, _days_later(later)
    # («накануне выборов» is a preposition; «Накануне вечером», the adverb, is not, whatever
    # the tagger calls it: a noun in the genitive follows the preposition)
    prepositions = {
        a.tokens[i].start
        for i in a.sentence_tokens(s)
        if a.tokens[i].pos == "ADP"
        and (i + 1 >= len(a.tokens) or a.tokens[i + 1].feats.get("Case") == "Gen" or a.language != "ru")
    }
    found = (rx.search(a.text, sent.start, sent.end) for rx in ctx.pack.cue_patterns.get("day_before", ()))
    earlier = next((m for m in found if m and m.start() not in prepositions), None)
    return earlier, -1 if earlier else None


def _month_shift(ctx: DocContext, s: int) -> tuple[re.Match[str], int] | None:
    """A phrase of sentence s that counts months from the last date named (the pack's
    `next_month`: "a month later", «через два месяца»), and how many; the month is all it
    tells."""
    a, sent = ctx.a, ctx.a.sentences[s]
    for rx in ctx.pack.cue_patterns.get("next_month", ()):
        m = rx.search(a.text, sent.start, sent.end)
        n = _days_later(m) if m else None
        if m and n:
            return m, n
    return None


def _days_later(m: re.Match[str]) -> int | None:
    """How many days (or months) a `next_day` (`next_month`) phrase counts: its group `n`
    ("two days later"), else one."""
    if "n" not in m.re.groupindex or m.group("n") is None:
        return 1
    n = m.group("n").lower()
    if not n:
        return 0  # ("later that day", «в тот же день»: an empty group counts no day)
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


def _dates_of_the_act(ctx: DocContext, trig: Trigger, dates: list[DateMention]) -> list[DateMention]:
    """The dates of the trigger's sentence that date the act. A date that modifies a
    participle or clause describing someone ("X, arrested on 5 May, received …", "who was
    detained in 2019") dates that, not the act: its verb is neither the trigger nor one the
    trigger hangs from, nor inside the act's own object."""
    if not dates:
        return []
    a = ctx.a
    sentence = a.sentence_tokens(a.tokens[trig.i].sent)
    chain = set(clause_chain(a, trig.i))
    # what the act's own object says is its own ("serving a sentence handed down in
    # January"); what its subject's description says is not ("X, arrested on 5 May, was …")
    own = set().union(*(descendants(a, k.i) | {k.i} for k in a.kids(trig.i) if not k.dep.startswith("nsubj")))

    def about_a_person(j: int) -> bool:
        # ("accused him of being an associate of X, the coordinator who has been in jail since
        # November 2021": a clause on a person in the act's object tells of that person)
        ent = a.entity(j)
        named = any((e := a.entity(k.i)) is not None and e.label == "PER" for k in a.kids(j, "appos"))
        return (
            (ent is not None and ent.label == "PER") or named or a.tokens[j].lemma in ctx.pack.people_nouns()
        )

    def another_clause(start: int, end: int) -> bool:
        if _a_heading(a, sentence, start, end):
            return False  # "13 February — the Attorney General announces …": a timeline's entry
        i = next((j for j in sentence if a.tokens[j].start <= start < a.tokens[j].end), None)
        said = _hung_on(a, start, end)
        if said is not None and said != trig.i and _a_saying(ctx, said):
            # "…, his lawyer said on Wednesday", "experts today expressed alarm at the
            # conviction of X": when it was said, not done
            return True
        for _ in range(8):
            if i is None or i in chain or a.tokens[i].head == i:
                return False
            t = a.tokens[i]
            if (
                t.pos in VERBAL
                # (a participle on a person in the object too: «приговорил Рахматова,
                # депортированного из Германии в апреле»)
                # (in Russian, a participle's too, whose clause is set off by commas: English
                # "journalists working for … on Tuesday" is often hung wrong)
                and (
                    i not in own
                    or (
                        (t.dep == "acl:relcl" or (t.dep == "acl" and a.language == "ru"))
                        and about_a_person(t.head)
                    )
                )
                and t.dep in ("acl", "acl:relcl", "advcl")
                and trig.i not in descendants(a, i)
            ):
                # ("in custody since police raided the office in November 2023": a custody
                # began with what the "since" clause tells)
                since = any(k.lemma in ctx.pack.cue("since_words") for k in a.kids(i, "mark"))
                return not (since and trig.rules.type in ("detention", "remand"))
            i = t.head
        return False

    # "ten years after the 2011 unrest", "posts about the 2020 protests": an event the act is
    # placed after or before, or only spoken of, does not date it — one it happened during does
    # (a "when" clause on that event is of its time: below)
    events = [
        d
        for d in dates
        if _an_event_year(ctx, d)
        and not re.search(r"\b(?:during|in|at|amid|throughout)\s+$", a.text[max(0, d.start - 12) : d.start])
    ]
    for j in chain:
        # ("After serving her arrest she was released on 17 February": what a clause placed
        # "after" tells came before the main clause's day; only a date of its own dates it)
        t = a.tokens[j]
        after = ctx.pack.cue("after_words")
        if t.head != j and (
            (t.dep == "advcl" and any(k.text.lower() in after for k in a.kids(j, "mark")))
            or (t.dep == "pcomp" and a.tokens[t.head].text.lower() in after and a.language == "en")
        ):
            lo, hi = subtree_chars(a, j)
            dates = [d for d in dates if lo <= d.start < hi]
            break
    described = _describing_clause(ctx, trig.i)
    if described is not None and _of_the_agent(a, described):
        described = None  # "arrested on 2 October by officers, who searched the flat": then, too
    if described is not None:
        # "X, who had received death threats, was killed on Monday": the date of the sentence
        # is the killing's; the threats, told in a clause describing X, are undated
        lo, hi = subtree_chars(a, described)
        if any(k.lemma in ctx.pack.cue("when_words") and k.i < described for k in a.kids(described)):
            # "the 2011 Zhanaozen unrest, when police shot …": the time the clause is of
            lo, hi = subtree_chars(a, a.tokens[described].head)
            return [d for d in dates if lo <= d.start < hi]
        dates = [d for d in dates if lo <= d.start < hi]
    return [d for d in dates if d not in events and not another_clause(d.start, d.end)]


# (letters of any script: "BOGOTÁ, 9 March"; that they are capitals is checked apart)
_DATELINE_HEAD = re.compile(r"\s*(?P<place>[^\W\d_](?:[^\W\d_]|[ .'’-])+)\s*[,(]\s*$")
_DATELINE_TAIL = re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?[—–-]")  # (an agency's name: "(Reuters) -")


def _in_dateline(a: Analysis, sent_start: int, d: DateMention) -> bool:
    """A date between a place in capitals and a dash opening the sentence ("GENEVA (15 March
    2024) –", "BREST, 21 May —") is the dateline's."""
    head = _DATELINE_HEAD.match(a.text[sent_start : d.start])
    if head and head.group("place").isupper() and _DATELINE_TAIL.match(a.text[d.end : d.end + 48]):
        return True
    line_end = a.text.find("\n", sent_start)
    # (or one nlp/paragraphs.py reads as a dateline: "Baku, 22 November 2023 —")
    return d.end <= sent_start + dateline_end(a.text[sent_start : line_end if line_end >= 0 else len(a.text)])


def _when_said(ctx: DocContext, d: DateMention) -> bool:
    """ "…, Human Rights Watch said today": the day something was said, which the next
    sentence's "the next day" does not count from."""
    said = _hung_on(ctx.a, d.start, d.end)
    return said is not None and _a_saying(ctx, said)


def _hung_on(a: Analysis, start: int, end: int) -> int | None:
    """The word outside a date phrase that the phrase hangs on ("said" of "said on Wednesday")."""
    i = next((t.i for t in a.tokens if t.start <= start < t.end), None)
    if i is None:
        return None
    while a.tokens[i].head != i and start <= a.tokens[a.tokens[i].head].start < end:
        i = a.tokens[i].head  # "on Wednesday": the date's own head word
    return a.tokens[i].head if a.tokens[i].head != i else None


def _a_saying(ctx: DocContext, i: int) -> bool:
    """A verb of saying or of reacting (pack `attribution_verbs`, `reaction_verbs`)."""
    return ctx.a.tokens[i].lemma in ctx.pack.cue("attribution_verbs") | ctx.pack.cue("reaction_verbs")


def _a_heading(a: Analysis, sentence: Sequence[int], start: int, end: int) -> bool:
    """A date that opens its sentence and is set off by a dash or colon ("9 February — …",
    «14 мая: …») heads an entry of a timeline: it dates all the entry tells."""
    first = a.tokens[sentence[0]].start
    return (
        not a.text[first:start].strip(" -–—•*·") and re.match(r"\s*[—–:-]", a.text[end : end + 3]) is not None
    )


def _of_the_agent(a: Analysis, clause: int) -> bool:
    """A relative clause on whoever did an act ("arrested by officers of the KGB, who searched
    the flat") or on the body one was brought before ("appeared before the prosecution, which
    ordered her detention") goes on with the story of that act: what they did then."""
    noun = a.tokens[a.tokens[clause].head]
    if noun.dep == "nmod" and a.case_of(noun.i) == "of" and noun.head != noun.i:
        noun = a.tokens[noun.head]  # "by officers of the KGB, who …"
    return noun.dep == "obl:agent" or (
        noun.dep in ("obl", "nmod") and a.case_of(noun.i) in ("by", "before", "перед")
    )


_SEASON = re.compile(r"(?:in\s+)?(?:the\s+)?(?:summer|winter|spring|autumn|fall)\b", re.I)


def _an_event_year(ctx: DocContext, d: DateMention) -> bool:
    """ "the 2020 protests", "the January 2022 unrest": a date read as qualifying an event
    (after an article, which the pattern for a bare year keeps), which dates the event, not what
    is told beside it."""
    if _SEASON.match(d.text):
        return False  # ("the summer of 2023" is a time, not an event)
    return d.text.lower().startswith("the ") or ctx.a.text[max(0, d.start - 4) : d.start].lower() == "the "


def _dates_a_thing(ctx: DocContext, d: DateMention) -> bool:
    """A date in a relative or participle clause on a thing, telling of no act ("comments she
    left on social media in 2020", «комментарии, которые она оставила в 2020 году», «пост,
    опубликованный в сентябре 2022 года»): it dates the thing."""
    a = ctx.a
    at = head_in(a, Span(d.start, d.end, d.text))
    if at is None:
        return False
    for j in a.ancestors(at)[:4]:
        t = a.tokens[j]
        if t.dep not in ("acl:relcl", "acl") or t.head == j or (t.dep == "acl" and t.pos != "VERB"):
            continue
        described = a.tokens[t.head]
        clause = descendants(a, j) | {j}
        told = any(
            a.tokens[k].start <= act.trigger.start < a.tokens[k].end for act in ctx.history for k in clause
        )
        return described.pos == "NOUN" and described.lemma not in ctx.pack.people_nouns() and not told
    return False


def _describing_clause(ctx: DocContext, i: int) -> int | None:
    """The head of the relative or comma-set participle clause the trigger sits in ("who had
    been tortured", ", arrested in May,"), if any; a bare participle after a noun ("ordered X
    held in custody") is the act itself, not a description."""
    a = ctx.a
    for j in clause_chain(a, i):
        t = a.tokens[j]
        if t.dep not in ("acl", "acl:relcl") or t.head == j:
            continue
        relative = any(k.text.lower() in ctx.pack.word("pronouns_relative") for k in a.kids(j) if k.i < j)
        described = a.tokens[t.head]
        if (
            not relative
            and described.dep == "obj"
            and a.tokens[described.head].lemma in ctx.pack.cue("order_verbs")
        ):
            return None  # "ordered four of them, including X, held in custody": the order's own act
        first = min(descendants(a, j) | {j})
        commas = first > 0 and a.tokens[first - 1].text == ","
        # (or one on the sentence's subject: "A teacher arrested by agents in May died on
        # Saturday" tells when he died, not when he was arrested)
        subject = described.dep in ("nsubj", "nsubj:pass") and a.tokens[j].feats.get("VerbForm") == "Part"
        return j if relative or commas or subject else None
    return None


_HELD_AFTER = ("torture", "denial_of_counsel", "threat", "coerced_statement", "coerced_cooperation")


def police_station_days(acts: list[Act]) -> list[Act]:
    """'Police detained X on Monday. On Tuesday a court remanded her. At the police station
    she was kept all night without water': what happened at the police station happened on
    the day of the arrest, not on the day last named."""
    out = []
    for act in acts:
        if (
            act.type in _HELD_AFTER
            and act.facility is not None
            and act.facility.kind == "police_station"
            and (act.date is None or act.date.inferred)
        ):
            names = {v.name for v in act.victims}
            arrested = next(  # (the arrest's own date, not one a title took from the publication line)
                (
                    d.date
                    for d in acts
                    if d.type == "detention"
                    and d.date is not None
                    and not d.date.inferred
                    and names & {v.name for v in d.victims}
                ),
                None,
            )
            if arrested is not None and arrested != act.date:
                act = replace(act, date=replace(arrested, inferred=True))
        out.append(act)
    return out


def during_phrases(ctx: DocContext, s: int) -> list[re.Match[str]]:
    """The pack's `during` phrases in sentence s ("during the search"), in order; each
    match's `lastgroup` is the act type it names."""
    sent = ctx.a.sentences[s]
    found = [
        m
        for rx in ctx.pack.cue_patterns.get("during", ())
        for m in rx.finditer(ctx.a.text, sent.start, sent.end)
    ]
    return sorted(found, key=lambda m: m.start())


def during_dates(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """«Во время обыска силовики ударили его», "he was beaten during the search": an act told
    as happening during another (the pack's `during`, one named group per act type) happened
    on that act's day — the same person's, else the one last told before it — and, where its
    own sentence names no place, at that act's place ("outside the court after the verdict")."""
    a = ctx.a
    out = []
    for act in acts:
        s = sentence_at(a, act.evidence[0].start) if act.date is None or act.date.inferred else None
        found = next(iter(during_phrases(ctx, s)), None) if s is not None else None
        if found is not None and found.lastgroup is not None and found.lastgroup != act.type:
            names = {v.name for v in act.victims}
            told = [
                d
                for d in acts
                if d.type == found.lastgroup
                and d.date is not None
                and not d.date.inferred
                and d.evidence[0].start < act.evidence[0].start
            ]
            own = [d for d in told if names & {v.name for v in d.victims}]
            during = (own or told)[-1:]
            if during and during[0].date is not None and during[0].date != act.date:
                act = replace(act, date=replace(during[0].date, inferred=True))
            there = during[0].location if during else None
            if there is not None and (act.location is None or act.location.inferred):
                act = replace(act, location=replace(there, inferred=True))
        out.append(act)
    return out


def retold_dates(ctx: DocContext, acts: list[Act]) -> list[Act]:
    """«Сотрудники Центра «Э» задержали X. Задержание произошло утром в среду», "The arrest
    took place on 5 March": a sentence saying when an act of a kind happened (its noun the
    subject of one of the pack's `happening_verbs`) dates the act of that kind told just
    before it, whose own day was only guessed."""
    a = ctx.a
    happening = ctx.pack.cue("happening_verbs")
    out = list(acts)
    for s in range(1, len(a.sentences)):
        sent = a.sentences[s]
        kinds = {
            rules.type
            for i in a.sentence_tokens(s)
            if a.tokens[i].pos == "NOUN" and a.tokens[i].dep in ("nsubj", "nsubj:pass")
            for rules, as_verb in ctx.pack.trigger_words.get(a.tokens[i].lemma, ())
            if not as_verb and _happened(a, a.tokens[i].head, happening)
        }
        dated = [d for d in _dates_between(ctx, sent.start, sent.end) if not _in_dateline(a, sent.start, d)]
        if not kinds or len(dated) != 1:
            continue
        before = a.sentences[s - 1].start
        for n in range(len(out) - 1, -1, -1):
            act = out[n]
            if act.type in kinds and before <= act.evidence[0].start < sent.start:
                if act.date is None or act.date.inferred:
                    out[n] = replace(act, date=_value(dated[0]))
                break
    return out


def _happened(a: Analysis, verb: int, happening: frozenset[str]) -> bool:
    t = a.tokens[verb]
    if t.lemma == "take":  # "took place"
        return any(k.lemma == "place" for k in a.kids(verb, "obj"))
    return t.lemma in happening
