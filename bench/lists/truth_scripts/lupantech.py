"""Truth for lupantech's dl4math reading list (held out, issue 26).

Entries: bullets `- [:fire:] [Dataset] **Title**, Venue Year [[paper](url)]` under Related Surveys
and every paper section from 'Mathematical Reasoning Benchmarks' on; the Related Blogs,
Workshops and Talks sections, the intro's prose link to the survey and its citation BibTeX are
not entries.  Title: the bold text; line 237 has no bold (title = text between the tag and the
venue) and line 262 names only '[GPT-4]' (title null).
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "lupantech__dl4math__README@48ed33c.md"
SKIP = ("### Related Blogs", "### Workshops", "### Talks")


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    skipping = False
    for i, line in enumerate(lines, 1):
        if line.startswith("#"):
            skipping = line.strip().startswith(SKIP) or line.startswith("## Citation")
        if skipping or not line.startswith("- ") or i < 19:
            continue
        m = re.search(r"\*\*(.+?)\*\*", line)
        if m:
            title: str | None = clean(m.group(1))
        elif i == 237:
            title = clean(re.match(r"- \[Aristo\] (.+), AI Magazine 2020", line).group(1))  # type: ignore[union-attr]
        else:
            assert i == 262, (i, line)
            title = None
        papers.append(paper(i, i, title, line))
    write(
        NAME,
        "Each '- [tag] **Title**, Venue [[paper]]' bullet of the survey and paper sections is an entry (blogs, "
        "workshops, talks, the intro link and the citation are not); title = bold text (one bullet without bold: "
        "text before the venue; '[GPT-4]' alone: null).",
        "first and last bullet of every subsection, 20 random bullets, the two bullets without bold, and the "
        "excluded Blogs/Workshops/Talks bullets.",
        papers,
    )


if __name__ == "__main__":
    main()
