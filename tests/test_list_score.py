"""bench/list_score.py: a hand-written tiny list, its truth, and a reader's entries."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from list_score import Read, normalise, score, total

TRUTH = [
    {"line": 3, "end": 3, "title": "Graphs of Tiny Owls", "arxiv": "2401.00001", "doi": None},
    {"line": 5, "end": 6, "title": "A Study of *Sparse* Ferns.", "arxiv": None, "doi": None},
    {"line": 8, "end": 8, "title": "Two in One: the First", "arxiv": "2401.00003", "doi": None},
    {"line": 8, "end": 8, "title": "Two in One: the Second", "arxiv": "2401.00004", "doi": None},
    {"line": 10, "end": 10, "title": None, "arxiv": "2401.00005", "doi": None},
]


def test_found_titles_ids_and_invented_entries() -> None:
    reads = [
        Read(3, 3, "Graphs of Tiny Owls", "2401.00001"),
        Read(5, 6, "A study of Sparse   Ferns", None),  # case differs
        Read(8, 8, "Two in One: the First", "2401.00003"),  # the second paper of line 8 is not read
        Read(10, 10, "ResNet", "2401.00009"),  # wrong id
        Read(12, 12, "An Invented Paper", "2401.00010"),  # no truth paper at line 12
    ]
    s = score(TRUTH, reads)
    assert (s.truth, s.found, s.invented, s.read) == (5, 4, 1, 5)
    assert (s.titled, s.exact, s.exact_ci) == (3, 2, 3)  # the null title of line 10 is not judged
    assert (s.ids, s.ids_found) == (4, 2)
    assert (s.read_ids, s.read_ids_ok) == (4, 2)
    r = s.ratios()
    assert r["found"] == 0.8 and r["invented"] == 0.2


def test_one_reader_entry_pairs_with_one_truth_paper() -> None:
    s = score(TRUTH[2:4], [Read(7, 9, "Two in One: the Second", "2401.00004")])
    assert (s.found, s.exact, s.ids_found, s.invented) == (1, 1, 1, 0)
    assert total([s, s]).found == 2


def test_normalise_removes_markup_and_a_closing_period() -> None:
    assert normalise("[**Deep  Owls.**](https://x.org/a)") == "Deep Owls"
    assert normalise("<b>Ferns</b> &amp; *Moss*") == "Ferns & Moss"
    assert normalise(None) == ""


def test_an_entry_read_from_the_records_title_line_pairs_with_its_record() -> None:
    truth = [{"line": 20, "end": 23, "title": "Owls at Dusk", "arxiv": None, "doi": None},
             {"line": 25, "end": 25, "title": "Ferns", "arxiv": None, "doi": None}]
    # an anchor line (20) above the title line (21): the entry of lines 21-21 is the same record
    s = score(truth, [Read(21, 21, "Owls at Dusk", None), Read(26, 26, "Moss", None)])
    assert (s.found, s.exact, s.invented) == (1, 1, 1)  # an entry after a record's last line is not it


def test_papers_sharing_a_line_untitled_pair_by_their_ids() -> None:
    truth = [{"line": 7, "end": 7, "title": None, "arxiv": None, "doi": None},
             {"line": 7, "end": 7, "title": None, "arxiv": "2112.00001", "doi": None},
             {"line": 7, "end": 7, "title": None, "arxiv": "2112.00002", "doi": None}]
    reads = [Read(7, 7, "Gopher", None), Read(7, 7, "PoE-Owl", "2112.00001"), Read(7, 7, "Uni-Owl", "2112.00002")]
    s = score(truth, reads)
    assert (s.found, s.ids_found, s.read_ids_ok, s.invented) == (3, 2, 2, 0)
