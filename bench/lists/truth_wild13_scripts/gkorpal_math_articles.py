"""Wild13 truth for gkorpal/gkorpal.github.io _reading/article-list.md: a mathematician's list of recommended articles.

Shape: a Jekyll page; prose, then '# Applied Mathematics' and '# Pure Mathematics', each with
'## Expository' and '## Research' (23 + 42 + 49 + 11 bullets).  Every '* ' bullet under those
headings is one article in AMS style with no quotes around the title:
'* A. Author, B. Author, and C. Author, Title, _Journal_ **vol** (year), no. N, pages. doi:[10.x](url), [Stable URL](url) \\[note\\]'.
Every such bullet is an entry (125); its lines = the bullet's one line.  Title = the text between
the author list (names that begin with initials, joined by ', ', ' and ' or ', and'; one list
followed by '(with an appendix by ...)') and the venue: the first ', _' or '. _' (italic venue;
some titles end with '.' before the venue, one with '?,' and the Nymann one with '. II.'), or for
the three bullets without an italic venue ', Invent. Math.', ', J. London Math. Soc.', ', preprint'.
Titles are kept as written, with commas (the two ACM Queue subtitles), a parenthesised part
('(or cryptograpy and ...)', '(Corresp.)', '(Part 1)') and TeX math ('$\\pi$', '$\\mathbb{Q}$').
One title (line 179) writes '$\\mathbb{F}\\_{p}$': the Markdown escape '\\_' is read as '_'
('$\\mathbb{F}_{p}$'); cleaning the whole line instead pairs that underscore with the '_Adv. Math.
Commun._' italics and drops it, so a check of that title against the cleaned line fails.
The id is the first DOI the line writes (link text 'doi:[10...]' or URL); bullets with only a
JSTOR/'Stable URL' link have none; one gives an arXiv link.  Not entries: the two-level table of
contents bullets, links in the prose paragraphs (an ACM report, Appel's 1992 paper, magazines).
Counts: 125 = grep -c '^\\* ' (127) minus the 2 top-level TOC bullets; per section asserted.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "gkorpal__gkorpal.github.io___reading__article-list@dd876ce.md"
PART = "wild13_development"

NAME_RE = r"(?:[A-Z]\.-?\s?)+[^,()]+?"
AUTHORS = re.compile(rf"\* ({NAME_RE}(?:(?:,? and |, ){NAME_RE})*)(?: \(with an appendix by [^)]*\))?,\s+(.+)$")
VENUE = re.compile(r"[,.]\s+_|, (?:Invent\. Math\.|J\. London Math\. Soc\.) \*\*|, preprint \(")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Applied Mathematics") + 1
    papers = []
    counts: list[int] = []
    for i, text in enumerate(lines, 1):
        if i < start:
            continue
        if text.startswith("## "):
            counts.append(0)
            continue
        if not text.startswith("* "):
            continue
        m = AUTHORS.match(text)
        assert m, i
        rest = m.group(2)
        v = VENUE.search(rest)
        assert v, i
        title = rest[: v.start()] + ("." if rest[v.start()] == "." else "")
        counts[-1] += 1
        papers.append(entry(lines, i, i, title))
    assert counts == [23, 42, 49, 11], counts
    assert len(papers) == 125
    write_truth(NAME, PART, papers,
                "every '* ' bullet under the four Expository/Research sections is an entry (125 AMS-style references),"
                " title = the text between the initials-first author list and the venue (', _Journal_' or '. _Journal_',"
                " or a plain 'Invent. Math.' / 'J. London Math. Soc.' / 'preprint'), kept with commas, parentheses and"
                " TeX math; DOI = the first the line writes; the table of contents and prose links are not entries",
                "all 125 titles read against the file (authors cut correctly for 'J.L.', 'G.-J. Lay, and', 'van der"
                " Waerden', 'M. Ram Murty', 'D’Alessandro', the appendix note), the titles with inner commas, '?', '. II',"
                " parentheses and TeX, the three bullets without italic venue; per-section counts 23/42/49/11 asserted")


if __name__ == "__main__":
    main()
