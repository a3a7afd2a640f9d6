"""The learnt title cuts (zoterodigest/digest/generic/title_cuts.py)."""

from __future__ import annotations

from zoterodigest.digest import parse_text
from zoterodigest.digest.generic import title_cuts

_TAILED = "## Reading\n\n" + "".join(
    f"- [ ] {title} [{venue}] [[Paper](https://arxiv.org/abs/2209.1498{k})] [[Demo](https://owls{k}.github.io/)]\n"
    for k, (title, venue) in enumerate([("Owl Flight Is Silent: Feathers and Noise", "ICLR 23"),
                                        ("Barn Owls Hear in Three Dimensions", "ICCV 23"),
                                        ("Tawny Owls Hoot at Dusk: A Field Study", "NeurIPS 22"),
                                        ("Counting Mice from the Rafters", "CVPR 21")]))


def test_weights_name_every_feature() -> None:
    w = title_cuts.weights()
    assert w is not None and len(w) == len(title_cuts.FEATURES)


def test_places_need_two_words_before_them() -> None:
    assert title_cuts.cuts("Owls, Barns and Mice") == []
    assert [kind for _, kind in title_cuts.cuts("Owl Flight Is Silent, Ann Barn et al, 2013. (DQN)")] == ["comma", "comma", "stop"]


def test_a_tail_every_title_of_a_list_has_is_cut(monkeypatch) -> None:
    doc = parse_text(_TAILED, path="README.md")
    titles = [e.paper.title for e in doc.entries]
    assert titles[0] == "Owl Flight Is Silent: Feathers and Noise" and titles[3] == "Counting Mice from the Rafters"
    span = doc.entries[1].fields["title"]
    assert doc.doc.text[span.start : span.end] == "Barn Owls Hear in Three Dimensions"  # (the span follows the cut)
    monkeypatch.setattr(title_cuts, "weights", lambda: None)
    assert parse_text(_TAILED, path="README.md").entries[0].paper.title != titles[0]


def test_commas_inside_titles_stay() -> None:
    text = "## Papers\n\n" + "".join(f"- [{t}](https://arxiv.org/abs/2101.0000{k})\n" for k, t in enumerate([
        "Owls, Barns, and Mice: Who Eats Whom at Night", "Silent Flight, Sharp Ears: The Owl's Toolkit",
        "Hoots in the Dark, Revisited", "Night Hunters, Day Sleepers: A Survey of Owls"]))
    assert [e.paper.title for e in parse_text(text, path="README.md").entries] == [
        "Owls, Barns, and Mice: Who Eats Whom at Night", "Silent Flight, Sharp Ears: The Owl's Toolkit",
        "Hoots in the Dark, Revisited", "Night Hunters, Day Sleepers: A Survey of Owls"]
