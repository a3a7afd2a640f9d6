"""Wild29 truth for mhagiwara/paper-reviews ie.md: one researcher's reading notes on information-extraction papers.

Shape: setext section headings (``General``, ``Set Expansion``, ``Named Entity Recognition (General)`` ...)
over ``* `` bullets, one per item read.  Each bullet line is a plain-text citation
``Authors. Title. Venue Year. URL`` (no Markdown links), followed by nested ``-`` note lines (indented
2, 3 or 4 spaces) up to the next blank line.  An entry spans its bullet line and its notes.

Title: the text after the author list and before the venue/year or the bare URL.  The author list ends
at the first ``. `` whose preceding token is not a one-letter initial (``Christopher D. Manning.``,
``D. Putthividhya and J. Hu.``, ``D Nadeau et al.``); the title ends at the next ``. `` or ``, `` that is
followed by the venue/year (lines 125 and 130 put a comma before ``ACL 2008``), or at the URL when the
record names no venue (lines 12, 107, 135, 175: no separator or none at all).
Special cases: line 36 is a Ph.D. thesis (an entry); line 44 is a blog post (nlpers.blogspot.com),
not an entry; line 191's citeseerx ``doi=10.1.1.124.8829`` is a CiteSeerX id, not a DOI (the helper
does not read it as one).  No record gives an arXiv id or DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "mhagiwara__paper-reviews__ie@2607482.md"
PART = "wild29_development"

NOT_PAPERS = {44}  # blog post


def split_title(text: str) -> str:
    text = text[2:]  # "* "
    text = re.split(r"\s+https?://", text)[0].strip()
    # authors: up to the first ". " not preceded by a lone initial
    m = None
    for m in re.finditer(r"\. ", text):
        before = text[: m.start()].split()[-1]
        if re.fullmatch(r"[A-Z]", before):
            continue
        break
    rest = text[m.end():]
    # venue/year tail: ". Venue 2011." / ", ACL 2008." / ". 2002." / " EMNLP 2012" / ". Ph.D. Thesis 2009."
    t = re.match(r"^(.*?)(?:[.,]\s+(?:[A-Z][^,]*?,?\s*)?\d{4}\.?|\s+[A-Z]{3,}\s+\d{4})$", rest)
    if t:
        return t.group(1)
    return rest


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        end = i
        while end < n and lines[end].strip() != "":
            end += 1
        if i in NOT_PAPERS:
            continue
        papers.append(entry(lines, i, end, split_title(ln)))
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "Each '* ' citation bullet with its indented note lines is one entry (except the line-44 blog post); "
                "title is the citation text between the author list and the venue/year or bare URL.",
                "All 39 bullets read by eye against the file: titles, spans (bullet to last note line), the blog "
                "post exclusion, the thesis at line 36, comma-before-venue records and venue-less records.")


if __name__ == "__main__":
    main()
