"""Open truth (batch 3) for wcventure/FuzzingPaper README (at de8978f): "Recent Papers Related To Fuzzing".

Two long indexes come first, 'All Papers (Classification according to Publication)' (lines 4-313)
and '... according to Subject' (314-603): bullets '  - [Title (Venue)](#anchor)' under bold venue or
topic bullets, each linking to the paper's own section below.  They are tables of contents, not
entries.  From line 604, under '# Topic' headings, each paper has its own '### Title (Venue Year)'
section: icon bullets '* <img ...>[Paper](url)' (also Video, Slides, Code, Reading Note, POC, Demo)
and a '**Abstract:**' of one or more paragraphs.  Decisions:

- Every '### ' section from line 604 is an entry, from its heading to its last non-blank line;
  title = the heading without the final '(Venue Year)' parenthesis (one heading's is cut short,
  '(FSE ' on line 1135; one is '(Springer, Cham, 2015)').  '### Sanitizer-guided Fuzzing' (line 1813)
  is a topic sub-heading with nothing under it before the ParmeSan section: not an entry.
- Papers that appear twice as sections (under two topics) are separate entries.
- Index items with no anchor link are tables-of-contents lines too, except those whose paper has no
  section of its own: 'FREEDOM: Engineering a State-of-the-Art DOM Fuzzer' (line 23) and 'Intelligent
  REST API Data Fuzzing' (lines 42 and 572, the second with '(FSE 2020)' dropped) are named only there,
  so those three lines are entries (title = the bracket text).  Unlinked or mis-linked index items
  whose paper has a section (CrFuzz, the in-memory fuzzing '[...]()' item, typos such as 'ConFuz',
  'Framewor') stay index lines.
- The closing 'Page Traffic Analysis' script is not an entry.
"""
import re

from _open import Open

NAME = "wcventure__FuzzingPaper__README@de8978f.md"

#: Index lines naming a paper that has no section of its own.
INDEX_ONLY = {23: "FREEDOM: Engineering a State-of-the-Art DOM Fuzzer",
              42: "Intelligent REST API Data Fuzzing",
              572: "Intelligent REST API Data Fuzzing"}


def main() -> None:
    t = Open(NAME)
    first = 604
    assert t.line(first) == "# Survey/Review"
    for i, title in INDEX_ONLY.items():
        assert t.line(i).strip().startswith(f"- [{title}"), i
        assert "](" not in t.line(i), i
        t.add(i, i, title)
    heads = [i for i in range(first, len(t.lines) + 1) if t.line(i).startswith("#")]
    for k, i in enumerate(heads):
        text = t.line(i)
        if not text.startswith("### ") or i == 1813:
            continue
        stop = heads[k + 1] if k + 1 < len(heads) else len(t.lines) + 1
        end = max(j for j in range(i, stop) if t.line(j).strip())
        assert "[Paper](" in t.span(i, end), i
        title = re.sub(r"\s*\([^()]*\)?\s*$", "", text[4:].strip())
        t.add(i, end, title)
    t.write("every '### Title (Venue Year)' paper section from line 604 is an entry (heading to its last"
            " non-blank line), title = the heading without its venue parenthesis; the two index lists before"
            " it are tables of contents, except the three unlinked index lines naming the two papers that have"
            " no section (FREEDOM, Intelligent REST API Data Fuzzing), which are entries",
            "all 207 '###' headings and their final parentheses (every one a venue/year), that each section has"
            " exactly one [Paper] link, the topic sub-heading at 1813, every index line matched against the"
            " section titles (422 items, 8 unmatched looked at one by one); abstracts read by sampling")


if __name__ == "__main__":
    main()
