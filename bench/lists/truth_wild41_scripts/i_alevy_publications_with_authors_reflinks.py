"""Wild41 truth for alevy/www publications.md: the publication list of a systems researcher's personal site (Jekyll),
embedded operating systems (Tock), Rust, information-flow security, serverless and storage systems.

Shape: Jekyll front matter (1-4) and "{% include references.md %}" (6), which defines the co-authors' link
targets in another file; then four "## " sections: "Conferences/Workshops" (8), "Demos" (88), "Invited" (98),
"Non-Refereed" (105).  Each record is one list item, written on one line or wrapped over several (continuations
indented two spaces, or not indented at all: 82, 85-86), records separated by blank lines (two blank lines after
10 and 31):
    * Title. With Author, [Co-author], [Co-author][] and [Co-author]. In Proceedings of Venue (ABBR) Year.
      Paper: _\\[[PDF](/papers/x.pdf)\\]_ Slides: _\\[[ODP](...)\\]_ Video: _\\[[YouTube](...)\\]_
- the bullet is "*", once "-" (34);
- "with" is lowercase in the newer records (10-31), capitalised in the older ones; co-authors are reference-style
  links ("[Phil Levis]", "[Brad Campbell][]") whose definitions are in the included file, so they render as
  bracketed text here; one is split over two lines ("[Daniel\\n  Giffin]", 47-48);
- system names are bold at the start of some titles ("__Beetle__: Flexible Communication ...", "__Hails__",
  "__Comet__", "__Vanish__", "__Stickler__", "__Blade__");
- a stray closing quote after one title ("Power Clocks: Dynamic Multi-Clock Management for Embedded Systems\\".
  with ...", 29); a typo "Mumbai, Indai" (53); "In In Proceedings of ICFP" (79);
- extra lines: an award note ("Won the Outstanding Student Paper Award.", 85), an invitation note (69-70);
- three demo records and the invited one have no link at all (92, 94, 96, 100).

Decisions:
- Entries: every list item (30): 23 conference/workshop papers, four demo papers (SenSys and Haskell Symposium
  demo abstracts, published as papers), the invited POST paper, and the two non-refereed works (a CoRR preprint,
  a University of Washington technical report).
- Span: the item's first line through its last non-blank line.
- Title: the item text (lines joined) before the first ". with " / ". With ", markup removed ("__Beetle__" ->
  "Beetle"), whitespace collapsed; the stray closing quote of 29 is dropped (a quotation mark closing nothing,
  not part of the title); "Position Paper: Bringing Memory Safety to WebAssembly" (36) is kept as written.
- Ids: the CoRR record's arxiv.org/pdf link (108-109, version dropped); no DOIs are written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "alevy__www__publications@cd74d7c.md"
PART = "wild41_development"

ITEM = re.compile(r"^[*-] (.*)$")
TITLE = re.compile(r"^(.+?)\. [Ww]ith ")
SECTIONS = ["## Conferences/Workshops", "## Demos", "## Invited", "## Non-Refereed"]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = None
    n = 7
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith("## "):
            assert ln in SECTIONS, (n, ln)
            section = ln
            n += 1
            continue
        if not ln.strip():
            n += 1
            continue
        m = ITEM.match(ln)
        assert m and section, (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and not ITEM.match(lines[last]) \
                and not lines[last].startswith("## "):
            last += 1
        text = " ".join(x.strip() for x in [m.group(1), *lines[n:last]])
        t = TITLE.match(text)
        assert t, (n, text)
        title = t.group(1).replace("__", "")
        if title.endswith('"') and title.count('"') == 1:
            assert n == 29, n
            title = title[:-1]
        assert "[" not in title and "_" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
        per_section[section] = per_section.get(section, 0) + 1
        n = last + 1
    assert per_section == {SECTIONS[0]: 23, SECTIONS[1]: 4, SECTIONS[2]: 1, SECTIONS[3]: 2}, per_section
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each list item under the four '##' sections (conference/workshop papers, demo papers, an invited paper,"
        " a CoRR preprint and a tech report) is one paper (30); title = the item text before the first"
        " '. with '/'. With ', bold system names unwrapped, a stray closing quote dropped (29); id = the one"
        " arXiv link.",
        "Script asserts every non-blank line after the include is a section heading, an item or an item's"
        " continuation and the per-section counts; -v output compared by eye with the file for all 30 items (the"
        " wrapped ones 25-27, 29-31, 36-39, 41-45, 47-51, 55-59, 61-65, 67-71, 81-82, 84-86, 100-103, 107-109,"
        " the '-' item 34, the bold-name titles, the stray quote 29, the lowercase 'with' records 10-31 and the"
        " link-less demo records), the arXiv id of 107-109 checked against its link.",
    )


if __name__ == "__main__":
    main()
