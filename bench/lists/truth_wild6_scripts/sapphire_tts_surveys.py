"""Wild6 truth for SapphireLab/Sapphire-TTS-Collection ToC/Surveys.md: a Chinese index of survey
papers on speech synthesis, audio and speech language models (one Markdown table).

Shape: a Chinese heading ('综述文章目录'), then one table with the columns 编号 (an id 'S<yyyymmdd>',
four of them linked to a local notes page), 初版时间 / 更新时间 (first and updated dates), 标题 (the
title as plain text, two titles broken by '<br>'), 网页 (links labelled with a host and a citation
count: '[DOI:63](https://doi.org/...)', '[ArXiv:509](https://arxiv.org/abs/...)', '[Book:352](...)',
'[Academia:195](...)', '[Github](...)', several per cell joined by '<br>'), 机构 (institutions in
Chinese with a country code, absent from three rows) and 标签 (a tag, filled in one row).  A
'注：' bullet list of country codes closes the file.

Entry: every table row below the header (one line each); all 50 rows are surveys, reviews or
overview papers.  Title: the 标题 cell ('<br>' read as a space by the helper).  The two rows whose
links include a Springer book DOI are still entries: 'Deep Learning Techniques for Music Generation
-- A Survey' is an arXiv survey (its first link) later published as a book, and 'Deep Generative
Models for Musical Audio Synthesis' and 'Deep Learning for Audio and Music' are book chapters
(scholarly works).  Ids come from the row's own links: the first arXiv link gives the arXiv id and
the first doi.org link the DOI (rows with an ArXiv and a DOI link carry both; a Springer book DOI
counts as written).  The country-code notes are not entries.

Counts: 52 lines starting '| ' = header + separator + 50 rows; ids S19851105 ... S20250226 all
distinct.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "SapphireLab__Sapphire-TTS-Collection__ToC__Surveys@f12a23d.md"
PART = "wild6_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    ids = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("| ") or i <= 4:
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        m = re.fullmatch(r"\[?(S\d{8})\]?(?:\(\.\./Surveys/S\d{8}\.md\))?", cells[0])
        assert m, (i, cells[0])
        ids.append(m.group(1))
        assert re.fullmatch(r"\d{4}\.(\d\d|\?\?)\.(\d\d|\?\?)", cells[1]), (i, cells[1])
        title = cells[3]
        assert title and "](" not in title, (i, title)
        assert cells[4].startswith("["), (i, cells[4])
        papers.append(entry(lines, i, i, title))
    assert lines[2].startswith("| 编号 | 初版时间 | 更新时间 | 标题 | 网页 |")
    assert len(papers) == 50 == len(set(ids))
    assert sum(1 for t in lines if t.startswith("| ")) == 52
    write_truth(NAME, PART, papers,
                "every row of the survey table is an entry (one line); title = the plain-text 标题 cell ('<br>' as a"
                " space); ids from the row's 网页 links; the header, separator and country-code notes are not entries",
                "rows counted (52 table lines minus header and separator = 50, ids all distinct), every title checked"
                " by eye against its cell, the two '<br>' titles, the three rows missing the 机构 cell and the rows"
                " linking a Springer book or chapter looked at")


if __name__ == "__main__":
    main()
