"""Wild24 truth for MichaelRawson/phd literature.md: a PhD student's literature notes for his thesis
(machine learning for automated theorem proving), written before his literature review.

Shape: a '# Literature' page; under '##'/'###' topic headings (Parameter Selection, Axiom/Premise
Selection, Other, AR papers, ML Papers??) one record per line: '- [Title](url) - comment' (line 13
ends the link with '. ' instead of ' - '); line 39 is the same record without the '- ' bullet.
After line 40 a prose section ('# Overview, Comparison of Bridge, Other Authors.') with two plain
bullets about Bridge's experiments (lines 43-44): prose, not entries.
Entries: every linked record, lines 10-13, 17-23, 27-30, 34-36 and 39 (19).  They include a PhD
thesis (line 10, Bridge, Cambridge tech report), an MSc thesis (line 34) and a tool paper (line 23,
'_SPASS_+T'), all scholarly works.  Title = the link text with markup removed ('_MaLeS_' ->
'MaLeS', '_SPASS_+T' -> 'SPASS+T'); the comment after the link is not part of it.
Special cases: line 12 links 'http://arxiv.org/pdf/' with no id (arXiv null); lines 11 and 20 are
Springer PDF links whose DOI is in the URL (one percent-encoded, '10.1007%2Fs10817-...').
Count check: 19 lines holding '](http' before line 40 = 19 entries; 5 with arXiv ids (lines 13, 18, 19, 22, 39).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "MichaelRawson__phd__literature@57cfadc.md"
PART = "wild24_development"
RECORD = re.compile(r"^(?:- )?\[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    stop = next(i for i, t in enumerate(lines, 1) if t.startswith("# Overview"))
    assert stop == 41, stop
    papers = []
    for i, text in enumerate(lines[: stop - 1], 1):
        m = RECORD.match(text)
        if not m:
            assert "](http" not in text, i
            continue
        papers.append(entry(lines, i, i, m.group("title")))
    assert len(papers) == 19, len(papers)
    assert [p["line"] for p in papers if not text_is_bulleted(lines[p["line"] - 1])] == [39]
    assert sum(1 for p in papers if p["arxiv"]) == 5
    assert next(p for p in papers if p["line"] == 12)["arxiv"] is None
    write_truth(NAME, PART, papers,
                "every linked record line before the closing prose section is an entry ('- [Title](url) - note',"
                " line 39 without the bullet); title = the link text with '_' emphasis removed; theses and a tool"
                " paper count as scholarly works; the prose bullets after line 40 are not entries",
                "all 19 entries read by eye against their lines (every title, the two Springer DOIs incl. the"
                " percent-encoded one on line 11, the id-less arXiv link on line 12, the unbulleted line 39);"
                " lines 41-52 checked to hold no paper record")


def text_is_bulleted(text: str) -> bool:
    return text.startswith("- ")


if __name__ == "__main__":
    main()
