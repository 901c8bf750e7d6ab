"""Near-duplicate reports are grouped, not deleted: unit cases, then the measured set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, load_script, shared_path

from khronika.link.duplicates import NearDuplicateIndex, similarity, window_signatures

FLOORS = json.loads((REPO / "tests" / "eval" / "floors.json").read_text())["near_duplicates"]

ARTICLE = (
    "Police in Minsk detained the journalist Anna Kuz on Tuesday morning after searching her flat, her "
    "colleagues said. Officers seized two laptops, a camera and several notebooks. Kuz, who covered the "
    "2020 protests for an independent outlet, was taken to the Akrestsina detention centre. Her lawyer "
    "said he was not allowed to see her for two days. The Belarusian Association of Journalists called "
    "the detention part of a campaign against the independent press and demanded her release. Kuz faces "
    "charges of organising actions that grossly violate public order, punishable by up to three years."
)
SAME_CASE_OTHER_ARTICLE = (
    "A court in Minsk on Friday ordered the journalist Anna Kuz held for two months pending trial. The "
    "judge rejected a request by the defence for house arrest. Kuz told the court she had done nothing but "
    "report the news. Several diplomats attended the hearing. The Belarusian Association of Journalists "
    "said more than thirty media workers remain behind bars in the country."
)


@pytest.mark.parametrize(
    ("other", "duplicate"),
    [
        (ARTICLE, True),
        ("MINSK (AFP) - " + ARTICLE.replace("several notebooks", "notebooks"), True),  # light edit
        (
            "⚡️ Journalist detained in Minsk\n\n" + ARTICLE[:420] + "\n\nPlease share. #HumanRights",
            True,
        ),  # quote
        (SAME_CASE_OTHER_ARTICLE, False),  # the same case, another article
        ("Police detained the journalist Anna Kuz.", False),  # too short to call it a copy
    ],
)
def test_duplicate_decisions(other: str, duplicate: bool) -> None:
    assert similarity(ARTICLE, other).is_duplicate is duplicate


def test_lsh_finds_a_post_quoting_a_long_article() -> None:
    long_article = (
        " ".join(f"Paragraph {i} about other matters entirely, item {i}." for i in range(80)) + ARTICLE
    )
    index = NearDuplicateIndex()
    index.add("article", window_signatures(long_article))
    index.add("other", window_signatures(SAME_CASE_OTHER_ARTICLE))
    quote = "Breaking: " + ARTICLE[:500]
    assert index.candidates(window_signatures(quote))[0] == "article"


def test_grouping_on_the_measured_set_meets_its_floors(tmp_path: Path) -> None:
    shared_path("data", "hrdsattack", "train.json")
    build = load_script(REPO / "tests" / "eval" / "near_duplicates" / "build.py", "near_duplicates_build")
    result = build.measure(tmp_path)
    assert result["inputs"] >= 150 and result["gold_pairs"] >= 100
    assert result["precision"] >= FLOORS["precision"], result
    assert result["recall"] >= FLOORS["recall"], result
