"""Wild25 truth for 1719930244/templog writingskills/outputs/arxiv_csse_summary.md: a script's report on 50 arXiv cs.SE papers.

Shape: a report written by a writing-study script (Chinese headings): a title line, four '- '
metadata bullets (lines 3-5: generation time, query 'cat:cs.SE', PDF download count), three
signal tables ('| `has_colon` | 34 | 68.0% |' ...) and an empty '## 下载到的 PDF' section, then
under '## 未能获取/未下载 PDF 的条目' (line 41) one bullet per paper on lines 42-91:
'- 2026 arXiv 2602.08949v1 Title（skipped (--no-download)）' -- year, the word 'arXiv' and a bare
arXiv id with its version (no link, no 'arXiv:' colon), the title, and the script's status in
full-width parentheses.
Entry = each of the 50 paper bullets; title = the text between the id and the full-width '（'
(titles keep their own punctuation: 'LLMs + Security = Trouble', 'aerial-autonomy-stack -- a
Faster-than-real-time, ...'); arXiv id = the bare id without its 'v1' version, set here by the
script because the id is written as bare text after the word 'arXiv'.  Not entries: the
metadata bullets on lines 3-5 and the table rows.  No DOIs.
Count check: 53 '- ' bullets = 3 metadata + 50 papers, matching the header's '返回：`50` 条'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "1719930244__templog__writingskills__outputs__arxiv_csse_summary@ff3b681.md"
PART = "wild25_development"
ROW = re.compile(r"- (\d{4}) arXiv (\d{4}\.\d{5})v\d+ (.+)（skipped \(--no-download\)）$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        m = ROW.match(text)
        if not m:
            assert i in (3, 4, 5), i
            continue
        assert i > 41, i
        p = entry(lines, i, i, m.group(3))
        p["arxiv"] = m.group(2)
        papers.append(p)
    assert bullets == 53, bullets
    assert len(papers) == 50, len(papers)
    assert len({p["arxiv"] for p in papers}) == 50
    write_truth(NAME, PART, papers,
                "each '- YYYY arXiv <id>vN Title（skipped (--no-download)）' bullet under the last heading is an"
                " entry; title = the text between the bare arXiv id and the full-width parenthesis; arXiv id ="
                " the bare id without version; the metadata bullets and signal tables are not entries",
                "all 50 entries compared with the file (title, id, one line each); the three metadata bullets"
                " (lines 3-5) and the table rows checked not to be entries; ids unique")


if __name__ == "__main__":
    main()
