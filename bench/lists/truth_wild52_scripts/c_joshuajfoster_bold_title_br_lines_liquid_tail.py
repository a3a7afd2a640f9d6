"""Wild52 truth for joshuajfoster/joshuajfoster.github.io _pages/publications.md: the hand-written publications page of
a cognitive neuroscientist's academicpages (Jekyll) site (EEG alpha-band activity, attention, working memory), newest
commit holding the file (3fa28f4, 2021-06-15).

Shape: 56 lines, 4.9 KB.  Front matter (1-6), an equal-contribution legend ``\\* indicates ...`` (8), ``## Preprints``
(10) with one paper (12), ``## Publications (peer-reviewed)`` (14) with 14 papers (16-42, odd lines, blank lines
between).  Every paper is ONE line joined by ``<br/>``: ``**Title**<br/>Authors (Year). *Venue*.<br/>[pdf](url) \\|
[data and code](https://osf.io/...)``; authors are ``Surname II`` (``Sutterer DW\\*, Foster JJ\\*`` escaped stars 26,
42), years ``(2021)`` or ``(in press)`` (20).  Five blank lines (43-47), then the academicpages template's Liquid
tail (48-56: Google Scholar ``{% if %}`` and a ``{% for post in site.publications %}`` loop; the repository has no
``_publications/`` files, so it renders nothing).

Special cases:
- 20 is a handbook chapter (``*Oxford Handbook of Human Memory* (Eds: MJ Kahana & AD Wagner)``): a research work,
  an entry.
- PDF links hold raw spaces and ``&`` (``.../files/papers/Foster et al_2021_JNeurosci.pdf``,
  ``Foster & Adam_2014_JNeurosci.pdf``); the ``\\|`` separators are escaped pipes.
- Only id: the bioRxiv DOI of the preprint (12, ``/content/10.1101/2021.02.16.431528v1``); PsyArXiv (20) and
  self-hosted PDFs give none.

Decisions:
- Entry = every ``**Title**<br/>...`` line under the two headings (15); title = the bold text before the first
  ``<br/>``.
- Not entries: the legend, headings, the OSF data-and-code links, the Liquid tail.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "joshuajfoster__joshuajfoster.github.io___pages__publications@3fa28f4.md"
PART = "wild52_development"

PAPER = re.compile(
    r"^\*\*(?P<title>[^*]+)\*\*<br/>(?P<authors>[^<]+)\((?:\d{4}|in press)\)\.? \*[^*]+\*.*<br/>\[(?:pdf|preprint)\]"
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            heads.append((n, ln))
            continue
        if ln.startswith("**"):
            m = PAPER.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
    assert heads == [(10, "## Preprints"), (14, "## Publications (peer-reviewed)")], heads
    assert len(papers) == 15, len(papers)
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [12] + list(range(16, 43, 2)), sorted(t)
    assert (t[12]["title"], t[12]["doi"]) == (
        "Shared long-term and short-term memory representational formats in occipital and parietal cortex",
        "10.1101/2021.02.16.431528"), t[12]
    assert t[20]["title"] == "Working memory as persistent neural activity", t[20]
    assert t[42]["title"] == "Is feature-based attention always spatially global during visual search?", t[42]
    assert sum(1 for p in papers if p["doi"] or p["arxiv"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        "Every '**Title**<br/>Authors (Year). *Venue*.<br/>[pdf](...)' line under '## Preprints' (1) and"
        " '## Publications (peer-reviewed)' (14) is an entry, 15; title = the bold text before the first <br/>;"
        " the handbook chapter (20) counts; legend, headings, OSF data links and the empty Liquid tail are not"
        " entries.",
        "Read all 56 lines; compared -v for all 15 entries (12, 16-42): titles with '?' and ':' kept, escaped"
        " equal-contribution stars in the author part untouched, the 'in press' chapter 20, the one id (bioRxiv DOI of"
        " 12, version suffix dropped); PDF URLs with spaces/'&' give no ids.",
    )


if __name__ == "__main__":
    main()
