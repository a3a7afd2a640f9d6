"""Wild21 truth for REAL-Lab-NU/Awesome-OpenClaw-Research README: a survey companion list whose
papers sit in HTML <table> blocks, one row per line, with a plain-text title cell.

Shape of the paper tables (Platform, Security, Societies, Deployment; 13 tables, 74 rows, the
header's '74 academic papers'): '<tr><td>Title</td><td align="center">Mar 2026</td><td>Key
contribution</td><td align="center"><a href="arxiv">Paper</a> <a href="github"><img stars
badge></a></td></tr>'.  Title: the first cell, without a trailing venue badge
'⭐ <b>ASE 2026</b>' (lines 108, 237); nicknames the cell writes in brackets ('(PASB)', '(LGA)')
or before a colon are kept as written, and the cell's short forms of the real titles are kept.

Other entries, decided by hand:
  * the blockquote 'Also cited in the survey body: **Conformity and Social Impact on AI Agents**
    ([Bellina et al., Jan 2026](arxiv))' (line 257): an entry, title the bold text;
  * the blockquote 'Also: **SkillTester** ([Paper](arxiv)) proposes ...' (line 365): an entry
    naming only a nickname, title null;
  * the three Markdown Benchmarks tables ('| Benchmark | Focus | Scale | Key finding | Paper |',
    23 rows): each row is a benchmark released by the paper its Paper column links, an entry with
    a null title (the first cell names the benchmark, not the paper);
  * 'Surveys & Position Papers' ('| Paper | Date | Lens | Link |', 4 rows): entries, title the
    first cell (links to a DOI, preprints.org DOI, ResearchGate);
  * the Markdown Datasets table: the 7 rows whose Link is '[Paper](arxiv)' are entries with a null
    title, except the PASB row whose 'Source Paper' cell gives the paper's short title 'From
    Assistant to Double Agent'; the Moltbook Observatory Archive row links a Hugging Face dataset
    only and is not an entry.
Not entries: the list's own survey in the header, the statistics and contents tables, the
'Open Problems' table, the Industry Security Reports (blog posts), the Open-Source Projects &
Tools tables, the Related Awesome Lists, the citation BibTeX of the list's own survey.
Repeated papers (a benchmark row and its paper's row) are separate entries.
Counts: 74 + 1 + 1 + 23 + 4 + 7 = 110.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "REAL-Lab-NU__Awesome-OpenClaw-Research__README@a4748fe.md"
HTML_ROW = re.compile(r'^<tr><td>(.+?)</td><td align="center">[A-Z][a-z]{2} 2026</td><td>.*</td></tr>$')


def cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    counts = {"html": 0, "bench": 0, "survey": 0, "data": 0, "quote": 0}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
            continue
        m = HTML_ROW.match(text)
        if m:
            title = re.sub(r"\s*⭐\s*<b>[^<]*</b>\s*$", "", m.group(1))
            papers.append(entry(lines, i, i, title))
            counts["html"] += 1
            continue
        if text.startswith("> Also cited in the survey body: "):
            t = re.search(r"\*\*(.+?)\*\*", text).group(1)
            papers.append(entry(lines, i, i, t))
            counts["quote"] += 1
        elif text.startswith("> Also: **SkillTester**"):
            papers.append(entry(lines, i, i, None))
            counts["quote"] += 1
        if not text.startswith("| ") or text.startswith("|:"):
            continue
        c = cells(text)
        if "Benchmarks" in section and c[0] != "Benchmark":
            assert c[4].startswith("[Paper](https://arxiv.org/abs/"), (i, c)
            papers.append(entry(lines, i, i, None))
            counts["bench"] += 1
        elif "Surveys & Position Papers" in section and c[0] != "Paper":
            papers.append(entry(lines, i, i, c[0]))
            counts["survey"] += 1
        elif "Datasets" in section and c[0] != "Dataset":
            if not c[4].startswith("[Paper]("):
                assert c[0] == "Moltbook Observatory Archive", (i, c)
                continue
            title = c[1] if c[0] == "PASB" else None
            papers.append(entry(lines, i, i, title))
            counts["data"] += 1
    assert counts == {"html": 74, "bench": 23, "survey": 4, "data": 7, "quote": 2}, counts
    assert len(papers) == 110
    write_truth(
        NAME, "wild21_development", papers,
        "every one-line HTML <tr> of the paper tables is an entry (title = first cell without a trailing"
        " '⭐ <b>venue</b>' badge); also the two 'Also' blockquote papers (bold title; SkillTester null), the 23"
        " Benchmarks rows and 7 Datasets rows that link their paper (null title, PASB's short source-paper"
        " title), and the 4 Surveys & Position Papers rows (first cell); reports, tools and lists are not"
        " entries",
        "all 74 HTML rows listed against the file and the header's '74 academic papers' and per-section counts"
        " (10/12/6/9/6/17/5/5/2/2); the benchmark tables' 4/7/12 rows against their headings; every Markdown"
        " table of the resources part read (reports, tools, datasets, related lists); the two blockquotes; the"
        " two venue-badge titles",
    )


if __name__ == "__main__":
    main()
