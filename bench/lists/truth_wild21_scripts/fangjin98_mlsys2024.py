"""Wild21 truth for Fangjin98/Fangjin98.github.io source/_posts/mlsys2024.md: a Hexo blog post
'Selected MLsys Papers Published on Top-Conferences' (systems for ML: NSDI/OSDI/ASPLOS/EuroSys 2024).

After YAML front matter and one sentence, '##'/'###' topic headings; under them one bullet per paper:
'- [Venue'24] Title' with no link at all, the venue tag in square brackets (once '[ASPLOS'24, Best
Paper]'; the apostrophe is either ' or ’), and on 10 bullets a Chinese note after a full-width
colon '：'.  Some bullets carry tab-indented Chinese sub-bullets (questions, notes) on the next lines.
Entry = every top-level '- [' bullet (22); its lines run to its last tab-indented sub-bullet.
Title = the text after the venue tag, cut at the full-width colon when there is one (the note is
a description, not a title).  One paper (Centauri) is listed twice (lines 30 and 40): two entries.
No arXiv ids or DOIs (no links).  One paragraph of prose (line 56) is not an entry.
Count checks: 22 '- [' bullets (grep), 10 of them with '：'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "Fangjin98__Fangjin98.github.io__source__posts__mlsys2024@c2a5100.md"
PART = "wild21_development"
LINES = read_lines(NAME)


def main() -> None:
    papers, with_note = [], 0
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"- \[[^\]]+\] (.+)", text)
        if not m:
            assert not text.startswith("- ["), i
            continue
        title = m.group(1)
        if "：" in title:
            title = title.split("：", 1)[0]
            with_note += 1
        end = i
        while end < len(LINES) and LINES[end].startswith("\t- "):
            end += 1
        papers.append(entry(LINES, i, end, title.strip()))
    assert len(papers) == 22, len(papers)
    assert with_note == 10, with_note
    assert [(p["line"], p["end"]) for p in papers if p["end"] > p["line"]] == [(18, 19), (31, 33), (46, 49), (51, 52)]
    write_truth(NAME, PART, papers,
                "every top-level '- [Venue'24] Title' bullet is an entry (with its tab-indented note sub-bullets),"
                " title = the text after the bracketed venue tag up to the full-width colon that starts a"
                " Chinese note; no links, so no ids",
                "all 22 bullets and titles by eye against the file, the 10 cut at '：', the 4 bullets with"
                " sub-bullets and their line ranges, the repeated Centauri bullet (two entries)")


if __name__ == "__main__":
    main()
