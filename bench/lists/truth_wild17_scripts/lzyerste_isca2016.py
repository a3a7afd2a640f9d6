"""Wild17 truth for lzyerste/wiki2 en/pages/research/conference/ISCA/ISCA_2016.md: a dblp table of contents of ISCA 2016 copied into a personal wiki.

Shape: a first bullet naming the proceedings volume ('- 43rd ACM/IEEE Annual International
Symposium ..., ISBN ...': the book itself, not a paper, so not an entry), then '## Session ...'
headings (19), and under them one two-line bullet per paper: '- [Author](dblp person url), ...:'
(every author linked to dblp, the authors separated by ',' and a no-break space) and an indented continuation line '  Title.\u00a0first-last' (the page
range after the title's final '.' and a no-break space).  The wiki's owner bolded 15 titles ('  **Title**. 27-39').
Every such bullet is an entry on its two lines; title = the continuation line without the page
range and the separating '.', bold unwrapped.  Two neighbouring papers ('Efficient Intra-SM
Slicing ...' and 'Warped-Slicer: Efficient Intra-SM Slicing ...') are separate dblp records and
both kept.  No links to papers: no arXiv id, no DOI.
Counts: 58 lines start '- [' (the proceedings bullet starts '- 43rd'), 58 indented title lines follow
them one for one: 58 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "lzyerste__wiki2__en__pages__research__conference__ISCA__ISCA_2016@2e9f61d.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- ["):
            assert not text.startswith("  ") or LINES[i - 2].startswith("- ["), i
            continue
        assert re.fullmatch(r"- (\[[^\]]+\]\(http://dblp2?\.uni-trier\.de/pers/[^)]+\)(,[ \u00a0])?)+:", text), i
        nxt = LINES[i]
        m = re.fullmatch(r"  (.+?)\.\u00a0(\d+)-(\d+)", nxt)
        assert m, i
        papers.append(entry(LINES, i, i + 1, m.group(1)))
    assert len(papers) == 58, len(papers)
    assert sum(1 for ln in LINES if ln.startswith("## Session")) == 19
    write_truth(NAME, "wild17_development", papers,
                "every two-line dblp bullet ('- [Author](dblp), ...:' then '  Title. pages') is an entry on its two lines,"
                " title = the continuation line without its page range (bold unwrapped); the proceedings-volume bullet"
                " on line 1 is the book, not an entry",
                "58 author bullets = 58 indented title lines (grep), 19 session headings, every title by eye against"
                " the file (15 bold ones, 'Warped-Slicer' next to its near-duplicate, titles ending in ')' or a"
                " name with '.'), no id in the file")


if __name__ == "__main__":
    main()
