"""Wild7 truth for YuyangZhangFTD/awesome-RecSys-papers MyReadingList.md: a recommender-systems /
operations-research student's weekly reading log (2017-10 to 2018-04).

Shape: '## yyyy-mm-dd ~ yyyy-mm-dd' week headings, each over '- ' bullets of copied Google Scholar
citations in mixed styles, most ending in '[[pdf]](url)':
- MLA: 'Surname, First, et al. "Title." Venue (Year).[[pdf]](url)' - title = the quoted text;
- GB/T 7714: 'Surname I, Surname I, et al. Title[C]//Venue, year.' or '...Title[J]. Venue' - title
  = the text between the authors' closing '. ' and the '[C]'/'[J]' tag;
- a few one-offs: ACM style 'Names. 2018. Title. In Proceedings ...' (line 131), a thesis
  'Wang, Zizhuo. Title. Diss. ...' (211), 'Names. Title. KDD2017.' (259), an APA-like
  'Friedman, J. H., Hastie, T. and Tibshirani, R. Title. Journal ...' (246), a bare title before
  '[[pdf]]' (100).
Some bullets start with a '`*`' tag (skimmed papers) or a stray 'MLA\t' (line 119), both dropped; a
stray 'APA' after a venue (line 141) is outside the title.  Three bullets wrap over indented
continuation lines (252-253, 269-271, 272-274): one entry over all its lines.  Every bullet is an
entry except the two empty placeholders '- [[pdf]](1)' (lines 24-25).  Papers read twice (the
YouTube system, PMF, online CF, Elmaghraby, libFM...) are separate entries.  The week note 'Happy
Chinese New Year! :P' is not an entry.
Ids: arXiv ids from the bullet's own lines (the pdf links, 'arXiv:' text); DOIs from doi-bearing
publisher URLs (SAGE, INFORMS).  The delivery.acm.org link of line 259
('delivery.acm.org/10.1145/3100000/3098175/p1893-lou.pdf') is a storage path, not a DOI: no DOI.
Counts: 129 '- ' bullets (grep) less 2 placeholders = 127 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "YuyangZhangFTD__awesome-RecSys-papers__MyReadingList@0a7882a.md"
PART = "wild7_development"

SPECIAL = {
    100: "Clearance Pricing Optimization for a Fast-Fashion Retailer",
    131: "OpenRec: A Modular Framework for Extensible and Adaptable Recommendation Algorithms",
    211: "Dynamic Learning Mechanisms in Revenue Management Problems",
    246: "Regularized Paths for Generalized Linear Models via Coordinate Descent",
    259: "BDT- Boosting Decision Tables for High Accuracy and Scoring Efficiency",
}


def title_of(first: int, text: str) -> str:
    if first in SPECIAL:
        assert SPECIAL[first] in text, first
        return SPECIAL[first]
    m = re.search(r'"([^"]+)"', text)
    if m:
        return m.group(1)
    body = re.sub(r"^-\s+(?:`\*`\s*)?", "", text)
    m = re.match(r"(.+?)\.\s+(.+?)\[[CJ]\]", body)
    assert m, (first, text)
    return m.group(2)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_week = False
    i = 1
    n = len(lines)
    while i <= n:
        text = lines[i - 1]
        if text.startswith("## "):
            in_week = bool(re.match(r"## 20\d\d-", text))
        if in_week and text.startswith("- "):
            last = i
            while last < n and lines[last].startswith("  ") and lines[last].strip():
                last += 1
            if re.fullmatch(r"- \[\[pdf\]\]\(1\)", text.strip()):
                i = last + 1
                continue
            joined = " ".join(x.strip() for x in lines[i - 1 : last])
            papers.append(entry(lines, i, last, title_of(i, joined)))
            if "delivery.acm.org/10.1145/3100000/" in joined:  # a storage path, not a DOI
                papers[-1]["doi"] = None
            i = last + 1
            continue
        i += 1
    assert sum(1 for x in lines if x.startswith("- ")) == 129
    assert len(papers) == 127, len(papers)
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(252, 253), (269, 271), (272, 274)]
    write_truth(
        NAME, PART, papers,
        "every '- ' bullet under a week heading is an entry (continuation lines included), except the two"
        " empty '[[pdf]](1)' placeholders; title = the quoted MLA title, else the GB/T text before '[C]'/'[J]',"
        " else the title of five one-off styles; '`*`' and 'MLA' prefixes dropped",
        "all 127 titles read against the file (every GB/T entry, the five one-offs, the three wrapped"
        " bullets, the `*` and MLA prefixes, the quoted titles ending in '.' or '?'); bullet count by grep"
        " (129) less the two placeholders",
    )


if __name__ == "__main__":
    main()
