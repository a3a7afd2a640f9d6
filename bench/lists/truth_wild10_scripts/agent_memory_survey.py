"""Wild10 truth for FeishuLuo/Frome-Memory-to-Experience README.md.

Shape: the paper list of a survey of LLM agent memory ("From Storage to Experience"), organised by
the survey's three-stage taxonomy in five heading levels ('### Stage' / '#### Type' / '##### Method
family'), then a Benchmarks & Datasets part by stage.  Each paper is a three-line record:
'- [Title](url) (Year) `Venue`' (a '*' before the venue marks a published paper; once an italic
'*(also listed under Heuristic Guidelines)*' follows), a blank line, and an indented one-line
blockquote description '    > ...'.  29 records link '#' (no URL yet).

Entry: every '- [' bullet of the Paper List and Benchmarks & Datasets parts, its lines running from
the bullet to its blockquote description (bullet + 2 lines); title = the link text.  The benchmark
records name papers (each links or names the paper that introduced the benchmark) and are entries;
a paper listed under two headings is two entries.  Not entries: the survey named in the header line
(no link), the framework bullets of the Evolution Path (indented, no papers).  Ids come from the
bullet's link (arXiv abs URLs); '#' links give none.

Count check: grep -c '^- \\[' = 136 = 23 Storage + 28 Reflection + 42 Experience + 43 Benchmarks (per
'### ' section), grep -c '^    > ' = 136 descriptions, each two lines below its bullet.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "FeishuLuo__Frome-Memory-to-Experience__README@fc0573f.md"
PART = "wild10_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("### "):
            section = text[4:]
        if not text.startswith("- ["):
            continue
        m = re.match(r"- \[(.+?)\]\(([^)]*)\) \(\d{4}\) `[^`]*`", text)
        assert m, i
        assert lines[i] == "" and lines[i + 1].startswith("    > "), i  # blank line, then the description
        papers.append(entry(lines, i, i + 2, m.group(1)))
        per[section] = per.get(section, 0) + 1
    assert list(per.values()) == [23, 28, 42, 43], per
    write_truth(NAME, PART, papers,
                "every '- [Title](url) (Year) `Venue`' bullet of the taxonomy paper list and of the benchmark"
                " list is an entry spanning the bullet, the blank line and its '    > ' description; title ="
                " the link text; the header's unlinked survey name and the framework bullets are not entries",
                "all 136 bullets (23/28/42/43 per stage section by grep) with their description lines (every"
                " bullet checked by script to have a blank line then '    > '); about 30 titles by eye"
                " (the 29 '#' links without id, the italic 'also listed under' note of line 523 left out of"
                " the title, the three papers listed twice: MemoryBank, ReasoningBank, 'Evaluating Very"
                " Long-Term Conversational Memory of LLM Agents'); all ids are arXiv abs links")


if __name__ == "__main__":
    main()
