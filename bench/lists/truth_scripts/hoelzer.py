"""Truth for hoelzer-lab's 'A paper per day' page (held out, issue 26).

Entries: (a) each `## YYYY-MM-DD, _topics_` section: one paper, cited as a Google-Scholar
MLA link `[Authors. "Title." Journal (Year).](url)` with a BibTeX box and notes; the entry
runs from the heading to the section's last line; (b) each bullet of the '# ToDo list'
(`* Title` with URL sub-bullets); 'NanoPlot' names a tool, so its title is null.  Title: the quoted title of the
citation (its closing period dropped), the link text where the citation is only a title,
or the ToDo bullet text (a final period dropped).  Ids from the citation line / the bullet's own URL lines.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "hoelzer__hoelzer-lab.github.io___data__papers@29a88ef.md"


def sections(lines: list[str]) -> list[dict[str, object]]:
    out = []
    for i, line in enumerate(lines, 1):
        if not line.startswith("## "):
            continue
        end = i
        for j in range(i, len(lines)):
            if lines[j].startswith("#"):
                break
            if lines[j].strip():
                end = j + 1
        cite = next(x for x in lines[i:end] if x.startswith("["))
        m = re.match(r"\[(.*)\]\(([^)]*)\)", cite)
        assert m
        q = re.search(r'"(.+)"', m.group(1))
        title = q.group(1).rstrip(".") if q else m.group(1)
        out.append(paper(i, end, clean(title), cite))
    return out


def todo(lines: list[str]) -> list[dict[str, object]]:
    out = []
    start = lines.index("# ToDo list") + 1
    for i in range(start + 1, len(lines) + 1):
        line = lines[i - 1]
        if not line.startswith("* "):
            continue
        end = i
        while end < len(lines) and re.match(r"\s+\* ", lines[end]):
            end += 1
        title = None if line[2:].strip() == "NanoPlot" else clean(line[2:]).rstrip(".")
        out.append(paper(i, end, title, "\n".join(lines[i - 1:end])))
    return out


def main() -> None:
    lines = lines_of(NAME)
    papers = sections(lines) + todo(lines)
    write(
        NAME,
        "Each '## date, topics' section (one paper, MLA citation link) and each ToDo bullet naming a paper is an "
        "entry; title = the quoted MLA title / the link text / the bullet text (null for the tool name 'NanoPlot')"
        "; ids from the citation or the bullet's URL lines.",
        "all entries against the file (all 11 sections and every ToDo bullet).",
        papers,
    )


if __name__ == "__main__":
    main()
