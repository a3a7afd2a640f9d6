"""Wild17 truth for leezythu/Awesome-Harness-Self-Improvement README_zh.md: the Chinese translation of an
awesome list on self-improving LLM-agent harnesses; English names and titles, Chinese venues notes and
descriptions.

Shape: bullets '- **Name** — "Title". Authors. *Venue* year.† [[论文]](url) — 中文说明' under numbered
'###'/'####' sections (1-6, lines 147-306).  The file's own format note (line 354) names the two parts:
'**名称** — "标题"' (name, then title).  Title = the quoted text when the bullet has one (so the bold
nickname 'ReAct', 'ACE', 'ADAS / Meta Agent Search' and the bold first half of a split title such as
'Sycophancy to Subterfuge' are left out); a bullet with no quoted part is titled by its bold, a trailing
abbreviation in brackets dropped ('Agent Workflow Memory (AWM)' -> 'Agent Workflow Memory'); the
ellipsis of one truncated quoted title (CORE-Bench, '...Published Research...') is dropped.
Entries without a link ('Speculations Concerning the First Ultraintelligent Machine', the METR report,
a Preprints.org survey) and a survey linked only to its repository ([[仓库]]) are entries with no id.
Not entries in sections 1-6: the three blog posts (Lilian Weng's Lil'Log post, Yudkowsky's LessWrong
post, DeepMind's specification-gaming blog, each linked as [[博客]]/[[原文]]).

Section 7 ('毗邻领域', adjacent fields, lines 314-325) lists papers by nickname with their arXiv id in
brackets, several per bullet ('ReAct（[2210.03629](…)）、Self-Refine（…）'): each named paper is an
entry on its bullet's line, title null (only a nickname), arXiv id = its own bracketed link.  The
'实践报告' bullet (two Anthropic engineering blog posts) has no entry.  Not entries: the tables of
the optimisation ladder and of the history (names only), the TOC, the contribution rules, the
closing BibTeX of the list itself.

Counts: 90 bold bullets in sections 1-6 (grep '^- \\*\\*'), minus 3 blogs = 87; section 7:
3+4+2+3 + 2+3+2+3 = 22 bracketed arXiv links; 109 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "leezythu__Awesome-Harness-Self-Improvement__README_zh@c245b8e.md"
PART = "wild17_development"
BLOGS = ("Harness Engineering for Self-Improvement", "Recursive Self-Improvement",
         "Specification Gaming: the Flip Side of AI Ingenuity")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bold_seen = 0
    for i, text in enumerate(lines, 1):
        if 147 <= i <= 306 and text.startswith("- **"):
            bold_seen += 1
            m = re.match(r'- \*\*(.+?)\*\* — (?:"(.+?)"\. )?', text)
            bold, quoted = m.group(1), m.group(2)
            if bold in BLOGS:
                continue
            title = quoted if quoted else re.sub(r"\s*\([A-Z]+\)$", "", bold)
            title = title.removesuffix("...")  # one truncated title ('Fostering the Credibility of Published Research...')
            papers.append(entry(lines, i, i, title))
        elif 308 <= i <= 326 and text.startswith("- *"):
            ids = re.findall(r"（\[(\d{4}\.\d{4,5})\]\(https://arxiv\.org/abs/\1\)）", text)
            assert len(ids) == len(re.findall(r"arxiv\.org/abs/", text))
            for aid in ids:
                papers.append({"line": i, "end": i, "title": None, "arxiv": aid, "doi": None})
    assert bold_seen == 90
    sec7 = [p for p in papers if p["line"] > 306]
    assert [sum(1 for p in sec7 if p["line"] == n) for n in (314, 315, 316, 317, 322, 323, 324, 325)] == \
        [3, 4, 2, 3, 2, 3, 2, 3]
    assert len(papers) == 87 + 22
    write_truth(NAME, PART, papers,
                "every '- **Name** — \"Title\". Authors. *Venue*' bullet of sections 1-6 except three blog posts is"
                " an entry, title = the quoted title (the bold name when there is none, a trailing '(AWM)' dropped);"
                " each nickname-plus-arXiv-id of the section-7 boundary bullets is an entry with a null title",
                "all 109 entries against the file: the 90 bold bullets (count by grep) and the 3 blogs left out, every"
                " quoted title and the 17 bold-only titles, the unlinked entries (Good 1965, METR, Preprints.org"
                " surveys), the 22 section-7 ids bullet by bullet and the Anthropic blog bullet left out")


if __name__ == "__main__":
    main()
