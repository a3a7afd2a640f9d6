"""Wild11 truth for Mr-McGL/ai-reading-group topics/razonamiento.md: a Spanish AI reading group's topic
page on reasoning (Razonamiento).

Shape: '## Estrategias' (plain bullets naming prompting strategies: no papers), then '## Papers' with
'### Otros' (1 item) and '### Modelos' (22 items), then '## Otros recursos' (a paper collection on
Hugging Face, blogs, code repositories and videos: not entries).  An item of '## Papers' is a bullet
'* **Title** (date – institution)' followed by indented lines: the link line(s) ('[arXiv](...)',
'[OpenReview](...)', '[Anthropic](...)', a DeepSeek PDF on GitHub, '| [GitHub](...)'), a
'**Keywords**:' line (missing in one item) and a '**Descripción**:' line in Spanish.  An entry is one
such item, its lines from the bullet to its last non-blank line; title = the bold text.  One item,
'**DeepSeek-R1**' (the DeepSeek-R1 report, linked as a PDF), names the report only by its model's
name, a nickname: title null.  The '## Otros recursos' items are a paper collection, blogs, code
and videos (no scholarly work of their own): not entries.
Count check: 1 + 22 = 23 bullets between '## Papers' and '## Otros recursos' (grep '^\\* \\*\\*').
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "Mr-McGL__ai-reading-group__topics__razonamiento@aa7e1f6.md"
NICKNAMES = {"DeepSeek-R1"}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1
    stop = lines.index("## Otros recursos") + 1
    starts = [i for i in range(start, stop) if re.match(r"\* \*\*", lines[i - 1])]
    papers = []
    for k, first in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else stop
        last = first
        for j in range(first + 1, nxt):
            text = lines[j - 1]
            if text.startswith("#"):
                break
            if text.strip():
                last = j
        title = re.match(r"\* \*\*(.+?)\*\*", lines[first - 1]).group(1)
        papers.append(entry(lines, first, last, None if title in NICKNAMES else title))
    assert len(papers) == 23, len(papers)
    assert sum(1 for p in papers if p["line"] < lines.index("### Modelos") + 1) == 1
    write_truth(NAME, "wild11_development", papers,
                "every bold-title bullet of '## Papers' (its link, Keywords and Descripción lines included) is an"
                " entry, title = the bold text ('DeepSeek-R1', a model name for its report: null); the strategies"
                " and the 'Otros recursos' part (paper collection, blogs, code, videos) are not entries",
                "all 23 items against the file (titles, first and last lines, the arXiv/OpenReview/Anthropic/"
                "Transformer Circuits links), the Estrategias bullets and every Otros recursos item")


if __name__ == "__main__":
    main()
