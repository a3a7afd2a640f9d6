"""Wild24 truth for ZhiningLiu1998/awesome-imbalanced-learning README_CN.md (the Chinese version).

The Chinese README of an awesome list on class-imbalanced learning: the introduction, notes and
the table of contents are Chinese, every heading is bilingual ('集成学习 | Ensemble Learning',
'过采样 | *Over-sampling*'); the paper records and their notes stay English.

Shape: after ~75 lines of HTML (logo, badges, a table of the author's projects) and a commented-out
news block, '# 框架与库 | Frameworks and Libraries' lists software (lines 142-170), then
'# 研究论文 | Research Papers' (lines 172-463) lists papers, then '# 杂项 | Miscellaneous' (datasets
table, GitHub repositories, paper lists, slides) and the contributors table.  Paper records are
bullets (indented 0 or 2 spaces) of two kinds:
 - classic methods, bold over the whole line: '- **Name or Title (Venue, Year, N+ citations)
   [[**Paper**](url)][[**Code**](url)]** - expansion', sometimes with a '> **NOTE:**' line and
   code-only sub-bullets naming implemented variants;
 - deep-learning papers, plain: '- Title (Venue Year[, N+ citations]) [[**Paper**](url)][[**Code**](url)]
   [- description]'.
Entries: every bullet of the Research Papers part that links a '[[**Paper**]...' (93).  Title =
the text before the parenthesised venue/year group.  Records that name a method only by its short
name (Self-paced Ensemble, AdaBoost, DataBoost, SMOTEBoost ... SMOTE, ADASYN, CNN, ENN, TomekLink,
NearMiss-1 & 2 & 3, CNN with TomekLink, CSC4.5, CSSVM, CSNN: 34 lines in NICKNAMES) have title
null: the expansion after ' - ' is the list's description of the method, not the paper's title.
'Isolation Forest' (line 458) and 'MESA: ...' (193) are the papers' own titles.
Not entries: the software records (imbalanced-ensemble, imbalanced-learn and KEEL link a
'[[Paper]]' beside their docs, but their subject is the library), the two method bullets with
code only (ROS line 245, RUS line 266), the code-only sub-bullets (198-199, 227-229, 291-292),
the English note sub-bullets of the surveys (177, 180, 183), the Chinese category bullets of the
anomaly-detection part (446, 452), everything under 杂项 (datasets, GitHub repositories, other
paper lists, slides).  MESA (193, 369) and 'Semi-Supervised Graph Imbalanced Regression' (324,
434) are listed twice: separate entries.
Ids: arXiv pdf/abs links; DOIs from dl.acm.org (320), MIT Press (282), Springer (442) and two
sci-hub URLs that write the DOI literally (176, 300); the CiteSeerX 'doi=10.1.1.649.8727' query
of line 284 is a CiteSeerX id, not a DOI (null; asserted).
Count check: 107 bullets between the Research Papers and Miscellaneous headings = 93 entries + 14
non-entries (3 survey notes, 7 code-only sub-bullets, ROS, RUS, 2 category bullets); 34 null titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "ZhiningLiu1998__awesome-imbalanced-learning__README_CN@2d45e1e.md"
PART = "wild24_development"
NICKNAMES = {190, 205, 207, 209, 211, 213, 215, 217, 219, 224, 234, 236, 238, 247, 249, 251, 253, 255,
             257, 259, 268, 270, 272, 274, 276, 278, 280, 282, 284, 294, 296, 300, 302, 304}
NOT_DOI = {284}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# 研究论文 | Research Papers") + 1
    stop = lines.index("# 杂项 | Miscellaneous") + 1
    papers = []
    bullets = 0
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not re.match(r"\s*- ", text):
            continue
        bullets += 1
        if "[[**Paper**]" not in text:
            continue
        m = re.match(r"\s*- (?:\*\*)?(.+?) \(([^()]*\d{4}[^()]*)\) ?\[\[\*\*Paper\*\*\]", text)
        assert m, i
        end = i + 1 if lines[i].strip().startswith("> **NOTE:**") else i
        p = entry(lines, i, end, None if i in NICKNAMES else m.group(1))
        if i in NOT_DOI:
            assert p["doi"] is None, (i, p["doi"])
        papers.append(p)
    assert all(any(p["line"] == n for p in papers) for n in NICKNAMES)
    assert bullets == 107, bullets
    assert len(papers) == 93, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 34
    write_truth(NAME, PART, papers,
                "every bullet of the Research Papers part that links a '[[**Paper**]' is an entry, title = the text"
                " before its '(venue, year, citations)' group; 34 classic-method records that give only the method's"
                " short name have title null; libraries, code-only bullets, notes and the Miscellaneous part are not"
                " entries",
                "every record of the Research Papers part read against the -v output (titles, the 34 nickname"
                " records, the duplicates); the library section and Miscellaneous part read to confirm no paper"
                " records; DOIs of lines 176, 282, 284, 300, 320, 442 and about 20 arXiv ids checked on their lines")


if __name__ == "__main__":
    main()
