"""Wild25 truth for elbee99/RSS_Agent archive/curated_20260519.md: an LLM-curated RSS digest (energy chemistry).

Shape: '# Curated Research Articles', a 'Generated:' line, then 46 records of three lines each,
blank lines between: '- **[Title](url)** — score: 0.400', a one-paragraph machine summary, and
'Journal: *Feed name*' (Wiley Advanced Energy Materials, ACS JACS / Energy & Fuels / ACS Appl.
Energy Mater., ScienceDirect, Nature family, Joule, RSC EES).  Title = the bold link text, with the
feed's '[ASAP] ' tag (17 ACS records, lines 21, 37-69 and 153-177) dropped and HTML markup removed
('Li-O<sub>2</sub>' on line 145).  One link URL contains parentheses (Joule, line 125).
Entries: every record whose subject is a journal article: research articles, a review (line 169),
Nature Energy news & views and policy pieces with s41560 ids (lines 13, 129).  Not entries (13
records): 11 Nature news/careers/briefing items, all with 'nature.com/articles/d41586-...' URLs
(lines 81-117 and 185: a poll, networking advice, news stories, daily briefings), and the two
'Publisher Correction:' notices (lines 73, 77), which are correction notices, not works.
DOIs: ACS dx.doi.org links and Wiley '/doi/10.1002/...?af=R' links (query dropped); Nature,
ScienceDirect pii, Cell/Joule pii and RSC article-landing URLs carry none.
Count check: 46 '- **[' record lines = 33 entries + 11 d41586 news + 2 corrections.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "elbee99__RSS_Agent__archive__curated_20260519@449793a.md"
PART = "wild25_development"
RECORD = re.compile(r"- \*\*\[(.+)\]\((\S+)\)\*\* — score: \d\.\d{3}$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = news = corrections = asap = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- **["):
            continue
        m = RECORD.match(text)
        assert m, i
        records += 1
        assert lines[i].strip() and lines[i + 1].startswith("Journal: *"), i
        title, url = m.group(1), m.group(2)
        if "nature.com/articles/d41586-" in url:
            news += 1
            continue
        if title.startswith("Publisher Correction:"):
            corrections += 1
            continue
        if title.startswith("[ASAP] "):
            title = title.removeprefix("[ASAP] ")
            asap += 1
        papers.append(entry(lines, i, i + 2, title))
    assert (records, news, corrections, asap) == (46, 11, 2, 17), (records, news, corrections, asap)
    assert len(papers) == 33, len(papers)
    write_truth(NAME, PART, papers,
                "every '- **[Title](url)** — score' record whose subject is a journal article is an entry (its"
                " summary and 'Journal:' lines included); title = the bold link text without the '[ASAP] ' feed"
                " tag, HTML removed; 11 Nature news items (d41586 URLs) and 2 publisher-correction notices are"
                " not entries",
                "all 46 records read by eye and sorted (33 entries, 11 news, 2 corrections); every title checked"
                " against its line in the -v output, incl. the 17 [ASAP] titles, the <sub> title on line 145 and"
                " the parenthesised Joule URL on line 125; DOIs of ACS and Wiley links checked")


if __name__ == "__main__":
    main()
