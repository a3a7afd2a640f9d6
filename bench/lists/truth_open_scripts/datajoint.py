"""Open truth (batch 3) for datajoint/datajoint-docs src/about/publications.md: the publications that used
DataJoint, one '+ ' bullet per paper under year headings (2026 back to 2014).

Each bullet is an APA-style reference: 'Authors (year). [Title](url). *Journal*, volume, pages.'
The title is the link text.  Links are doi.org (several 10.48550/arXiv DOIs, which give the arXiv
id too), eLife reviewed preprints, and publisher pages (Cell, Nature, ScienceDirect pii) that name no
DOI.  The introduction's link to the citation page is not an entry.
"""
import re

from _open import Open

NAME = "datajoint__datajoint-docs__src__about__publications@3183071.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("+ "):
            continue
        m = re.search(r"\)\.\s*\[([^\]]+)\]\(", text) or re.search(r"\[([^\]]+)\]\(", text)
        assert m, i
        t.add(i, i, m.group(1))
    t.write("every '+ ' reference bullet under the year headings is an entry; title = its link text",
            "all 64 bullets one by one (title = link text, DOI from the doi.org link, arXiv id from the"
            " 10.48550/arXiv DOIs, no id for the Cell/Nature/ScienceDirect/eLife page links); the"
            " introduction has no entry")


if __name__ == "__main__":
    main()
