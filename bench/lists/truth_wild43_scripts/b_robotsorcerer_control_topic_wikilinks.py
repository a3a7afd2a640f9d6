"""Wild43 truth for robotsorcerer/PapersWiki wiki/topics/control.md: a robotics/control researcher's Obsidian paper
notes vault, compiled by the owner's script from Google Scholar alert e-mails; this is the "CONTROL" category note
listing the papers filed under it (newest first by year).

Shape (54 lines): "# Category: CONTROL", a sentence ("... 45 paper(s), classified from title + snippet keywords."),
"## Papers", then 45 one-line bullets "- [[papers/<note>|Title]] (Year) — [[topics/<slug>|Topic]], ..." and a
"---" rule with an italic "Compiled by ..." footer.  The note name is an arXiv-style number ("papers/2603.02642")
or a slug cut at 60 characters ("papers/pdf-explicit-safety-filters-for-linear-systems-dynamical-pro"); the alias
after "|" is the paper title, with Google Scholar's "(PDF) " file-type label in front of 4 titles (8, 39, 40, 49);
the year in parentheses is missing on the last three bullets (49-51); every bullet ends with one to three topic
wiki-links (the vault's topic notes, not papers).

Decisions:
- Entry = each "- [[papers/" bullet (45), one line each; the topic wiki-links after the dash, the header sentence and
  the footer are not entries.
- Title = the wiki-link alias, without the "(PDF) " label (a file-type tag of the alert, like "[pdf]").
- Ids: none recorded.  The numeric note names (e.g. "papers/2603.02642") are the vault's file names, not an arXiv
  URL, "arXiv:" text or DOI, so by the held-out convention no arXiv id is written; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "robotsorcerer__PapersWiki__wiki__topics__control@b85d8f1.md"
PART = "wild43_development"

ITEM = re.compile(
    r"^- \[\[papers/(?P<note>[^|\]]+)\|(?P<title>[^\]]+)\]\](?: \((?P<year>\d{4})\))? — \[\[topics/[^\]]+\]\]"
    r"(?:, \[\[topics/[^\]]+\]\])*\s*$"
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    labelled = []
    for n, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = ITEM.match(text)
        assert m, (n, text)
        title = m.group("title")
        if title.startswith("(PDF) "):
            labelled.append(n)
            title = title[len("(PDF) "):]
        papers.append(entry(lines, n, n, title))
    assert labelled == [8, 39, 40, 49], labelled
    assert len(papers) == 45, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [[papers/<note>|Title]] (Year) — [[topics/..]]' bullet is a one-line entry; title = the wiki-link"
        " alias without Google Scholar's '(PDF) ' label; topic links, header and footer are not entries; the numeric"
        " note names are vault file names, so no arXiv ids are recorded; no DOIs (45).",
        "Whole file read (54 lines) against the -v output: 45 bullets matching the count the file states, the"
        " '(PDF) ' labels removed on 8, 39, 40, 49, the year-less bullets 49-51, titles with commas and colons kept"
        " whole (17 'Safe, Real-Time ...', 47 'Advances in Contraction Theory ...'), the topic wiki-links not taken"
        " into titles, and no ids from the 'papers/26xx.xxxxx' note names.",
    )


if __name__ == "__main__":
    main()
