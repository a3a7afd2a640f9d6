"""Wild31 truth for ellis-bio/ellisjalia 100-papers-challenge.md: a philosopher's "100 Papers Challenge"
reading log (philosophy of mind, ancient philosophy, psychology, philosophy of physics), 2021-2024.

Shape: a Jekyll page whose list is raw HTML: one ``<h5><u>YEAR</u></h5>`` heading per year (lines 21,
91, 98, 115) and an ``<ol reversed>`` of one-line ``<li>`` items, no links except one DOI URL (line 118).
Each item is ``Authors (YEAR) Title. Venue, volume, pages.``; in the 2022 and 2023 lists (lines 94-112,
line 117) a full stop follows the year: ``Authors (YEAR). Title. ...``.  Author names are sometimes
surname-first (lines 117-118).

Entries: every ``<li>`` (92): journal articles, and chapters in books or edited volumes read as pieces of
their own (Merleau-Ponty's chapters and Preface, lines 75-78; Frede, Quine, Ayer, Bauer & Sammut,
Kahneman & Tversky; the Companion/Handbook chapters of 2022), since the log records each as a separate
read work.  Title: the text after ``(YEAR)`` / ``(YEAR).`` up to the first full stop or question mark
followed by a space.  Exceptions, by line: the question mark is inside the title, which goes on with a
subtitle (121 "Is Consciousness Intrinsic? A Problem ...", 125 "Are sensory experiences contingently
representational? A critical notice ...", 126 "Is the mystery an illusion? Papineau on ..."); a title
ending "?." keeps the "?" (104); titles ending in "?" with the venue after a space (74, 103, 117, 118)
end at the "?".  Other full stops inside titles do not occur; "et al", initials and "Vol." are all in
the author or venue parts.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "ellis-bio__ellisjalia__100-papers-challenge@1995342.md"
PART = "wild31_development"

ITEM = re.compile(r"^<li>(?P<authors>.*?)\s*\((?P<year>\d{4})\)\.?\s+(?P<rest>.*?)</li>\s*$")
# lines whose title runs past a "? " (question mark inside the title, subtitle after it)
LONG = {
    121: "Is Consciousness Intrinsic? A Problem for the Integrated Information Theory",
    125: "Are sensory experiences contingently representational? A critical notice of David Papineau’s The Metaphysics of Sensory Experience",
    126: "Is the mystery an illusion? Papineau on the problem of consciousness",
}


def title_of(rest: str) -> str:
    m = re.search(r"[.?](?=\s)", rest)
    t = rest[: m.end()] if m else rest  # "Title." or "Title?" (or "Title?." on line 104)
    return t.removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        if not line.startswith("<li>"):
            continue
        m = ITEM.match(line)
        assert m, (n, line)
        title = LONG.get(n) or title_of(m.group("rest"))
        assert title in line, (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 92, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every <li> of the four <ol reversed> year lists is an entry (articles and separately read chapters);"
        " the title is the text after '(YEAR)' or '(YEAR).' up to the first '. ' or '? ', three titles with a"
        " question mark inside them (lines 121, 125, 126) set by hand.",
        "All 92 items read by eye against the file: titles (every '?' case and subtitle after a colon), the one"
        " DOI (line 118), no arXiv ids; count per year 66 + 2 + 12 + 12.",
    )


if __name__ == "__main__":
    main()
