r"""Wild21 truth for nobodymx/Related-Works-of-the-PE-MRL README: a paper's added related-work
section (written for a rebuttal): three prose subsections citing `[n]`, then `**References:**`
with 21 numbered references `[n] ...`, one paragraph each, separated by blank lines.

Entries: the 21 `[n]` reference paragraphs (one line each); the prose paragraphs that cite them
are not entries.  Two citation styles are mixed:
- APA-like (18): `Surname, I., ... (2021[, Month]). Title. _Venue_, ...`: title = the text after
  `(year). ` up to the next `. ` (or the line's final `.`);
- IEEE-like without quotes (refs 5-7): `I. Surname, ..., and I. Surname, Title, in Proceedings ...`
  / `Title. In Advances ...`: title = the text after the last author (`and I. Surname, `) up to
  `, in ` or `. In `.
Ids: refs 2, 8 and 19 give bare `arXiv:` ids in their venue text; no links, no DOIs.

Count check: `grep -c '^\[[0-9]*\] '` = 21, numbered 1..21 without gaps.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "nobodymx__Related-Works-of-the-PE-MRL__README@34b8949.md"
PART = "wild21_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("**References:**")
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\[(\d+)\] (.*)", text)
        if not m:
            continue
        assert i > start
        numbers.append(int(m.group(1)))
        body = m.group(2)
        apa = re.search(r"\(\d{4}(?:, [A-Z][a-z]+)?\)\. (.+?)\.(?: |$)", body)
        if apa:
            title = apa.group(1)
        else:
            ieee = re.search(r"and [A-Z]\. [A-Z][a-z]+, (.+?)(?:, in |\. In )", body)
            assert ieee, (i, body)
            title = ieee.group(1)
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 22)), numbers
    assert sum(1 for p in papers if p["arxiv"]) == 3
    write_truth(NAME, PART, papers,
                "each of the 21 '[n] ...' reference paragraphs under 'References:' is an entry; title = the"
                " text after '(year). ' up to the next '. ' (APA-like refs) or after the last author up to"
                " ', in'/'. In' (refs 5-7); the prose citing them is not an entry",
                "all 21 references read against the file (numbered 1-21, grep '^\\[[0-9]*\\] '), both citation"
                " styles, the short titles (refs 4, 15, 18), the three bare arXiv ids")


if __name__ == "__main__":
    main()
