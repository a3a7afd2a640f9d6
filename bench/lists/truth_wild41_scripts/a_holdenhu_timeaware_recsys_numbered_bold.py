"""Wild41 truth for HoldenHu/Time-Aware-Recommender-System-Paper-List README.md: a PhD student's list of
papers on time-aware recommender systems (temporal popularity, periodicality, recency, time-point sensitivity,
seasonal features); newest commit (e3f37c2, 2022-11-05).

Shape: title and intro (1-7, a link to the sibling README_by_year.md), an HTML ``<table>`` of anchor links as
the table of contents (11-64: not entries), then ``##``/``###`` sections with headings written as links
(``### [Basic Models](#basic-models)``), several sections empty (CNN-based 98, and the headings the table of
contents lists but the body lacks).  Records are numbered items restarting at 1 in each section:
``N. **Title.** Venue, year. [paper](url)`` on one line, a blank line, then the authors in italics indented
three spaces (``   *A, B, C*``).  Special cases: two records without an author line (70, 80 in Survey
papers); 70 has no link; a title broken over two lines as two bold runs (204-205 RepeatNet, 283-284 The
contextual turn); a double space after the number (168); an unclosed italic author line (235 ``*Guglielmo
Faggioli, Mirko Polato, Fabio Aioll``); an empty link ``[paper]()`` (279); lines holding only a zero-width
space (96, 257, 292); Chinese/English notes under two headings (180-182, 215, 243, 261: not entries).

Decisions:
- Every numbered item is one entry (43, all papers: journal/conference/workshop papers and surveys), from its
  number line to its italic author line when the next non-blank line is one (else the number line alone).
- Title = the bold run(s) of the number line(s), joined with a space, final '.' dropped; venue and year after
  the bold run are not part of it.
- The same paper under two sections is two entries (RESETBERT4Rec 110/130, Learn from Past 104/134,
  Spatiotemporal-aware 116/144, Time Lag Aware 126/237, Temporal collaborative filtering 92/271).
- Ids: arXiv ids from arxiv.org links; DOIs from dl.acm.org ``/doi/(pdf|abs)/10.1145/...`` URLs, the
  epubs.siam.org DOI URL and the Springer article URL; researchgate, ceur-ws, ScienceDirect pii and IEEE
  ``arnumber`` links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "HoldenHu__Time-Aware-Recommender-System-Paper-List__README@e3f37c2.md"
PART = "wild41_development"

NUM = re.compile(r"^\d+\.\s+\*\*(.+?)\*\*(.*)$")
CONT = re.compile(r"^   \*\*(.+?)\*\*")
AUTH = re.compile(r"^   \*[^*]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        parts = [m.group(1)]
        last = i
        nxt = lines[i] if i < len(lines) else ""
        c = CONT.match(nxt)
        if c and not m.group(2).strip():
            parts.append(c.group(1))
            last = i + 1
        k = last + 1
        while k <= len(lines) and not lines[k - 1].strip():
            k += 1
        if k <= len(lines) and AUTH.match(lines[k - 1]):
            last = k
        papers.append(entry(lines, i, last, " ".join(parts)))
    assert sum(1 for ln in lines if re.match(r"^\d+\.\s", ln)) == 43
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered item 'N. **Title.** Venue, year. [paper](url)' is one entry from its number line to its"
        " indented italic author line (when there is one), title = the bold run(s) joined (two-line titles 204-205"
        " and 283-284), final '.' dropped; the HTML table of contents, headings and notes are not entries; repeats"
        " across sections are separate entries.",
        "Whole 295-line file read; all 43 items compared with the -v output: spans (author lines two lines below,"
        " the author-less survey items 70 and 80, the unclosed italic author line 235), the two-line bold titles"
        " RepeatNet 204-205 and The contextual turn 283-284, the double-space item 168, the empty [paper]() link"
        " 279, the zero-width-space lines 96/257/292 left out, repeats 92/271, 104/134, 110/130, 116/144, 126/237;"
        " ids: arXiv links (80, 104, 126, 134, 156, 188, 205, 209, 237), ACM/SIAM/Springer DOIs, none from"
        " IEEE arnumber, researchgate or pii links.",
    )


if __name__ == "__main__":
    main()
