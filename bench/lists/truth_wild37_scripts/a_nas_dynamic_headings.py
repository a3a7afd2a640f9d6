"""Wild37 truth for Oliver1703dk/neural-architecture-search-for-dynamic-inference PAPERS.md: a student
project's curated paper collection on neural architecture search for dynamic (early-exit) inference.
The file was added as research-papers/PAPERS.md, moved to the root, then removed ("Remove PAPERS.md",
b55b7bc); it is taken from 99157e6, the last commit that has it.

Shape: ``## N. Topic`` sections; one ``### Title`` heading per paper followed by ``- **Authors:**``,
``- **Venue:**``, ``- **arXiv:**`` (missing on some), ``- **Code:**`` (some), ``- **Abstract:**`` and
``- **Relevance:** ⭐...`` bullets, records separated by ``---`` lines.  Each paper heading is an entry
spanning the heading through its last bullet; the title is the heading text.  After the papers:
a Reading Priority plan (weekly ``###`` headings with numbered items), a Code Repositories table and a
fenced ``bibtex`` block.  Decisions:
- Nicknames the heading appends in parentheses (``(MSDNet)`` 67, ``(RegNet)`` 134) are kept as written.
- Line 98's arXiv field is an author-search URL and line 107's only a date: no id.
- Reading Priority items (202-220, ``1. DARTS (differentiable NAS basics)``) point back to the
  records above by nickname, like a table of contents: not entries.  The Code Repositories table
  (226-233) lists code: not entries.
- The BibTeX block (239-309) holds ten ``@inproceedings``/``@article`` records of papers that also have
  a heading record above, but the BibTeX is not under those records: each is an entry of its own
  (span ``@...{`` through its closing ``}``, title = the ``title={...}`` field); the MobileNets one
  gives ``arXiv:1704.04861`` in its journal field.
30 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "Oliver1703dk__neural-architecture-search-for-dynamic-inference__PAPERS@99157e6.md"
PART = "wild37_development"


def main() -> None:
    lines = read_lines(NAME)
    plan = next(i for i, ln in enumerate(lines, 1) if ln == "## Reading Priority")
    papers = []
    for i, ln in enumerate(lines, 1):
        if ln.startswith("### ") and i < plan:
            e = i
            while lines[e].startswith("- **"):
                e += 1
            assert lines[e] == "" and lines[e + 1] == "---", (i, e)
            papers.append(entry(lines, i, e, ln[4:]))
        elif ln.startswith("@"):
            e = i
            while lines[e - 1] != "}":
                e += 1
            title = re.search(r"^\s*title=\{(.+)\},$", "\n".join(lines[i - 1 : e]), re.MULTILINE)
            papers.append(entry(lines, i, e, title.group(1)))
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "Each '### Title' paper heading with its Authors/Venue/arXiv/Code/Abstract/Relevance bullets is an entry (title = heading text), and each BibTeX record of the closing fenced block is an entry of its own (title = title field); Reading Priority items, the code table and section headings are not.",
                "Whole file read (314 lines): all 20 paper headings and their bullet spans (records with and without arXiv/Code bullets, e.g. 95-100 author-search URL, 104-109 no id, 155-159 no arXiv), the nickname suffixes 67/134, the Reading Priority plan and code table (not entries), and the ten BibTeX records' spans, titles and the MobileNets arXiv id, against the -v output.")


if __name__ == "__main__":
    main()
