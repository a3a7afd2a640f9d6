"""Wild35 truth for novelmartis/novelmartis.github.io teaching/reading-group-neuroscience-ml-2023/index.md.

A researcher's reading-group course page (Neuroscience x Machine Learning, 2023), taken at commit
b471f58 because the newest snapshot replaced the teaching/ Markdown pages by HTML.  Shape: HTML cards
inside Markdown: `<div class="pcard compact">` holding a `ptitle` div with
`<a href=URL>Title (Author et al., Year)</a>`, a `pdesc` paragraph and a `Paper` button repeating the
link.  Every card is one paper (23).  Title = anchor text without the trailing "(Author..., Year)";
one card ends "(Jonas and Kording, 2017)", one "(Elman, 1991)", one "(Orhan, 2022)".  Entry = the card's
lines from `<div class="pcard compact">` to its closing `</div>`.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "novelmartis__novelmartis.github.io__teaching__reading-group-neuroscience-ml-2023__index@b471f58.md"
PART = "wild35_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, ln in enumerate(lines, 1) if 'class="pcard compact"' in ln]
    for s in starts:
        # the card closes with the first line that is exactly two-space-indented </div> after it
        e = next(j for j in range(s + 1, len(lines) + 1) if lines[j - 1] == "  </div>")
        title = None
        for j in range(s, e + 1):
            m = re.search(r'<div class="ptitle">', lines[j - 1])
            if m:
                a = re.search(r'<a href="[^"]+">(.+?)</a>', lines[j])
                title = re.sub(r"\s*\([^()]*\d{4}\)\s*$", "", a.group(1))
                break
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "Each pcard div is one paper; title = the ptitle anchor text without its trailing (Author et al., Year).",
                "All 23 cards checked by eye: spans open at the pcard div and close at its </div>, titles keep their own question marks and colons.")


if __name__ == "__main__":
    main()
