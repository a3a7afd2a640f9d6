"""Wild46 truth for sdlab-naist/website content/ja/publications/_index.md (newest commit 192f327, 2026-06-12): the
Japanese "研究業績（過去5年分）" (publications of the last five years) page of the Software Design and Analysis lab
at NAIST (Nara Institute of Science and Technology), a Hugo Academic site, 163 lines.  (The page was first found at
``content/ja/publications.md``, which later commits moved here and regenerate from ``scripts/publications.json``;
the newest commit's file is taken.)

Shape: YAML front matter with the theme's commented template (1-29), a link ``[All publications](all)`` (31), then
seven ``##`` sections with Japanese headings: 学術論文誌 (journals, 33-51), 国際会議論文 (international conferences,
53-104), 著書 (books, 106-108), 国内学会研究会・シンポジウム等 (domestic workshops and symposia, 110-148),
国内学会大会等 (domestic conventions, 150-152), 表彰・受賞 (awards, 154-163).  Every record is one Markdown item
``1. `` on one line, no blank lines between the items of a section: ``Authors, "Title", Venue, Mon. Year.`` with an
optional ``[doi:10.…](https://doi.org/10.…)`` at the end.  About half the records are Japanese (Japanese names with
full-width spaces ``飯田　元``, Japanese titles and venues such as 信学技報, 情報処理学会論文誌, FOSE2023), the rest
English.  Quirks: titles with a trailing space or a tab inside the quotes (36, 55-60, 70, 72, 118, 129-133); 98 with a
stray curly quote before the closing straight one (``"Acar: ... using SRv6”",``); ``&amp;`` in a venue (98);
question marks inside titles (46, 55, 58, 59, 67, 75, 95, 96); the award records have exactly the same shape, their
"title" being the award's name (``"Best International Poster Award"``, ``"研究奨励賞"``).

Decisions:
- Entries (105): every record of the first five sections -- 17 journal articles, 49 international conference and
  workshop papers and presentations (PRAGMA workshops, CENTRA, APAN and the KVM Forum talk 101 included: research
  contributions listed as conference papers), the Springer chapter 108 (著書), 37 domestic workshop/symposium papers,
  reports and posters (研究報告, 信学技報, ポスターセッション) and the one convention paper 152.
  Not entries: 99 ``"Research Presentation Techniques", PRAGMA Student Workshop 2021`` (a tutorial talk on how to
  present, not a research work), the eight award records 156-163 (awards, not works), the link 31 and the headings.
- Span: the item's line.
- Title: the text between the first pair of straight double quotes, whitespace collapsed (the trailing spaces and
  tabs go); the stray ``”`` before the closing quote of 98 is dropped (a quotation mark, not part of the title).
- Ids: the helper's first DOI of the line (the ``[doi:…](https://doi.org/…)`` link); no arXiv ids.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "sdlab-naist__website__content__ja__publications___index@192f327.md"
PART = "wild46_development"

QUOTED = re.compile(r'"(.+?)"\s*,')
SECTIONS = {
    "学術論文誌": 17,
    "国際会議論文": 49,
    "著書": 1,
    "国内学会研究会・シンポジウム等": 37,
    "国内学会大会等": 1,
}
NOT_ENTRY = {99}  # tutorial talk "Research Presentation Techniques"


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 164 and lines[-1] == "" and lines[28] == "---" and lines[30] == "[All publications](all)"
    papers = []
    counts: dict[str, int] = {}
    awards = 0
    section = ""
    for n, ln in enumerate(lines, 1):
        if n <= 31:
            continue
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.strip():
            continue
        assert ln.startswith("1. "), (n, ln)
        m = QUOTED.search(ln)
        assert m and ln.count('"') == 2, (n, ln)
        if section == "表彰・受賞":
            awards += 1
            continue
        if n in NOT_ENTRY:
            assert m.group(1) == "Research Presentation Techniques"
            continue
        title = m.group(1).strip()
        if n == 98:
            assert title.endswith("SRv6”")
            title = title.removesuffix("”")
        papers.append(entry(lines, n, n, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == SECTIONS, counts
    assert awards == 8
    t = {p["line"]: p["title"] for p in papers}
    assert t[36] == "Understanding Self-Admitted Technical Debt in Test Code: An Empirical Study"
    assert t[96] == ("Do Visual Issue Reports Help Developers Fix Bugs? - A Preliminary Study of Using Videos and Images "
                     "to Report Issues on GitHub -")
    assert t[98] == "Acar: An application-aware network routing system using SRv6"
    assert t[118] == "Fuzzingカバレッジと脆弱性検出における関係性の考察"
    assert t[140] == "蓄電システムのロバスト制御によるマルチユース実証試験 需要・発電予測精度評価"
    assert min(t) == 35 and max(t) == 152
    assert not any(p["arxiv"] for p in papers)
    assert all(p["doi"] for p in papers if "doi.org/" in lines[p["line"] - 1])
    assert len(papers) == 105, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '1. ' item of the journal, international conference, book, domestic workshop and domestic convention"
        " sections is one entry (105), conference presentations included; the tutorial talk 99 ('Research"
        " Presentation Techniques') and the eight award items (same shape, award names in quotes) are not; title ="
        " the text inside the straight double quotes, whitespace collapsed, the stray '”' of 98 dropped; DOI from"
        " the item's doi.org link.",
        "Whole file read (163 lines) against the -v output: every item of the six sections (114 items: 105 entries,"
        " 99 and the awards 156-163 left out), the first and last item of each section (35, 51, 55, 104, 108, 112,"
        " 148, 152), the titles with trailing spaces or tabs (36, 55-60, 70, 72, 118, 129-133), the '?' titles (46,"
        " 55, 58, 59, 67, 75, 95, 96), 98 (stray quote, &amp; venue), 101 (KVM Forum, kept), 84/85 (CENTRA, APAN),"
        " Japanese titles 42, 45, 49, 112-148 compared character by character on 20 of them; all 28 DOIs (38, 40, 41,"
        " 43-48, 50, 51, 80, 82, 88-91, 93-98, 100, 102-104, 108) against their doi.org links, lower-cased.",
    )


if __name__ == "__main__":
    main()
