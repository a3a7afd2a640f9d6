"""Wild38 truth for technogeeky/icfp12-paper-links README.md: a 2012 community transcription of the ICFP 2012
(functional programming, PL) accepted-papers list with links to preprints found by the author.

Shape: a setext title ("icfp12-paper-links" / "====="), a blockquote of thanks whose "> * Name" bullets name
people (5-10), an intro paragraph (14-20), then records separated by "----" rules.  A record is a title line —
either a Markdown link to the preprint ("[Propositions as Sessions](http://...pdf)"), once followed by a second
link ("[appendix](...)", 222; ", also [slides](...)", 235), or the bare title when no copy was found — and
directly under it one "* Author (Affiliation)" bullet per author (some author names linked to home pages).
Unlinked records are often followed, after blank lines, by a blockquoted heading
"> #### [Unavailable as of July 4th 2012](http://www.google.com/...)".  Record 119-125 adds "Related (cites ^):"
with two bullets: the Archive of Formal Proofs entry "Tycon: Type Constructor Classes and Monad Transformers"
(an outline PDF) and a link to the archive itself.  The file ends with "# Submitted but not Accepted?" and one
more record ("F is for Functor", 255-258).  The "----" after 234 has no blank line before the next title.

Decisions:
- Entries: every record's title line with its author bullets (one paper each), the "Submitted but not
  Accepted?" record included (a paper, though not in the ICFP list).
- Span: the title line through its last author bullet; the "Unavailable" blockquote and the "Related" note are
  not part of it.
- Not entries: the thanks blockquote, the intro, the "Unavailable" notes, and the two "Related" bullets (an AFP
  proof-library entry and the archive's web page: formal proof developments, not articles).
- Title: the first link's text, or the bare line for unlinked records, as written
  ("Painless programming combining reduction and search. Design principles for embedding decision procedures
  in high-level languages", final '.' dropped).
- Ids: from the record's own lines (arXiv abs/pdf links on 52, 119, 133, version dropped).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "technogeeky__icfp12-paper-links__README@32f49d6.md"
PART = "wild38_development"

LINK = re.compile(r"^\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n == len(lines) or not lines[n].startswith("* "):
            continue
        if ln.startswith(("* ", ">")) or not ln.strip():
            continue
        last = n
        while last < len(lines) and lines[last].startswith("* "):
            last += 1
        m = LINK.match(ln)
        title = m.group(1) if m else ln.strip()
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '----'-separated record (title line, linked or bare, plus its '* Author' bullets) is an entry, the"
        " 'Submitted but not Accepted?' one included; title = the first link's text or the bare line; the"
        " 'Unavailable' blockquotes, the thanks blockquote and the 'Related (cites ^)' AFP bullets are not entries.",
        "All 258 lines read; every record's title and span compared with the -v output, including the bare-title"
        " records (74, 82, 144, 154, 197, 206, 240), the two-link lines 222 and 235, the record glued to its rule"
        " (235), the Related note 122-125 (excluded), the thanks blockquote 5-10 (excluded), the arXiv ids (52, 119,"
        " 133) and the last record 255-258.",
    )


if __name__ == "__main__":
    main()
