"""Venue names match a mapped venue only as a whole name or an exact alias; tracks are
their own venues; status words keep a paper a preprint (pure)."""

from __future__ import annotations

import pytest

from zoterodigest.enrich.journal_ref import comment_publication, not_published, parse_journal_ref
from zoterodigest.enrich.venue_match import has_track, identify, match_whole


@pytest.mark.parametrize(("name", "venue"), [
    ("Nature", "Nature"),
    ("Nature 521, 436-444 (2015)", "Nature"),
    ("Science", "Science"),
    ("2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "CVPR"),
    ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022", "CVPR"),
    ("Advances in Neural Information Processing Systems 33 (NeurIPS 2020)", "NeurIPS"),
    ("The Twelfth International Conference on Learning Representations", "ICLR"),
    ("Proceedings of the 38th International Conference on Machine Learning, PMLR 139:8748-8763, 2021", "ICML"),
    (("Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (Volume 1: Long "
      "Papers)"), "ACL"),
    ("Robotics: Science and Systems XIX", "RSS"),
    ("Computer Vision – ECCV 2018", "ECCV"),
    ("Thirty-Seventh AAAI Conference on Artificial Intelligence", "AAAI"),
    ("IEEE Transactions on Pattern Analysis and Machine Intelligence, vol. 43, no. 1", "TPAMI"),
    ("IEEE Workshop/Winter Conference on Applications of Computer Vision", "WACV"),  # (S2's name: no workshop)
])
def test_whole_names_and_their_parts_match(name, venue):
    assert match_whole(name) == venue


@pytest.mark.parametrize("name", [
    "Nature Communications", "Nature Machine Intelligence", "Science Robotics", "Science Advances",
    "Journal of Computer Science and Technology", "Procedia Computer Science", "Lecture Notes in Computer Science",
    "International Conference on Machine Learning and Applications (ICMLA)", "ICMLA 2023",
    "International Conference on Computer Vision Theory and Applications", "VISAPP 2023",
    "Phys. Rev. D 100, 123456 (2019)", "Scientific Reports",
])
def test_a_longer_name_is_never_the_venue_inside_it(name):
    assert match_whole(name) is None
    found = identify([name])
    assert found is not None and found.canonical is None


@pytest.mark.parametrize(("names", "canonical", "workshop"), [
    (["2023 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)"], "CVPR", True),
    (["CVPR 2023 Workshop on Computational Cameras"], "CVPR", True),
    (["Workshop on Efficient Vision at ICCV 2023"], "ICCV", True),
    (["ICCVW"], "ICCV", True),
    (["Conference on Empirical Methods in Natural Language Processing",
      "Findings of the Association for Computational Linguistics: EMNLP 2023"], "Findings of EMNLP", False),
    (["ICLR 2023 Tiny Papers Track"], "ICLR Tiny Papers", False),
    (["Companion Proceedings of the ACM Web Conference 2023"], None, False),
    (["Extended Abstracts of the CHI Conference"], None, False),
    (["ACL 2023 Student Research Workshop"], None, False),  # (its own venue, written as given)
    (["EMNLP 2023 (Findings)"], "Findings of EMNLP", False),
    (["ICLR 2023 (Tiny Papers)"], "ICLR Tiny Papers", False),
    (["CVPR 2023 (Workshop)"], "CVPR", True),
    (["ACL 2023 System Demonstrations"], "ACL Demos", False),
])
def test_tracks_are_never_the_main_conference(names, canonical, workshop):
    found = identify(names)
    assert found is not None and (found.canonical, found.workshop) == (canonical, workshop)
    assert any(has_track(n) for n in names)


@pytest.mark.parametrize("text", [
    "Submitted to CVPR 2024", "Under review at ICLR 2024", "In review at NeurIPS", "Under revision at IJCV",
    "Major revision at IEEE TPAMI", "Minor revision, Nature Communications", "Extended version of our CVPR paper",
    "An extension of our ECCV 2022 paper", "Preprint of a paper submitted to TPAMI", "Revised for ICML 2024",
])
def test_status_words_mean_not_published(text):
    assert not_published(text) and parse_journal_ref(text) is None


@pytest.mark.parametrize(("text", "venue", "year"), [
    ("Accepted at CVPR 2024", "CVPR", 2024), ("Accepted to ICCV 2023 (oral)", "ICCV", 2023),
    ("To appear in IEEE TPAMI 2024", "TPAMI", 2024), ("Camera-ready version, ECCV 2022", "ECCV", 2022),
    ("Published as a conference paper at ICLR 2023", "ICLR", 2023), ("NeurIPS 2023", "NeurIPS", 2023),
])
def test_accepted_to_appear_camera_ready_and_a_plain_citation_are_published(text, venue, year):
    assert not not_published(text)
    pub = parse_journal_ref(text)
    assert pub is not None and (pub.venue, pub.year) == (venue, year)


def test_a_venue_no_mapping_knows_is_written_as_given_without_numbers():
    pub = parse_journal_ref("Nature Communications 14, 1234 (2023)")
    assert pub is not None and (pub.venue, pub.known, pub.kind, pub.year) == ("Nature Communications", False,
                                                                              "journal", 2023)
    demo = parse_journal_ref("Proceedings of the 2023 Conference on Empirical Methods in Natural Language Processing: "
                             "System Demonstrations, pages 10-18")
    assert demo is not None and (demo.venue, demo.known) == ("EMNLP Demos", True)


@pytest.mark.parametrize(("comment", "venue", "year", "workshop"), [
    ("Accepted to ICCV 2023 (oral). Code: https://example.org/x", "ICCV", 2023, False),
    ("10 pages, 5 figures, to appear in IEEE TPAMI 2024", "TPAMI", 2024, False),
    ("SIGGRAPH Asia 2023. Project page: https://example.org/", "SIGGRAPH Asia", 2023, False),
    ("CVPR 2024 (Highlight)", "CVPR", 2024, False),
    ("Accepted at the ICML 2023 Workshop on Tiny Models", "ICML", 2023, True),
])
def test_an_arxiv_comment_stating_a_venue_and_year_is_a_publication(comment, venue, year, workshop):
    pub = comment_publication(comment)
    assert pub is not None and (pub.venue, pub.year, pub.workshop) == (venue, year, workshop)
    assert pub.sources["venue"] == "arXiv comment"


@pytest.mark.parametrize("comment", [
    "7 pages, 4 figures", "Oral at CVPR", "arXiv admin note: text overlap with arXiv:2101.00001",
    "Under review. Accepted at ICLR 2024 Tiny Papers", "Code: github.com/a/b (CVPR)", "Accepted to ICMLA 2023",
    "Extended version of our CVPR 2023 paper",
])
def test_a_comment_without_a_mapped_venue_and_year_states_nothing(comment):
    assert comment_publication(comment) is None


def test_a_track_no_mapping_knows_keeps_its_track_words():
    found = identify(["NeurIPS 2023 (Datasets and Benchmarks Track, Demo)"])
    assert found is not None and found.canonical is None
    assert found.given == "NeurIPS Datasets and Benchmarks Track, Demo"
