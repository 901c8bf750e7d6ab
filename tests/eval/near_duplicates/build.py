"""Builds the near-duplicate measurement set and scores khronika's grouping on it.

The set mixes what a monitor's inbox really holds:
- real English news articles from HRDsAttack's train split (../shared/data/hrdsattack),
  including every group of articles that name the same victim: mostly *different articles
  on the same case* (the hard negatives), and a few real syndicated copies (positives);
- reposts made from a base article the way aggregators and channels make them: other page
  chrome (navigation, "most read" headlines of other stories, share and cookie widgets),
  light edits (new headline, agency dateline, a dropped closing paragraph, a few words cut,
  an inserted "Read also" line), and Telegram posts quoting the first paragraphs;
- six Russian reports written for this set (ru/*.txt), two per case, with the same reposts.

Gold: every input's group (its base article). Score: pairwise precision and recall of
khronika's duplicate_group over all pairs of inputs. Run:
    python tests/eval/near_duplicates/build.py score
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
HRDS = HERE.parents[3] / "shared" / "data" / "hrdsattack" / "train.json"
SEED = 7
SYNTHETIC_BASES = 40
# Real reposts found by reading every pair of the set above 0.3 similarity (titles start so):
SAME_STORY = [
    (
        "eSwatini opposition leaders, activists targeted",
        "Eswatini police arrest opposition leaders",
    ),  # Reuters
    ("Saudi Arabia puts to death record 81 people", "Saudi Arabia executes record 81 in one day"),  # AFP
]

CHROME_A = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Daily Monitor</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/rights">Rights</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By staff reporter</p>{body}</article></main>
<footer><p>© Daily Monitor. All rights reserved.</p></footer></body></html>"""

