"""Wild5 truth for changukshin/Awesome-Korean-NLP-Papers README.md: an awesome list of Korean-language NLP
papers (mostly Korean titles from KIISE/HCLT/KCC venues, some English ones).

Shape: English prose and an index, a 'Conference and Journal List' table (venues, not entries), then one
'## Task' (or '### ETRI dataset' / '### Other dataset') section per task, each a table '| Date | Conference
/Journal | Paper | Metric | ... |'.  The Paper cell is either a link '[title](url)' or plain text; many titles
are broken inside the link text with '<br />' ('[기분석 부분 어절 사전을 활용한<br />한국어 형태소 분석기](url)'),
one link has no scheme ('www.dbpia.co.kr/...').  Rows without a date continue the previous venue.  Links go to
DBpia, KIISE PDFs, Google Docs viewer copies of HCLT papers, Google redirect URLs, KISTI, Naver blog posts
that host the paper list, ScienceDirect, the ACL Anthology.

Entry: every row of the task tables (190), including the master's theses (석사학위논문) and the papers under
'Tools' and 'Dataset' (papers describing a tagging tool and corpora).  Title: the Paper cell text, '<br />'
read as a space, as written (Korean kept, no translation).
Count check: rows per section (awk, header and separator rows left out) 20, 19, 7, 17, 18, 7, 13, 14, 14, 3,
22, 5, 3, 4, 4, 4, 1, 2, 5, 1, 1, 1, 1, 1, 1, 2 = 190.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "changukshin__Awesome-Korean-NLP-Papers__README@7da4eeb.md"
PART = "wild5_development"
PER = [20, 19, 7, 17, 18, 7, 13, 14, 14, 3, 22, 5, 3, 4, 4, 4, 1, 2, 5, 1, 1, 1, 1, 1, 1, 2]


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## POS Tagging and Morpheme Analysis")
    papers = []
    per: list[int] = []
    width = 0
    for i, text in enumerate(lines, 1):
        if i <= start:
            continue
        if text.startswith(("## ", "### ")):
            per.append(0)
            continue
        if not text.startswith("| "):
            continue
        row = cells(text)
        if row[0] == "Date":
            width = len(row)
            assert row[2] == "Paper", i
            continue
        if re.fullmatch(r"-+", row[0]):
            continue
        assert len(row) == width, (i, row)
        paper = row[2]
        m = re.fullmatch(r"\[(.+)\]\((\S*)\)", paper)
        title = m.group(1) if m else paper
        assert title and "](" not in title, i
        per[-1] += 1
        papers.append(entry(lines, i, i, title))
    per = [n for n in per if n]  # the '## Named Entity Recognition' heading holds only its two subsections
    assert per == PER, per
    assert len(papers) == 190
    write_truth(NAME, PART, papers,
                "every row of the per-task tables is an entry (theses and the Tools/Dataset papers included; the venue"
                " table is not), title = the Paper cell's link text or plain text with '<br />' read as a space",
                "rows counted per section with awk (190) and by the script; all titles of Semantic Role Labeling,"
                " Sentiment Analysis, Dialogue Management and the last nine sections read against the file, and a"
                " sample of 20 elsewhere; '<br />' breaks, plain-text rows, dateless continuation rows looked at")


if __name__ == "__main__":
    main()
