"""arXiv ids, DOIs, venues and author lists."""

from __future__ import annotations

import pytest

from zoterodigest.digest.values import parse_authors, parse_venue, venue_from_comment
from zoterodigest.ids import ArxivId, find_arxiv, normalise_doi, normalise_title, parse_arxiv
from zoterodigest.model import Paper, Venue


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2504.18524", ArxivId("2504.18524")),
        ("http://arxiv.org/abs/2503.21776v1", ArxivId("2503.21776", 1)),
        ("https://arxiv.org/pdf/2103.00020.pdf", ArxivId("2103.00020")),
        ("https://arxiv.org/pdf/2103.00020v3.pdf", ArxivId("2103.00020", 3)),
        ("https://www.arxiv.org/abs/1707.08567", ArxivId("1707.08567")),
        ("arXiv:2504.04603", ArxivId("2504.04603")),
        ("math/0211159", ArxivId("math/0211159")),
        ("hep-th/9901001v2", ArxivId("hep-th/9901001", 2)),
        ("https://arxiv.org/abs/math.GT/0309136", ArxivId("math.GT/0309136")),
        ("https://arxiv.org/abs/astro-ph/0601001", ArxivId("astro-ph/0601001")),
        ("10.48550/arXiv.2504.18524", ArxivId("2504.18524")),
        ("0704.0001", ArxivId("0704.0001")),
        ("abc", None),
        ("0000.0000", None),  # month 00 does not exist
        ("2513.00001", None),  # month 13 either
        ("", None),
        (None, None),
    ],
)
def test_parse_arxiv(text, expected):
    assert parse_arxiv(text) == expected


def test_find_arxiv_in_text():
    assert find_arxiv("see [paper](https://arxiv.org/abs/2401.12345v2) now") == ArxivId("2401.12345", 2)
    assert find_arxiv("https://github.com/x/2401.12345") is None


def test_doi_and_title_normalisation():
    assert normalise_doi("https://doi.org/10.1109/CVPR.2016.90") == "10.1109/cvpr.2016.90"
    assert normalise_doi("doi:10.1000/XYZ.") == "10.1000/xyz"
    assert normalise_doi("not a doi") is None
    assert normalise_title("  Björn's  GAN:  A Study!") == normalise_title("bjorn s gan a study")


def test_identity_order():
    assert Paper(arxiv_id="2401.00001", doi="10.1/x", title="T").identity == "arxiv:2401.00001"
    assert Paper(doi="10.1/x", title="T").identity == "doi:10.1/x"
    assert Paper(title="The  Title!").identity == "title:the title"


@pytest.mark.parametrize(
    "text,venue,year",
    [
        ("CVPR 2025 Highlight", Venue(name="CVPR", year=2025, track="Highlight"), 2025),
        ("CVPR 2023 Award Candidate", Venue(name="CVPR", year=2023, track="Award Candidate"), 2023),
        ("NeurIPS 2023 Spotlight", Venue(name="NeurIPS", year=2023, track="Spotlight"), 2023),
        ("ICCV 2023 Workshop (Resource Efficient DL)", Venue(name="ICCV", year=2023, track="Workshop", detail="Resource Efficient DL"), 2023),
        ("SIGGRAPH-ASIA 2024", Venue(name="SIGGRAPH-ASIA", year=2024), 2024),
        ("arXiv 2024", Venue(name="arXiv", year=2024), 2024),
        ("arxiv (23 May 2022)", Venue(name="arXiv", year=2022), 2022),
        ("arXiv preprint 2025", Venue(name="arXiv", year=2025), 2025),
        ("ICLR2025", Venue(name="ICLR", year=2025), 2025),
        ("TPAMI", Venue(name="TPAMI"), None),
        ("accept info", None, None),
        ("*accept info*", None, None),
        ("[会议/期刊] [年份]", None, None),
        ("2024 (open release)", None, 2024),
        ("2023 (11 月)", None, 2023),
        ("", None, None),
        # a journal's volume, issue and pages are no part of its name (issue 26)
        ("Journal of Owls 12 (3): 45–67, 2019", Venue(name="Journal of Owls", year=2019), 2019),
        ("Owl Review, vol. 3, no. 2, pp. 1-9, 2018", Venue(name="Owl Review", year=2018), 2018),
        ("Nature 521 2015", Venue(name="Nature", year=2015), 2015),
        ("ICML 2019, 2020", Venue(name="ICML", year=2019, detail=", 2020"), 2019),
        # a date's day and month, "at", and volume/number/pages written out are no part of it either
        ("at Owl Summit San Francisco, November 2012", Venue(name="Owl Summit San Francisco", year=2012), 2012),
        ("Owl Queue, volume 11, number 3, pages 55-63, March 2013", Venue(name="Owl Queue", year=2013), 2013),
        ("Nature, June 9, 2014", Venue(name="Nature", year=2014), 2014),
        ("September 2015", None, 2015),
        ("number 1, pages 133–160, March 2006", None, 2006),
        ("arXiv:1512.00168, 12 April 2016", Venue(name="arXiv", year=2016), 2016),
    ],
)
def test_parse_venue(text, venue, year):
    assert parse_venue(text) == (venue, year)


def test_venue_renders_back():
    for text in ("CVPR 2025 Highlight", "ICCV 2023 Workshop (Efficient Vision)", "arXiv 2024", "ICML 2021"):
        assert parse_venue(text)[0].render() == text


@pytest.mark.parametrize(
    "comment,expected",
    [
        ("Accepted to CVPR 2025", Venue(name="CVPR", year=2025)),
        ("28 pages, 22 figures, ICLR2025 conference", Venue(name="ICLR", year=2025)),
        ("Accepted at IEEE ISBI 2025, 5 pages", Venue(name="ISBI", year=2025)),
        ("ICLR 2026 Oral. Code at https://x", Venue(name="ICLR", year=2026, track="Oral")),
        ("Accepted at the AI4VA Workshop at ECCV 2026", Venue(name="ECCV", year=2026, track="Workshop")),
        ("Submitted to NeurIPS 2026", None),
        ("Under review at ICLR 2026", None),
        ("23 pages, 2 figures", None),
    ],
)
def test_venue_from_comment(comment, expected):
    from zoterodigest.mappings import venue_aliases

    assert venue_from_comment(comment, venue_aliases())[0] == expected


@pytest.mark.parametrize(
    "text,names,complete",
    [
        ("_A One, B Two, et al._", ["A One", "B Two"], False),
        ("A One, B Two", ["A One", "B Two"], True),
        ("A One and B Two", ["A One", "B Two"], True),
        ("Runway AI (团队)", ["Runway AI (团队)"], True),
        ("[作者列表]", [], False),
        ("", [], False),
    ],
)
def test_parse_authors(text, names, complete):
    assert parse_authors(text) == (names, complete)
