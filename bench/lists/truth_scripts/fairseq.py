"""Truth for facebookresearch/fairseq's README (held out, issue 26; a project README, not a list).

Entries: the items of 'List of implemented papers' (`+ [Title (Authors, Year)](example)` or
plain `+ Title (Authors, Year)`) and the paper items of 'Pre-trained models and examples'
(`* [Title (Authors, Year)](example)`).  Not entries: news items, features (one cites a paper
inline), the Translation/Language Modeling example bullets and fairseq's own citation BibTeX.
Title: the item text without the trailing '(Authors, Year)'.
"""

from __future__ import annotations

import re

from _heldout import clean, lines_of, paper, write

NAME = "facebookresearch__fairseq__README@3d262bb.md"


def main() -> None:
    lines = lines_of(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not (20 <= i <= 70 or 196 <= i <= 219):
            continue
        m = re.match(r"\s*[+*] (?:\[(.+)\]\(([^)]+)\)|([^\[*].*))\s*$", line)
        if not m:
            continue
        text = m.group(1) or m.group(3)
        if not re.search(r"\([^()]*\d{4}\)\s*$", text):
            continue
        title = re.sub(r"\s*\([^()]*\d{4}\)\s*$", "", text)
        papers.append(paper(i, i, clean(title), line))
    write(
        NAME,
        "Items '+ [Title (Authors, Year)](...)' of the implemented-papers list and '* [Title (Authors, Year)](...)' "
        "paper items of the examples list are entries; news, features, example bullets and the own citation are "
        "not; title = item text without '(Authors, Year)'.",
        "all entries against the file, and the What's New / Features bullets left out.",
        papers,
    )


if __name__ == "__main__":
    main()
