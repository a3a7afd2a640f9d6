"""Wild14 truth for dengjianyuan/Survey_AI_Drug_Discovery README (drug discovery / medicinal chemistry).

Shape: a survey companion.  After a title, a paragraph linking the survey, the survey's own
BibTeX block and a table of contents ('- [Reviews and Perspectives](#review)'), five '###'
sections with '<b>1.1 ...</b>' sub-sections (anchors '<a name=... />' above them), '<i>Task*: ...</i>'
and '<i>Side Note: ...</i>' labels, and one bullet per paper:
'- Title (Venue Year) [[Paper]](url) [[Code]](url) (Techs - ...)'.  The venue parenthesis may hold a
nickname ('(aka: GENTRL; Nat Biotechnol 2019)'), be written with full-width brackets
('（aka: ReLeaSE; Sci Adv 2018）'), or lack a year ('(ChemRxiv)').  The database sub-section puts
the database name first: '- <b>DrugBank</b> --- DrugBank 5.0: ... (Nucleic Acids Res 2018) [[Paper]]...',
and two side notes put a category first: '- <b>Value-based</b>   Playing Atari with ...'.

Entry: every bullet with a '[[Paper]]' link (272), and the one bullet naming a workshop paper with
only a '[[Talk]]' link ('Evidential Deep Learning for Guided Molecular Property Prediction and
Discovery (NeurIPS 2020 Workshop)'), whose subject is that paper: 273.  Not entries: the table of
contents, the survey's own BibTeX and intro link (list boilerplate), and the three quoted press
releases under 'Side Notes: Successful Applications' ('[[Link]]' to company news).  Kept as
listed papers: a journal interview (Expert Opin Drug Discov 2021) and the KDD 2021 tutorial paper
(ACM DL DOI).  The same paper
in two sections (e.g. ReLeaSE, lines 291 and 494) is an entry each time.  Title: the bullet's
text before the venue parenthesis that directly precedes '[[Paper]]'/'[[Talk]]', after dropping
a '<b>Name</b> --- ' database prefix or a '<b>Category</b>   ' prefix; parentheses inside titles ('Molecular Sets (MOSES): ...')
are kept.

Counts: grep '[[Paper]]' = 272 lines, all bullets, one per line; 281 bullets = 5 TOC + 3 press
releases + 1 talk + 272.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "dengjianyuan__Survey_AI_Drug_Discovery__README@0b41945.md"
BULLET = re.compile(r"- (?:<b>[^<]+</b>\s*(?:---)?\s*)?(.*?)\s*[(（][^()（）]*[)）]\s*\[\[(?:Paper|Talk)\]\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = BULLET.match(text)
        if not m:
            skipped.append(i)
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(skipped) == 8, skipped  # 5 table-of-contents bullets, 3 press releases
    assert all(lines[i - 1].startswith("- [") or "[[Link]]" in lines[i - 1] for i in skipped)
    assert sum(1 for t in lines if "[[Paper]]" in t) == 272
    assert len(papers) == 273, len(papers)
    write_truth(
        NAME, "wild14_development", papers,
        "every '- Title (Venue Year) [[Paper]]' bullet is an entry (plus one workshop paper linked only by"
        " [[Talk]]), title = text before the venue parenthesis (ASCII or full-width) preceding the link,"
        " without a '<b>DB</b> --- ' or '<b>Category</b>' prefix; TOC, the survey's own BibTeX and three press-release bullets"
        " are not entries",
        "counts by grep (272 [[Paper]] lines, 281 bullets = 5 TOC + 3 news + 1 talk + 272); all titles"
        " listed with -v and read against the file, with the full-width and '(aka: ...)' venues, the"
        " '(ChemRxiv)' venue without year, database-name prefixes and titles holding parentheses",
    )


if __name__ == "__main__":
    main()
