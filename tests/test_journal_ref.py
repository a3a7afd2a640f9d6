"""arXiv's journal_ref as a publication: the forms authors write (pure parsing)."""

from __future__ import annotations

import pytest

from zoterodigest.enrich.journal_ref import parse_journal_ref

CASES = [
    ("CVPR 2022", "conference", "CVPR", 2022, {}),
    ("Accepted to ICCV 2021 (oral)", "conference", "ICCV", 2021, {}),
    (("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2022, "
     "pp. 1234-1243"), "conference", "CVPR", 2022, {"pages": "1234--1243"}),
    ("ECCV 2020", "conference", "ECCV", 2020, {}),
    ("Computer Vision -- ECCV 2018, Lecture Notes in Computer Science, vol 11211, pages 3-19", "conference", "ECCV",
     2018, {"pages": "3--19", "volume": "11211"}),
    ("Advances in Neural Information Processing Systems 33 (NeurIPS 2020)", "conference", "NeurIPS", 2020, {}),
    ("NIPS 2017", "conference", "NeurIPS", 2017, {}),
    ("Proceedings of the 38th International Conference on Machine Learning, PMLR 139:8748-8763, 2021",
     "conference", "ICML", 2021, {"volume": "139", "pages": "8748--8763"}),
    ("ICLR 2021", "conference", "ICLR", 2021, {}),
    ("Published as a conference paper at ICLR 2023", "conference", "ICLR", 2023, {}),
    ("Proceedings of the AAAI Conference on Artificial Intelligence, 35(12), 10674-10685 (2021)", "conference",
     "AAAI", 2021, {"volume": "35", "number": "12", "pages": "10674--10685"}),
    (("Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics (ACL 2020), "
     "pages 7871-7880"), "conference", "ACL", 2020, {"pages": "7871--7880"}),
    ("Nature 521, 436-444 (2015)", "journal", "Nature", 2015, {"volume": "521", "pages": "436--444"}),
    ("IEEE Transactions on Pattern Analysis and Machine Intelligence, vol. 43, no. 1, pp. 1-15, 2021", "journal",
     "TPAMI", 2021, {"volume": "43", "number": "1", "pages": "1--15"}),
    ("Journal of Machine Learning Research 15 (2014) 1929-1958", "journal", "JMLR", 2014,
     {"volume": "15", "pages": "1929--1958"}),
    ("JMLR 21(140):1-67, 2020", "journal", "JMLR", 2020, {"volume": "21", "number": "140", "pages": "1--67"}),
]


@pytest.mark.parametrize(("text", "kind", "venue", "year", "numbers"), CASES, ids=[c[0][:40] for c in CASES])
def test_forms_of_journal_ref(text, kind, venue, year, numbers):
    pub = parse_journal_ref(text)
    assert pub is not None
    assert (pub.kind, pub.venue, pub.known, pub.year) == (kind, venue, True, year)
    got = {k: getattr(pub, k) for k in ("pages", "volume", "number") if getattr(pub, k)}
    assert got == numbers
    assert pub.sources["venue"] == "arXiv journal_ref"


def test_unknown_journal_is_kept_as_written_with_its_numbers():
    pub = parse_journal_ref("Phys. Rev. D 100, 123456 (2019)")
    assert pub is not None
    assert (pub.kind, pub.venue, pub.known, pub.year, pub.volume, pub.pages) == (
        "journal", "Phys. Rev. D", False, 2019, "100", "123456")


def test_a_workshop_is_marked():
    pub = parse_journal_ref("CVPR 2022 Workshop on Autonomous Driving")
    assert pub is not None and pub.workshop and pub.venue == "CVPR"


@pytest.mark.parametrize("text", ["Submitted to CVPR 2022", "Under review at NeurIPS 2024", "arXiv preprint",
                                  "", "   ", "CoRR abs/2101.00001", "12 pages, 5 figures"])
def test_no_publication(text):
    assert parse_journal_ref(text) is None
