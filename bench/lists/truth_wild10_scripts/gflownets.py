"""Wild10 truth for zdhNarsil/Awesome-GFlowNets README: no bullets; one paragraph per paper,
'[Title](url) [optional note]  ' then, after a Markdown hard break, an 'Authors, et al. Venue. [[code]](url)'
line; a blank line between paragraphs.  Three link texts wrap over two lines.

Entries: every paragraph opening with '[' in the sections 'Monograph & Tutorial', 'Paper' and
'Workshop paper & Note' (lines 11-217), from the link line to the author line.  Title = the first
link text (a wrapped one joined with a space).  Not entries: 'The GFlowNet Tutorial' (a Notion page)
and 'GFlowNet Tutorial' (a Colab notebook) of the Monograph & Tutorial section; the two papers
there ('GFlowNet Foundations', the review paper) are entries.  The table of contents, anchors and
the HTML comments (a commented-out subheading, a commented-out venue line after one entry, not
counted in the entry's lines) are not entries.

Count checks: 64 lines open with '[' (grep '^\\['), minus the 2 tutorials = 62 entries; 60 link to
arXiv and 2 to OpenReview (grep), so 60 entries carry an arXiv id.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "zdhNarsil__Awesome-GFlowNets__README@02ad3a8.md"
PART = "wild10_development"
TUTORIALS = {"The GFlowNet Tutorial", "GFlowNet Tutorial"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    i = 1
    while i <= len(lines):
        text = lines[i - 1]
        if text.startswith("## "):
            section = text
        if section.startswith(("## Monograph", "## Paper", "## Workshop")) and text.startswith("[") \
                and not text.startswith("[!"):
            # the paragraph: up to the line before a blank line or an HTML comment
            end = i
            while end < len(lines) and lines[end].strip() and not lines[end].startswith("<!--"):
                end += 1
            block = "\n".join(lines[i - 1:end])
            m = re.match(r"\[([^\]]+)\]\(", block)
            assert m, (i, block)
            title = " ".join(m.group(1).split())
            if title not in TUTORIALS:
                papers.append(entry(lines, i, end, title))
            i = end + 1
            continue
        i += 1
    assert len(papers) == 62, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 60
    assert all(p["end"] - p["line"] in (1, 2) for p in papers)
    write_truth(
        NAME, PART, papers,
        "every '[Title](url)' + author-line paragraph of the Monograph, Paper and Workshop sections is an"
        " entry (link line to author line), title = the link text (wrapped ones joined); the Notion tutorial"
        " and the Colab notebook are not entries",
        "every entry of the file by eye (62: title, lines, arXiv id), the three wrapped link texts, the two"
        " OpenReview entries without id, the two tutorials left out, the commented venue line after"
        " 'Probabilistic Generative Modeling...' left outside the entry; counts by grep (64 '[' lines, 60 arXiv)",
    )


if __name__ == "__main__":
    main()
