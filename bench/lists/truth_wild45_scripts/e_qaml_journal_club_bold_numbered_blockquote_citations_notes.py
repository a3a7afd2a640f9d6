"""Wild45 truth for garymooney/qaml-journal-club README.md: the archive of the 2017 "Quantum Algorithms and Machine
Learning Reading Group" (a journal club at the University of Melbourne): the 21 papers read during the year, each a
bold numbered title line with a blockquoted citation and the members' notes, then a short list of papers not covered.

Shape (197 lines and a final newline): a setext title and three intro paragraphs (1-7), then 21 records (9-177):
"__N. Title__ - Authors." (a hyphen, once an en dash, 32), an indented affiliation bullet ("  * MIT."), a blank line,
a blockquote "> Authors. [Journal](doi link) vol (date): page." whose second line (lazy continuation, no ">") gives
the arXiv preprint "arXiv preprint [arXiv:nnnn](https://arxiv.org/abs/nnnn) (date).", sometimes only the arXiv line;
then, for most, one or more paragraphs of notes.  "## Interesting Papers (not covered)" (179) lists five papers as
"[Title](arxiv or dx.doi link) (date) - Authors" paragraphs (180-188); "## Useful Links" (190-197) names a free online
book, colah's blog and one of its posts, TensorFlow Playground and the Distill journal.
Special cases: record 7 (56) is followed by "Another paper by the same authors on qRAM that goes into more detail:"
(62) and a second blockquoted citation of that paper, published and arXiv versions, with its title in quotes
("Architectures for a quantum random access memory.", 64-65); record 3's arXiv link text says arXiv:1702.03061 but
the URL points to 1307.0411 (record 2's paper, a copy-paste slip, 36); record 17 gives the arXiv line first and the
journal second (148-149); record 1's title carries the group's nickname "(HHL)"; records 10, 11 and 20 repeat the
title in quotes inside the citation; record 12's notes (106-120) point to Robin Kothari's PhD thesis ("sections of
Robin Kothari's [PhD thesis](...)"), four slide decks and "And the paper https://arxiv.org/abs/1501.01715"; record
18's notes (156-162) are a small further-reading run: a documentation page, "More recent paper (Sep 2017). Contains
some generalisations..." with https://arxiv.org/abs/1709.03489 on the next line, and a video; versions "v3", "v2" in
arXiv link texts; DOIs as doi.org and dx.doi.org links, an IOP URL ending "/meta" (131), an APS URL (149); a PMC link
(137, no DOI).

Decisions:
- Entries (27): the 21 numbered records, the second qRAM paper of record 7 (62-65: a full citation record in the
  same blockquote form as the main records, introduced as another paper), and the five "not covered" papers.
- Not entries: the papers mentioned inside notes without a record of their own: Kothari's PhD thesis (a link
  inside a sentence of 106), "And the paper <url>" (120) and the "More recent paper" further-reading line (159-160),
  both named only by URL inside a run of notes; the slides, documentation page, video, book, blog, playground and
  journal links.
- Spans: a numbered record runs from its title line to the last non-blank line before the next record (its
  affiliation, citation and notes are its own), so record 7 stops at 60 before the qRAM intro, record 21 stops at
  177 before the "not covered" heading; the qRAM record is 62-65; each "not covered" paper is its one line.
- Titles: the bold text after "N. " for the numbered records, with the group's nickname "(HHL)" after record 1's
  title dropped (a label in brackets added by the list, like a tag); the quoted title of the qRAM citation without
  its final "."; the link text for the "not covered" papers.
- Ids: the first arXiv id and DOI of each entry's own lines: record 3 takes arXiv 1702.03061 (the id written in the
  link text comes before the slipped URL), record 12 keeps its own 1412.4687 (104) before the note's 1501.01715,
  record 18 its own 1411.4028 before 1709.03489; the IOP DOI without "/meta"; no DOI from the PMC link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "garymooney__qaml-journal-club__README@fc4b761.md"
PART = "wild45_development"

RECORD = re.compile(r"^__(?P<num>\d+)\. (?P<title>.+?)__ [-\u2013] \S")
NOT_COVERED = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\) \(\d+-[A-Z][a-z]+-\d\d\) - \S")
QRAM_INTRO = "Another paper by the same authors on qRAM that goes into more detail:"
QRAM = re.compile(r'^> Giovannetti, Vittorio, Seth Lloyd, and Lorenzo Maccone\. "(?P<title>[^"]+?)\." \[Physical Review A\]')


def last_filled(lines: list[str], first: int, stop: int) -> int:
    """The last non-blank line in first..stop (1-based, inclusive)."""
    return max(k for k in range(first, stop + 1) if lines[k - 1].strip())


def main() -> None:
    lines = read_lines(NAME)
    assert lines[-1] == "" and len(lines) == 198, len(lines)
    interesting = lines.index("## Interesting Papers (not covered)") + 1
    useful = lines.index("## Useful Links") + 1
    qram = lines.index(QRAM_INTRO) + 1
    assert (interesting, useful, qram) == (179, 190, 62), (interesting, useful, qram)
    starts = []
    for n, text in enumerate(lines, 1):
        m = RECORD.match(text)
        if m:
            starts.append((n, int(m.group("num")), m.group("title")))
    assert [num for _, num, _ in starts] == list(range(1, 22)), starts
    papers = []
    for i, (first, num, title) in enumerate(starts):
        stop = starts[i + 1][0] - 1 if i + 1 < len(starts) else interesting - 1
        if first < qram < stop:
            stop = qram - 1
        if num == 1:
            assert title.endswith(" (HHL)")
            title = title.removesuffix(" (HHL)")
        papers.append(entry(lines, first, last_filled(lines, first, stop), title))
    m = QRAM.match(lines[qram + 1])
    assert m, lines[qram + 1]
    papers.append(entry(lines, qram, last_filled(lines, qram, starts[7][0] - 1), m.group("title")))
    covered = 0
    for n in range(interesting + 1, useful):
        text = lines[n - 1]
        if not text:
            continue
        m = NOT_COVERED.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title")))
        covered += 1
    assert covered == 5, covered
    for n in range(useful + 1, len(lines) + 1):
        assert not NOT_COVERED.match(lines[n - 1]), n
    by_line = {p["line"]: p for p in papers}
    assert by_line[32]["arxiv"] == "1702.03061" and by_line[32]["doi"] == "10.1038/s41534-017-0018-2"
    assert by_line[100]["arxiv"] == "1412.4687" and by_line[100]["end"] == 120
    assert by_line[151]["arxiv"] == "1411.4028" and by_line[151]["end"] == 162
    assert by_line[56]["end"] == 60 and by_line[62]["end"] == 65 and by_line[62]["arxiv"] == "0807.4994"
    assert by_line[128]["doi"] == "10.1088/1751-8113/47/10/105301"
    assert by_line[134]["doi"] is None and by_line[174]["end"] == 177
    assert all(p["arxiv"] for p in papers if p["line"] != 188), [p for p in papers if not p["arxiv"]]
    assert len(papers) == 27, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bold numbered record '__N. Title__ - Authors' (title line to the last line before the next record:"
        " affiliation, blockquoted citation, notes), the second qRAM paper cited in the same form after record 7, and"
        " each 'not covered' paper line are entries; title = the bold text (the '(HHL)' nickname dropped), the quoted"
        " qRAM title, the link text; papers named only inside notes (a thesis link, two bare arXiv URLs), slides,"
        " videos and useful links are not entries (27).",
        "Whole file read (197 lines) against the -v output: the 21 records in order with their spans (notes included,"
        " 7 stopping at 60, 21 at 177), the qRAM intro and citation (62-65), the en dash of 32, the slipped arXiv URL"
        " of 36 (1702.03061 kept from the link text), the arXiv-first order of 148-149, the notes of 12 (thesis, slides,"
        " 1501.01715 at 120) and 18 (1709.03489 at 160) left out as entries and not taking the ids, the five 'not"
        " covered' lines (188 a dx.doi link, no arXiv), the IOP '/meta' DOI (131), the PMC link (137) without DOI,"
        " the Useful Links section (book, blog, playground, Distill) without entries.",
    )


if __name__ == "__main__":
    main()
