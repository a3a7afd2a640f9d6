"""Open truth (batch 3) for YuriNakayama/research resources-uplift-marketing-pooling.md: a Japanese research log.

A machine-assisted literature gathering report (in Japanese) on uplift modelling and data pooling:
parameters, summary tables of counts, prose, then five tables (C1-C5) with one paper per row,
'| # | [Title](arxiv url) | Authors | Year | Venue | Japanese summary |', numbered 1-74.  Titles
are English (the file gives no translation); some carry an abbreviation in parentheses the list
added ('(EFIN)', '(UK Retail)'), kept since it is written in the link text.  Decisions:
- the 74 table rows are entries, title = the linked text of the title cell;
- the blockquote on line 149 ('C5 補助サーベイ: [Title](arxiv url)（authors, 2025）— note') names one
  supplementary survey with its link: an entry too;
- the five rejected candidates named in prose on line 155 (not adopted, ids said to be unverifiable)
  and the 'next steps' bullets (lines 161-166, which refer back to rows by number and short
  names) are not entries; nor are the count tables at the top.
Row 46 links aeaweb.org '?id=10.1257/pandp.20191003', a DOI; every other row links arxiv.org/abs.
"""
import re

from _open import Open

NAME = "YuriNakayama__research__research__runs__uplift_marketing__gather__20260712__all__resources-uplift-marketing-pooling@aeff74b.md"


def main() -> None:
    t = Open(NAME)
    rows = 0
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\| (\d+) \| \[(.+?)\]\((https?://[^)]+)\) \|", text)
        if m:
            rows += 1
            assert int(m.group(1)) == rows, i
            t.add(i, i, m.group(2))
    assert rows == 74
    m = re.match(r"> C5 補助サーベイ: \[(.+?)\]\(", t.line(149))
    t.add(149, 149, m.group(1))
    t.write("every numbered paper row (#1-#74) of the five tables is an entry, title = the linked text of the"
            " title cell; plus the supplementary survey linked in the blockquote of line 149; the rejected"
            " candidates in prose and the next-step bullets are not entries",
            "every line of the file: the 74 rows (numbers 1-74 in order, titles, arXiv ids, the aeaweb DOI of"
            " #46), the blockquote survey, the prose of lines 155 and 161-166 left out: 75 entries")


if __name__ == "__main__":
    main()