CHROME_B = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<div class="top"><a href="/">NEWSWIRE</a> | <a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></div>
<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Telegram</a> <a>Copy link</a></div>
<div class="content"><h2>{title}</h2><div class="text">{body}</div></div>
<aside><h3>Most read</h3><ul>{related}</ul></aside>
<div class="comments"><h3>Comments (0)</h3><p>Log in to comment.</p></div>
<footer>Newswire aggregates news from partner outlets.</footer></body></html>"""

COMMENTS = {
    "en": ["Another case our monitors are following.", "Please share.", "We will keep you updated."],
    "ru": ["Следим за делом.", "Поделитесь, пожалуйста.", "Будем сообщать новости."],
}
READ_ALSO = {"en": "Read also: {}", "ru": "Читайте также: {}"}
DATELINE = {"en": ["(Reuters) - ", "(AFP) — ", "LONDON — "], "ru": ["МОСКВА, 12 марта — ", "«Медиазона»: "]}


def _paragraphs_of_hrds(article: dict) -> list[str]:
    raw = article["sample"]["Input.article_interface"]
    paras = [html.unescape(re.sub(r"<[^>]+>", " ", p)).strip() for p in re.split(r"</p>", raw)]
    return [re.sub(r"\s+", " ", p) for p in paras if len(p.split()) >= 3]


def _bases() -> list[dict]:
    """[{id, lang, title, paragraphs, case}] with the natural same-victim groups of HRDsAttack."""
    data = json.loads(HRDS.read_text(encoding="utf-8"))
    by_victim: dict[str, set[int]] = {}
    for i, art in enumerate(data):
        for victim in art["merged_sample"].get("victims") or []:
            name = (victim.get("victim_name") or "").strip().lower()
            if len(name) > 5 and name not in ("none", "unknown"):
                by_victim.setdefault(name, set()).add(i)
    same_case = sorted({i for ids in by_victim.values() if len(ids) > 1 for i in ids})
    others = [
        i
        for i in range(len(data))
        if i not in same_case and 120 <= sum(len(p.split()) for p in _paragraphs_of_hrds(data[i])) <= 1500
    ]  # noqa: E501
    chosen = same_case + others[:SYNTHETIC_BASES]
    bases = []
    for i in chosen:
        paras = _paragraphs_of_hrds(data[i])
        if len(paras) < 2:
            continue
        bases.append({"id": f"hrds-{i:03}", "lang": "en", "title": data[i]["sample"]["Input.title"].strip(),
                      "paragraphs": paras, "synthetic": i in others[:SYNTHETIC_BASES]})  # fmt: skip
    for path in sorted((HERE / "ru").glob("*.txt")):
        title, *paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        bases.append(
            {"id": f"ru-{path.stem}", "lang": "ru", "title": title, "paragraphs": paras, "synthetic": True}
        )
    return bases


def _gold_groups(bases: list[dict]) -> dict[str, str]:
    """Base id -> group: identical texts and the known real reposts are one group."""
    group: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    for base in bases:
        key = " ".join(base["paragraphs"]).lower()
        group[base["id"]] = seen_text.setdefault(key, base["id"])
    for first, second in SAME_STORY:
        a = next(b["id"] for b in bases if b["title"].startswith(first))
        b = next(b["id"] for b in bases if b["title"].startswith(second))
        group[b] = group[a]
    return group


def _light_edit(base: dict, rng: random.Random, other_title: str) -> tuple[str, list[str]]:
    lang = base["lang"]
    paras = list(base["paragraphs"])
    if len(paras) >= 4:
        paras = paras[:-1]  # the closing paragraph dropped
    paras[0] = rng.choice(DATELINE[lang]) + paras[0]
    edited = []
    for p in paras:
        words = p.split()
        keep = [w for w in words if rng.random() > 0.02]  # a few words cut
        edited.append(" ".join(keep))
    edited.insert(min(2, len(edited)), READ_ALSO[lang].format(other_title))
    title = ("UPDATE: " if lang == "en" else "Обновлено: ") + base["title"]
    return title, edited


def _telegram_text(base: dict, rng: random.Random) -> str:
    quoted: list[str] = []
    for p in base["paragraphs"]:
        quoted.append(p)
        if sum(len(q.split()) for q in quoted) >= 60:
            break
    tag = "#репрессии" if base["lang"] == "ru" else "#HumanRights"
    return "\n\n".join(["⚡️ " + base["title"], *quoted, rng.choice(COMMENTS[base["lang"]]) + " " + tag])


def build(out: Path) -> dict[str, str]:
    """Write the set under `out`; return input source -> gold group."""
    rng = random.Random(SEED)
    bases = _bases()
    groups = _gold_groups(bases)
    pages = out / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    gold: dict[str, str] = {}
    posts: list[dict] = []
    titles = [b["title"] for b in bases]

    def write(name: str, title: str, paras: list[str], chrome: str, group: str) -> None:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        related = "".join(f"<li><a href='#'>{html.escape(t)}</a></li>" for t in rng.sample(titles, 5))
        path = pages / f"{name}.html"
        path.write_text(chrome.format(title=html.escape(title), body=body, related=related), encoding="utf-8")
        gold[str(path)] = group

    for base in bases:
        group = groups[base["id"]]
        write(base["id"], base["title"], base["paragraphs"], CHROME_A, group)
        if not base["synthetic"]:
            continue
        kinds = ["chrome", "edit", "telegram"]
        for kind in rng.sample(kinds, rng.randint(1, 3)):
            if kind == "chrome":
                write(f"{base['id']}-aggregator", base["title"], base["paragraphs"], CHROME_B, group)
            elif kind == "edit":
                title, paras = _light_edit(base, rng, rng.choice(titles))
                write(f"{base['id']}-edited", title, paras, rng.choice([CHROME_A, CHROME_B]), group)
            else:
                post_id = len(posts) + 1
                posts.append({"id": post_id, "type": "message", "date": "2024-03-12T10:00:00",
                              "text": _telegram_text(base, rng)})  # fmt: skip
                gold[f"{out / 'channel' / 'result.json'}#post-{post_id}"] = group
    (out / "channel").mkdir(exist_ok=True)
    export = {"name": "Monitor channel", "type": "public_channel", "id": 777, "messages": posts}
    (out / "channel" / "result.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return gold


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise precision/recall of `predicted` groups against `gold` over the gold inputs."""
    sources = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(sources, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "gold_pairs": tp + fn,
            "predicted_pairs": tp + fp, "inputs": len(sources), "groups": len(set(gold.values()))}  # fmt: skip


def measure(work: Path) -> dict[str, float]:
    """Build the set in `work`, ingest it (cleaning only: grouping reads the cleaned text), score."""
    from khronika.batch import Ingestor
    from khronika.pipeline import DEFAULT_STAGES, Pipeline
    from khronika.store import Store

    gold = build(work / "set")
    store = Store(work / "store")
    ingestor = Ingestor(store, Pipeline(DEFAULT_STAGES[:1]))
    ingestor.ingest([str(work / "set")])
    predicted: dict[str, str] = {}
    for doc in store.documents():
        for capture in store.captures(doc.id):
            predicted[capture.source] = doc.duplicate_group or doc.id
    missing = [s for s in gold if s not in predicted]
    if missing:
        raise AssertionError(f"{len(missing)} inputs did not become documents, e.g. {missing[:3]}")
    store.close()
    return pairwise(gold, predicted)


if __name__ == "__main__":
    import tempfile

    if sys.argv[1:] != ["score"]:
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(measure(Path(tmp)), indent=2))
