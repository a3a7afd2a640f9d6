"""Wild16 truth for greasebig/daily-video-papers tone-color/README.md: a generated bilingual
(English/Chinese) daily arXiv digest on tone mapping, colour and exposure, all days in one README.

Shape: a title, badges, '## 📚 论文索引' (paper index: '- [2026-08-22](papers/2026-08-22.md) - 2 papers'
lines, links to the day files: not entries), '## Other Topics' (links to sibling READMEs), then between
'<!-- PAPERS_CONTENT_START -->' and '<!-- PAPERS_CONTENT_END -->' 55 day blocks, each wrapped in
'<details><summary><b>2026-08-22 (2 papers)</b></summary>' and holding '# arXiv Tone & Color Papers -
<date>', '**Paper Count**: N', then per paper:
    ## N. English title / 中文标题                   (machine-translated Chinese title after ' / ')
    **Date**: ... | **arXiv**: [id](abs url) | **PDF**: [Link](pdf url)
    **Categories**: cs.CV
    **Code**: https://github.com/...              (some papers)
    <details><summary><b>Abstract / 摘要</b></summary> English abstract, Chinese abstract </details>
    ---
Numbering restarts in each day block; the same paper appears on several days (separate records).

Entries: every '## N. ' heading (131): lines heading .. the last metadata line before the abstract's
'<details>' (Date/arXiv, Categories, Code).  Title: the heading text after 'N. ' and before the first
' / ' (the Chinese translated title after it is dropped; every heading has exactly one ' / ').

Count check: the 55 day summaries '(N papers)' add up to 131, and each day block holds exactly as many
'## k.' headings, numbered 1..N; 55 '**Paper Count**' lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "greasebig__daily-video-papers__tone-color__README@4d1f24a.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    days = []  # [declared count, numbers seen]
    for i, text in enumerate(lines, 1):
        d = re.match(r"<details><summary><b>\d{4}-\d{2}-\d{2} \((\d+) papers\)</b></summary>$", text)
        if d:
            days.append([int(d.group(1)), []])
            continue
        m = re.match(r"## (\d+)\. (.+)$", text)
        if not m:
            continue
        days[-1][1].append(int(m.group(1)))
        head = m.group(2)
        assert head.count(" / ") == 1, i
        title = head.split(" / ")[0]
        j = i + 1
        while not lines[j - 1].startswith("<details><summary><b>Abstract"):
            j += 1
        last = j - 1
        while lines[last - 1].strip() == "":
            last -= 1
        assert lines[i + 1].startswith("**Date**"), i
        papers.append(entry(lines, i, last, title))
    assert len(days) == 55
    for declared, seen in days:
        assert seen == list(range(1, declared + 1)), (declared, seen)
    assert sum(d[0] for d in days) == 131
    assert len(papers) == 131
    write_truth(
        NAME, "wild16_development", papers,
        "every '## N. English title / 中文标题' heading inside the day <details> blocks is an entry (131, repeats"
        " across days kept), lines = heading to the last metadata line before the abstract; title = the"
        " English text before ' / ' (the machine-translated Chinese title dropped)",
        "the index and other-topics link lists (not entries), per-day counts against the '(N papers)' summaries,"
        " the first and last paper of about ten day blocks, titles with colons and full-width punctuation in"
        " the Chinese part, and the arXiv id of each entry taken from its Date line",
    )


if __name__ == "__main__":
    main()
