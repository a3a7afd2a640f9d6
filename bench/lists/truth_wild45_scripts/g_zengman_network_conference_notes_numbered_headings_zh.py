"""Wild45 truth for zengman/ConferenceNotes notes/Introduction.md: a networking student's daily log of
conference papers read (INFOCOM, SIGCOMM, IMC 2018 and ICC 2018: measurement, DNS, SDN/NFV, vehicular and
opportunistic networks, NOMA, botnets), one heading per paper with notes in Chinese and English.

Shape: ``## 2019.5.13``-style date headings (12); under them ``###  N. Paper Title`` headings (48, two spaces
after ``###`` except the last, 335), numbered 1-12 over the May days and restarting at 1 each June day; three times
without a space after the number (234 ``10.Distributed``, 239, 325); four titles end in a period (2, 154, 213, 234),
one in a space (335); title typos as written (82 ``aFluid``, 300 ``thedesign``).  Under a heading: a
blockquote venue line (``>infocom 2018``, ``> IMC 2018``, ``>sigcom 2013``) or a plain one (``imc-2018``,
``ieee access-2019``, ``sigcomm-2018``), numbered note lines, ``> 作者:``/``>authors:`` blockquotes with
affiliations or a screenshot ``![](....png)``, Chinese notes, ``TODO``.  Three June days carry a plain
``icc-2018`` line between the date heading and the first paper (99, 106, 111).  Two headings have no body (103,
335).  No links to papers, no ids.

Decisions:
- Entries: every ``###`` heading (48), each one paper; the entry spans the heading through the last non-blank
  line before the next heading (its notes, venue, author screenshot).  Date headings and the ``icc-2018`` day
  labels are not entries.
- Title: the heading text after the ``N.`` number, as written (typos, ``(extended)`` of 21, which is part of
  that paper's extended-version title); a final period is dropped as a separator (the set's convention).
- Ids: none (asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "zengman__ConferenceNotes__notes__Introduction@1dadb4e.md"
PART = "wild45_development"

PAPER = re.compile(r"^###\s+(?P<num>\d+)\.\s*(?P<t>.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    nums = []
    for i, n in enumerate(heads):
        ln = lines[n - 1]
        m = PAPER.match(ln)
        if not m:
            assert re.match(r"^## 2019\.\d+\.\d+$", ln), (n, ln)
            continue
        nums.append(int(m.group("num")))
        nxt = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = max(k for k in range(n, nxt) if lines[k - 1].strip())
        papers.append(entry(lines, n, last, m.group("t")))
    assert nums == list(range(1, 13)) + [1, 1, 2, 1] + list(range(1, 8)) + list(range(1, 12)) + list(range(1, 9)) + list(
        range(1, 6)
    ) + [1], nums
    assert len(papers) == 48, len(papers)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '###  N. Title' heading is one paper (48), spanning the heading through its notes up to the next"
        " heading; title = the heading text after the number, as written, a final period dropped; date headings"
        " and the 'icc-2018' day labels are not entries.",
        "Whole file read (336 lines) against the -v output: all 48 paper headings (numbering per day asserted)"
        " and the 12 date headings; spans end at the last non-blank line before the next heading (e.g. 36-48,"
        " 134-146, 202-211), the 'icc-2018' labels 99/106/111 outside every span, body-less 103 and 335; titles:"
        " number prefix removed also without a space (234, 239, 325), final periods dropped (2, 154, 213, 234),"
        " trailing space 335, '(extended)' 21 and the typos 82/300 kept, '2 × 2 × 2' 179; no ids (asserted).",
    )


if __name__ == "__main__":
    main()
