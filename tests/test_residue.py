"""Every residue rule's own examples hold, and rules never eat article sentences."""

from __future__ import annotations

import pytest

from khronika.clean.residue import builtin_rules, clean_residue, load_family
from khronika.errors import RulePackError

RULES = builtin_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.family}/{r.id}")
def test_rule_examples(rule):
    assert rule.drop, f"rule {rule.family}/{rule.id} needs at least one example it drops"
    assert rule.keep, f"rule {rule.family}/{rule.id} needs at least one example it keeps"
    for line in rule.drop:
        cleaned, fired = clean_residue(f"Police detained him on Monday.\n{line}\nHe was released.")
        assert line.strip() not in cleaned, f"{rule.id} should drop {line!r}"
        assert "Police detained him on Monday." in cleaned and "He was released." in cleaned
    for line in rule.keep:
        cleaned, _ = clean_residue(line)
        assert cleaned == line, f"{rule.id} damaged an article sentence: {line!r} -> {cleaned!r}"


def test_shortcode_without_closing_bracket_and_text_between_tags():
    text = "[et_pb_section admin_label=”section”][et_pb_text admin_label=”Text”\nMOSCOW The officials broke in.[/et_pb_text]"
    cleaned, fired = clean_residue(text)
    assert cleaned == "MOSCOW The officials broke in."
    assert fired == ("shortcodes",)


def test_families_reported():
    _, fired = clean_residue("Body.\nAdd Comment\nADVERTISEMENT\nDiscover more from X")
    assert set(fired) == {"social", "ads", "paywall"}


def test_bad_rule_file_is_a_clear_error():
    with pytest.raises(RulePackError, match="rule broken"):
        load_family("mine.toml", '[[rule]]\nid = "broken"\nscope = "line"\npattern = "(unclosed"\n')
    with pytest.raises(RulePackError, match="scope"):
        load_family("mine.toml", '[[rule]]\nid = "x"\nscope = "page"\npattern = "a"\n')
