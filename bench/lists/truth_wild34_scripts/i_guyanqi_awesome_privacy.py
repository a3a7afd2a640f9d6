"""Wild34 truth for Guyanqi/Awesome-Privacy README.md: differential-privacy and privacy-in-ML papers.

Shape: ``* Title [[paper]](url) [[code]](url) by Authors. Year`` bullets under ``###`` topics
(lines 16-85).  Every bullet with a ``[[paper]]`` link is an entry; the title is the text before
``[[paper]]`` (sometimes glued to it without a space: 17, 18).
Special cases:
- Lines 53-54: the title line breaks before `` [[paper]]``; the entry spans both lines.
- Lines 51 and 52 append an acronym to the title, ``Representations(GAPF)`` and ``Privacy(GAP)``: the
  list's own nickname in parentheses is dropped from the title.
- Line 77 ``MAB problems`` is the list's (short) name for a survey and is kept as written; lines 33 and
  36 list the same paper twice (separate entries).
- Author fields such as ``by Vitaly's group`` or ``by Facebook AI Research`` are not part of titles.
Not entries: the "Differential Privacy Tutorial" section (89-92: a blog post, a course, two tutorial
sites) and the intro prose (1-11).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "Guyanqi__Awesome-Privacy__README@102a42b.md"
PART = "wild34_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        end = i
        text = ln
        if "[[paper]]" not in ln:
            nxt = lines[i] if i < len(lines) else ""
            if nxt.lstrip().startswith("[[paper]]"):
                end = i + 1
                text = ln + " " + nxt.strip()
            else:
                continue  # tutorial links (89-92)
        title = text[2:].split("[[paper]]")[0].strip()
        title = re.sub(r"\((?:GAPF|GAP)\)$", "", title)
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 53, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every bullet with a [[paper]] link is one paper; the title is the text before [[paper]] without the list's "
        "appended acronym; the tutorial links are not entries.",
        "All 53 entries checked by eye against the file, including the two-line entry 53-54, the glued titles 17/18, "
        "the acronyms at 51/52 and the excluded tutorial section.",
    )


if __name__ == "__main__":
    main()
